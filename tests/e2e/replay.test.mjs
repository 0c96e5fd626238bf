// Slow motion as a learner uses it: run a demo, step through what really happened, read the
// machinery at each step, download the run as a Chrome trace, and open that file again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, openAndRun } from './harness.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

const position = async (page) => {
  const p = page.locator('[data-testid=replay-position]');
  return { step: Number(await p.getAttribute('data-step')), steps: Number(await p.getAttribute('data-steps')) };
};
const caption = (page) => page.locator('[data-testid=replay-caption]').innerText();
const row = (page, id) => page.locator(`[data-testid=replay-state] [data-row=${id}]`).innerText();

/** Download the trace; returns the file's name and parsed JSON. */
async function exportTrace(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-testid=export-trace]'),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), path, json: JSON.parse(readFileSync(path, 'utf8')) };
}

test('asyncio, 20 tasks with limit 5: step through the loop, export the trace, open it again', async () => {
  const { page } = await openAndRun(app, '#/asyncio?v=1&tasks=20&io_ms=100&limit=5&seed=7');
  const replay = page.locator('[data-testid=replay]');
  await replay.waitFor();
  const { step, steps } = await position(page);
  assert.equal(step, 0);
  // Each task: created, resumed, waits on the semaphore or sleeps, woken, resumed, ended: at
  // least 20 × 5 decisions were recorded.
  assert.ok(steps >= 100, `${steps} steps`);

  // Stepping forward changes the caption and, once the loop resumes tasks, the ready queue.
  const seen = new Set();
  const readies = new Set();
  let before = await caption(page);
  for (let i = 1; i <= 45; i++) {
    await page.click('[data-testid=replay-step]');
    assert.equal((await position(page)).step, i);
    const now = await caption(page);
    seen.add(now);
    readies.add(await row(page, 'ready'));
    before = now;
  }
  assert.ok(seen.size >= 10, `${seen.size} different captions`);
  assert.ok(readies.size >= 5, `the ready queue changed: ${[...readies].join(' | ')}`);
  assert.match(before, /Korutin|korutin|Event loop/);
  // At some step five tasks hold permits and the others wait on the semaphore.
  await page.locator('[data-testid=replay-scrubber]').fill(String(steps));
  assert.equal((await position(page)).step, steps);
  assert.equal(await row(page, 'ready'), '–');
  assert.equal(await row(page, 'ended'), '20 / 0 / 0', 'the replay ends where the run ended');
  assert.ok(await page.locator('[data-testid=playhead]').count() === 1, 'the playhead is on the timeline');

  // The trace: one complete event per recorded segment, one track per task's lane.
  const { name, path, json } = await exportTrace(page);
  assert.equal(name, 'asyncio-7.json');
  const segments = Number(await page.locator('[data-testid=export-trace]').getAttribute('data-segments'));
  assert.equal(json.traceEvents.length, segments);
  assert.ok(json.traceEvents.every((e) => e.ph === 'X' && Number.isFinite(e.ts) && e.dur >= 0));
  const tids = new Set(json.traceEvents.map((e) => e.tid));
  assert.equal(tids.size, 20, 'one track per lane');
  assert.equal(json.metadata.steps, steps);
  assert.equal(json.metadata.lanes.length, 20);
  assert.equal(json.metadata.params.limit, '5');
  assert.match(json.metadata.link, /^#\/asyncio\?v=1&tasks=20&.*limit=5/);

  // Opened again, the file draws the same lanes.
  await page.setInputFiles('[data-testid=import-trace]', path);
  const opened = page.locator('[data-testid=imported-trace]');
  await opened.waitFor();
  assert.equal(await opened.getAttribute('data-lanes'), '20');
  assert.equal(Number(await opened.getAttribute('data-spans')), segments);
  const lanes = await opened.locator('[data-lane]').evaluateAll((els) => els.map((e) => e.dataset.lane));
  assert.deepEqual(lanes, json.metadata.lanes.map((l) => l.id));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('play runs the replay to its end; a file that is not a trace gets a plain message', async () => {
  const { page } = await openAndRun(app, '#/asyncio?v=1&tasks=5&io_ms=50');
  await page.locator('[data-testid=replay]').waitFor();
  await page.selectOption('[data-testid=replay-speed]', { index: 3 });
  await page.click('[data-testid=replay-play]');
  await page.waitForFunction(() => {
    const p = document.querySelector('[data-testid=replay-position]');
    return p && p.dataset.step === p.dataset.steps;
  }, null, { timeout: 20_000 });
  await page.setInputFiles('[data-testid=import-trace]', {
    name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": [1, 2'),
  });
  const error = page.locator('[data-testid=import-error]');
  await error.waitFor();
  assert.match(await error.innerText(), /bukan JSON/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

/** Step forward until `pred(caption, rows)` holds (or the end); returns the step it held at. */
async function stepUntil(page, pred, max = 400) {
  for (let i = 0; i < max; i++) {
    const rows = Object.fromEntries(await page.locator('[data-testid=replay-state] dd').evaluateAll(
      (els) => els.map((e) => [e.dataset.row, e.textContent])));
    if (pred(await caption(page), rows)) return (await position(page)).step;
    if (await page.locator('[data-testid=replay-step]').isDisabled()) return null;
    await page.click('[data-testid=replay-step]');
  }
  return null;
}

test('threading under the GIL: the replay shows the holder, a waiter and the drop request', async () => {
  const { page } = await openAndRun(app, '#/threading?v=1&tasks=2&cpu_ms=40&io_ms=0&threads=2&gil=1&switch_ms=5&seed=3');
  await page.locator('[data-testid=replay]').waitFor({ timeout: 60_000 });
  const at = await stepUntil(page, (c, rows) => rows.holder !== '–' && rows['gil-waiting'] !== '–' && rows['drop-request'] !== '–');
  assert.ok(at !== null, 'a moment with a holder, a waiter and a drop request');
  assert.match(await caption(page), /permintaan lepas|GIL/);
  const { json } = await exportTrace(page);
  assert.equal(json.metadata.lanes[0].id, 'gil');
  assert.deepEqual(json.metadata.lanes.map((l) => l.id), ['gil', 'thread-0', 'thread-1']);
  assert.equal(json.traceEvents.length, Number(await page.locator('[data-testid=export-trace]').getAttribute('data-segments')));
  assert.ok(json.traceEvents.some((e) => e.tid === 1 && e.name.startsWith('gil')), 'the GIL has its own track');
  assert.equal(json.metadata.params.gil, '1');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('free-threaded: no GIL in the replay, both threads run Python at once', async () => {
  const { page } = await openAndRun(app, '#/threading?v=1&tasks=2&cpu_ms=60&io_ms=0&threads=2&gil=0');
  await page.locator('[data-testid=replay]').waitFor({ timeout: 60_000 });
  const at = await stepUntil(page, (c, rows) => rows.python === '1, 2');
  assert.ok(at !== null, 'a moment where both threads run Python code');
  const { json } = await exportTrace(page);
  assert.deepEqual(json.metadata.lanes.map((l) => l.id), ['thread-0', 'thread-1']);
  await page.close();
});

test('multiprocessing: each worker process takes chunks and the queue empties', async () => {
  const { page } = await openAndRun(app, '#/multiprocessing?v=1&tasks=8&cpu_ms=20&workers=2&chunksize=2');
  await page.locator('[data-testid=replay]').waitFor({ timeout: 60_000 });
  await page.click('[data-testid=replay-step]');
  assert.equal(await row(page, 'mp-queue'), '1–2, 3–4, 5–6, 7–8');
  const at = await stepUntil(page, (c, rows) => rows['mp-queue'] === '5–6, 7–8');
  assert.ok(at !== null, 'two chunks left once both workers took one');
  assert.match(await row(page, 'mp-current'), /1: \d–\d, 2: \d–\d/);
  await page.locator('[data-testid=replay-scrubber]').fill(String((await position(page)).steps));
  assert.equal(await row(page, 'mp-finished'), '4 / 4');
  assert.equal(await row(page, 'mp-queue'), '–');
  const { name, json } = await exportTrace(page);
  assert.equal(name, 'multiprocessing-1.json');
  assert.equal(json.traceEvents.length, 4, 'one event per chunk');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('Celery, acks_late on RabbitMQ: the replay shows the queue, reserved and running tasks, acks and a retry', async () => {
  const { page } = await openAndRun(app, '#/celery?v=1&tasks=6&io_ms=60&cpu_ms=0&workers=2&concurrency=1&prefetch=1'
    + '&acks_late=1&fail_pct=40&seed=3&broker=rabbitmq&clock=1000');
  await page.locator('[data-testid=replay]').waitFor({ timeout: 60_000 });
  // .delay() for each task: the queue fills first.
  for (let i = 0; i < 6; i++) await page.click('[data-testid=replay-step]');
  assert.equal(await row(page, 'ce-queue'), '0, 1, 2, 3, 4, 5');
  const running = await stepUntil(page, (c, rows) => /\[\d+\]/.test(rows['ce-active']) && rows['ce-reserved'] !== '1: –, 2: –');
  assert.ok(running !== null, 'a moment with a task running and one reserved');
  const acked = await stepUntil(page, (c) => /ack/i.test(c));
  assert.ok(acked !== null, 'an ack is a step');
  const retried = await stepUntil(page, (c) => /RETRY/.test(c), 800);
  assert.ok(retried !== null, 'a failed run is retried (fail_pct=40)');
  await page.locator('[data-testid=replay-scrubber]').fill(String((await position(page)).steps));
  assert.equal(await row(page, 'ce-queue'), '–');
  const [acks] = (await row(page, 'ce-acks')).split(' / ').map(Number);
  assert.ok(acks >= 6, `${acks} acks`);
  const { name, json } = await exportTrace(page);
  assert.equal(name, 'celery-3.json');
  assert.deepEqual(json.metadata.lanes.map((l) => l.id), ['node-1-child-1', 'node-2-child-1']);
  assert.ok(json.traceEvents.length >= 6, 'one event per run on a child');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('Bandingkan: each model replays with its own machinery', async () => {
  const page = await app.open('#/bandingkan?v=1&tasks=4&io_ms=50&cpu_ms=20&workers=2&seed=5');
  await page.click('[data-testid=race-predict-option][value=asyncio]');
  await page.click('[data-testid=run]');
  await page.waitForSelector('[data-testid=run-status][data-state=done]', { timeout: 90_000 });
  const models = await page.locator('[data-testid=replay-model] option').evaluateAll((els) => els.map((e) => e.value));
  assert.deepEqual(models, ['sequential', 'asyncio', 'threading', 'threading-nogil', 'multiprocessing', 'celery']);
  const rowsOf = async () => page.locator('[data-testid=replay-state] dd').evaluateAll((els) => els.map((e) => e.dataset.row));
  await page.selectOption('[data-testid=replay-model]', 'threading');
  assert.ok((await rowsOf()).includes('holder'), 'the GIL rows for threading');
  await page.selectOption('[data-testid=replay-model]', 'asyncio');
  assert.ok((await rowsOf()).includes('ready'), 'the event loop rows for asyncio');
  await page.click('[data-testid=replay-step]');
  assert.match(await caption(page), /korutin 1/);
  await page.selectOption('[data-testid=replay-model]', 'celery');
  assert.ok((await rowsOf()).includes('ce-queue'), 'the broker rows for Celery');
  const { name, json } = await exportTrace(page);
  assert.equal(name, 'bandingkan-5.json');
  assert.equal(json.metadata.params.model, 'celery');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('race lab under the GIL: each lost update shows its read and its write', async () => {
  const { page, data } = await openAndRun(app, '#/threading?v=1&race_threads=4&race_n=200000&race_lock=0&gil=1&switch_ms=0.5',
    { button: 'race-run', result: 'race-result' });
  assert.ok(Number(data.lostUpdates) > 0, `lost ${data.lostUpdates}`);
  const log = page.locator('[data-testid=lost-updates]');
  await log.locator('summary').click();
  const items = log.locator('li');
  assert.ok(await items.count() >= 1);
  const erased = await items.evaluateAll((els) => els.map((e) => Number(e.dataset.erased)));
  assert.ok(erased.every((n) => n >= 1), `${erased}`);
  assert.match(await items.first().innerText(), /membaca .* menulis .* terhapus/);
  assert.deepEqual(page.errors, []);
  await page.close();
});
