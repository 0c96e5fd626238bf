// The asyncio page as a learner uses it: open a link, press Run, read what really happened.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openAndRun } from './harness.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

/** Open `hash`, press Run, wait for the result; returns the page and the result's data. */
async function run(hash) {
  const { page, data } = await openAndRun(app, hash);
  for (const k of ['wallMs', 'maxLagMs', 'done', 'timedOut', 'cancelled', 'sequentialMs']) data[k] = Number(data[k]);
  return { page, data };
}

/** Each task's I/O wait in ms, from the timeline's table (one row per task). */
async function waits(page) {
  await page.click('details.table summary');
  const cells = await page.locator('details.table tbody tr td:nth-child(3)').allInnerTexts();
  return cells.map((c) => {
    const [a, b] = c.split('–').map((x) => Number(x.replace(/\./g, '').replace(',', '.')));
    return b - a;
  });
}

test('20 tasks of 100 ms with limit=5 run in four waves, about 400 ms', async () => {
  const { page, data } = await run('#/asyncio?v=1&tasks=20&io_ms=100&limit=5');
  assert.equal(data.done, 20);
  assert.ok(data.wallMs >= 395 && data.wallMs < 650, `wall ${data.wallMs} ms`);
  assert.equal(data.sequentialMs, 2000);
  assert.equal(await page.locator('[data-testid=run-status]').getAttribute('data-state'), 'done');
  // One lane for the loop and one per task, with segments tagged by task.
  assert.equal(await page.locator('[data-testid=timeline] [data-lane=loop]').count(), 1);
  assert.equal(await page.locator('[data-testid=timeline] [data-lane^=task-]').count(), 20);
  assert.ok(await page.locator('[data-testid=timeline] [data-task="20"]').count() >= 1);
  assert.match(await page.locator('[data-testid=python-code]').innerText(), /asyncio\.Semaphore\(LIMIT\)/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('blocking=1: five blocking sleeps run one after another and freeze the loop', async () => {
  const { page, data } = await run('#/asyncio?v=1&tasks=5&io_ms=100&blocking=1');
  assert.ok(data.wallMs >= 500, `wall ${data.wallMs} ms`);
  assert.ok(data.maxLagMs >= 100, `lag ${data.maxLagMs} ms`);
  assert.match(await page.locator('[data-testid=python-code]').innerText(), /time\.sleep\(wait_ms \/ 1000\)/);
  const free = await run('#/asyncio?v=1&tasks=5&io_ms=100&blocking=0');
  assert.ok(free.data.wallMs < 200, `awaited sleeps overlap: ${free.data.wallMs} ms`);
  assert.ok(free.data.maxLagMs < 100, `awaiting keeps the loop free: ${free.data.maxLagMs} ms`);
  await Promise.all([page.close(), free.page.close()]);
});

test('timeout_ms=100 on 300 ms waits ends near 100 ms with every task timed out', async () => {
  const { page, data } = await run('#/asyncio?v=1&tasks=10&io_ms=300&timeout_ms=100');
  assert.equal(data.timedOut, 10);
  assert.equal(data.done, 0);
  assert.ok(data.wallMs >= 99 && data.wallMs < 250, `wall ${data.wallMs} ms`);
  await page.close();
});

test('a shared link replays the same jittered waits; another seed does not', async () => {
  const link = '#/asyncio?v=1&tasks=12&io_ms=200&jitter=50&seed=42';
  const a = await run(link);
  const b = await run(link);
  const c = await run(link.replace('seed=42', 'seed=43'));
  const [wa, wb, wc] = [await waits(a.page), await waits(b.page), await waits(c.page)];
  assert.equal(wa.length, 12);
  assert.ok(wa.some((w) => Math.abs(w - 200) > 20), `jitter spreads the waits: ${wa}`);
  // Measured waits carry the timers' own noise (a few ms on a busy machine).
  wa.forEach((w, i) => assert.ok(Math.abs(w - wb[i]) <= 15, `task ${i + 1}: ${w} vs ${wb[i]}`));
  assert.ok(wa.some((w, i) => Math.abs(w - wc[i]) > 30), 'another seed, other waits');
  assert.equal(await a.page.locator('[data-testid=python-code]').innerText(),
    await b.page.locator('[data-testid=python-code]').innerText());
  await Promise.all([a.page.close(), b.page.close(), c.page.close()]);
});

test('Cancel stops a run promptly, and Run cannot start twice', async () => {
  const page = await app.open('#/asyncio?v=1&tasks=50&io_ms=5000');
  await page.click('[data-testid=run]');
  await page.waitForSelector('[data-testid=run-status][data-state=running]');
  assert.equal(await page.locator('[data-testid=run]').isDisabled(), true);
  const t0 = Date.now();
  await page.click('[data-testid=cancel]');
  await page.waitForSelector('[data-testid=run-status][data-state=cancelled]', { timeout: 2_000 });
  assert.ok(Date.now() - t0 < 1_000, 'cancelled within a second');
  const data = await page.locator('[data-testid=result]').evaluate((e) => ({ ...e.dataset }));
  assert.equal(Number(data.cancelled), 50);
  assert.ok(Number(data.wallMs) < 2_000);
  assert.equal(await page.locator('[data-testid=run]').isDisabled(), false);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a run that would freeze the tab is refused with an explanation', async () => {
  const page = await app.open('#/asyncio?v=1&tasks=100&io_ms=1000&blocking=1');
  await page.click('[data-testid=run]');
  await page.waitForSelector('[data-testid=run-status][data-state=error]');
  assert.match(await page.locator('[role=alert]').innerText(), /membekukan/);
  assert.equal(await page.locator('[data-testid=result]').count(), 0);
  await page.close();
});

test('a preset sets every parameter and the link follows', async () => {
  const page = await app.open('#/asyncio');
  await page.click('[data-preset=http]');
  await page.waitForFunction(() => location.hash.includes('tasks=100'));
  assert.equal(await page.locator('[name=tasks]').inputValue(), '100');
  assert.equal(await page.locator('[name=limit]').inputValue(), '20');
  await page.close();
});

test('10.000 tasks of 100 ms finish together and the timeline stays small', async () => {
  const { page, data } = await run('#/asyncio?v=1&tasks=10000&io_ms=100');
  assert.equal(data.done, 10_000);
  // Generous bound: a behaviour check (they overlap), not the benchmark (make bench).
  assert.ok(data.wallMs < 1_000, `wall ${data.wallMs} ms`);
  assert.ok(await page.locator('[data-testid=timeline] [data-lane]').count() <= 121);
  assert.deepEqual(page.errors, []);
  await page.close();
});
