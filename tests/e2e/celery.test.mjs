// The Celery page: worker nodes that are real Web Workers, driven by the page's Celery model.
// Celery's clock runs 1000× faster in these links (retry delays, Redis's visibility timeout),
// so each run takes seconds; the tasks' work is real.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openAndRun } from './harness.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

const CRASH = '#/celery?v=1&tasks=60&workers=3&concurrency=2&acks_late=1&reject_on_worker_lost=1'
  + '&fail_pct=20&max_retries=3&seed=7&crash=node&clock=1000';

function count(data, key) { return Number(data[key]); }

test('a node dies mid-run: with acks_late + reject_on_worker_lost every task ends, none lost', async () => {
  const { page, data } = await openAndRun(app, CRASH);
  assert.equal(data.model, 'celery');
  assert.equal(count(data, 'lost'), 0, JSON.stringify(data));
  assert.equal(count(data, 'succeeded') + count(data, 'failed'), 60, JSON.stringify(data));
  assert.ok(count(data, 'retried') > 0, 'fail_pct=20 makes some runs raise');
  assert.ok(count(data, 'wallMs') > 0);
  // Every task row says SUCCESS or FAILURE in the result backend's view.
  const states = await page.locator('[data-testid=task-row]').evaluateAll((rows) => rows.map((r) => r.dataset.state));
  assert.equal(states.length, 60);
  assert.ok(states.every((s) => s === 'SUCCESS' || s === 'FAILURE'), states.join(','));
  assert.equal(await page.locator('[data-testid=node][data-node="0"]').getAttribute('data-alive'), 'false');
  assert.equal(await page.locator('[data-testid=node][data-alive=true]').count(), 2);
  // One timeline lane per child.
  assert.equal(await page.locator('[data-testid=timeline] [data-lane^=node-]').count(), 6);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the same crash with early ack (acks_late=0) reports the tasks it lost', async () => {
  const { page, data } = await openAndRun(app, CRASH.replace('acks_late=1', 'acks_late=0'));
  assert.ok(count(data, 'lost') > 0, JSON.stringify(data));
  assert.equal(count(data, 'succeeded') + count(data, 'failed') + count(data, 'lost'), 60);
  const pending = await page.locator('[data-testid=task-row][data-state=PENDING]').count();
  assert.equal(pending, count(data, 'lost'), 'a lost task reads PENDING forever');
  assert.deepEqual(page.errors, []);
  await page.close();
});

// Seed 160: the model idles a node for about 1,8 s of a 4,4 s run beside hoarded work.
const PREFETCH = '#/celery?v=1&tasks=12&io_ms=500&jitter=100&seed=160&workers=2&concurrency=1&clock=1000';

test('prefetch hoards: one node idles while another holds reserved tasks; multiplier 1 + acks_late fixes it', async () => {
  const page = await app.open(PREFETCH + '&prefetch=4');
  await page.click('[data-testid=run]');
  // Seen on the board during the run: a node with nothing to do beside one with reserved work.
  const r = page.locator('[data-testid=result]');
  const seen = [];
  let hoarding = false;
  for (let i = 0; i < 600 && !(await r.count()); i++) {
    const nodes = await page.locator('[data-testid=node]').evaluateAll((ns) => ns.map((n) => ({ ...n.dataset })));
    hoarding ||= nodes.some((n) => n.active === '0' && n.reserved === '0')
      && nodes.some((n) => Number(n.reserved) > 0);
    seen.push(nodes.map((n) => `a${n.active}r${n.reserved}`).join('/'));
    await page.waitForTimeout(50);
  }
  await r.waitFor({ timeout: 60_000 });
  assert.ok(hoarding, `never seen: ${seen.join(' ')}; ${await page.locator('[data-testid=run-status]').innerText()}`);
  const hoard = await r.evaluate((e) => ({ ...e.dataset }));
  assert.ok(Number(hoard.idleMs) > 100, `idle beside hoarded work: ${hoard.idleMs} ms`);
  await page.close();

  const fair = await openAndRun(app, PREFETCH + '&prefetch=1&acks_late=1');
  assert.equal(Number(fair.data.idleMs), 0, JSON.stringify(fair.data));
  assert.equal(Number(fair.data.succeeded), 12);
  assert.deepEqual(fair.page.errors, []);
  await fair.page.close();
});

test('kill-node during a run really terminates that node worker', async () => {
  const page = await app.open('#/celery?v=1&tasks=30&io_ms=300&workers=2&concurrency=2&acks_late=1&broker=rabbitmq&clock=1000');
  await page.click('[data-testid=run]');
  await page.waitForSelector('[data-testid=node][data-node="1"][data-alive=true]', { timeout: 30_000 });
  const before = page.workers().length;
  await page.click('[data-testid=kill-node]');
  await page.waitForSelector('[data-testid=node][data-node="0"][data-alive=false]', { timeout: 5_000 });
  for (let i = 0; i < 50 && page.workers().length >= before; i++) await page.waitForTimeout(50);
  assert.ok(page.workers().length < before, `workers ${before} → ${page.workers().length}`);
  const r = page.locator('[data-testid=result]');
  await r.waitFor({ timeout: 60_000 });
  const data = await r.evaluate((e) => ({ ...e.dataset }));
  assert.equal(Number(data.lost), 0, 'acks_late on RabbitMQ: the dead node\'s tasks came back');
  assert.equal(Number(data.succeeded), 30);
  // The run is over: every node worker and child is gone; only the calibration pool's remains.
  for (let i = 0; i < 40 && page.workers().length > 1; i++) await page.waitForTimeout(50);
  assert.equal(page.workers().length, 1);
  assert.deepEqual(page.errors, []);
  await page.close();
});

// No crash: every task's final state and run count must equal the model's own run of the link.
const AGREE = '#/celery?v=1&tasks=12&io_ms=60&cpu_ms=20&workers=2&concurrency=2&fail_pct=40'
  + '&retry_backoff=1&seed=3&broker=rabbitmq&clock=1000';

test('without crashes the real run ends every task as the model does; CPU work calibrated on the pool', async () => {
  const { page, data } = await openAndRun(app, AGREE);
  assert.equal(data.calibratedIn, 'pool');
  assert.ok(Number(data.rate) > 0);
  assert.equal(Number(data.modelAgree), 12, JSON.stringify(data));
  assert.ok(Number(data.retried) > 0 && await page.locator('[data-testid=retry]').count() === Number(data.retried));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('without cross-origin isolation the nodes still run, and a node calibrates the CPU work', async () => {
  // No service worker: it would add the headers after one reload, and this test is about their absence.
  const plain = await start({ isolation: false, serviceWorkers: 'block' });
  try {
    const { page, data } = await openAndRun(plain, AGREE);
    assert.equal(await page.evaluate(() => self.crossOriginIsolated), false);
    assert.equal(data.calibratedIn, 'node');
    assert.ok(Number(data.rate) > 0);
    assert.equal(Number(data.modelAgree), 12, JSON.stringify(data));
    assert.deepEqual(page.errors, []);
    await page.close();
  } finally {
    await plain.close();
  }
});

test('the buttons act on the running cluster: kill a child, revoke a task, add a node', async () => {
  const page = await app.open('#/celery?v=1&tasks=12&io_ms=700&workers=1&concurrency=2&prefetch=1&broker=rabbitmq&clock=1000');
  await page.click('[data-testid=run]');
  await page.waitForSelector('[data-testid=node][data-node="0"][data-active="2"]', { timeout: 30_000 });
  await page.click('[data-testid=kill-child]');
  // The node terminates that child mid-task and starts a replacement; early ack: FAILURE.
  await page.waitForSelector('[data-testid=node][data-node="0"][data-children-lost="1"]', { timeout: 5_000 });
  await page.click('[data-testid=revoke]');
  await page.click('[data-testid=add-node]');
  await page.waitForSelector('[data-testid=node][data-node="1"][data-alive=true]', { timeout: 10_000 });
  const r = page.locator('[data-testid=result]');
  await r.waitFor({ timeout: 60_000 });
  const data = await r.evaluate((e) => ({ ...e.dataset }));
  assert.equal(Number(data.failed), 1, 'WorkerLostError, not redelivered (early ack)');
  assert.equal(Number(data.revoked), 1);
  assert.equal(Number(data.succeeded), 10);
  assert.equal(Number(data.lost), 0);
  assert.equal(Number(data.nodes), 2);
  // The added node took work.
  assert.ok(Number(await page.locator('[data-testid=node][data-node="1"] td').nth(3).innerText()) > 0);
  assert.deepEqual(page.errors, []);
  await page.close();
});

// docs/CELERY.md's real-Celery scenario: a child dies on task 0's first run (tasks 8,
// fail_pct 30, seed 14). Real Celery 5.7 ended these states and run counts; so must the page.
const CHILD = '#/celery?v=1&tasks=8&io_ms=400&workers=1&concurrency=2&fail_pct=30&seed=14'
  + '&crash=child&crash_at_ms=100&retry_backoff=1&broker=rabbitmq&clock=1000';
const REAL_REST = '1:SUCCESS/2 2:SUCCESS/4 3:SUCCESS/2 4:SUCCESS/1 5:SUCCESS/1 6:SUCCESS/2 7:SUCCESS/1';

test('a child killed mid-task ends as real Celery ended it: early ack, acks_late, + reject_on_worker_lost', async () => {
  for (const [extra, first] of [['', '0:FAILURE/1'], ['&acks_late=1', '0:FAILURE/1'],
    ['&acks_late=1&reject_on_worker_lost=1', '0:SUCCESS/3']]) {
    const { page } = await openAndRun(app, CHILD + extra);
    const rows = await page.locator('[data-testid=task-row]')
      .evaluateAll((rs) => rs.map((r) => `${r.dataset.task}:${r.dataset.state}/${r.dataset.runs}`));
    assert.equal(rows.join(' '), `${first} ${REAL_REST}`, extra || 'early ack');
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});
