// Soak: many runs in a row on one page; the JS heap and the number of Web Workers stay
// bounded (issue 12). Figures are printed; the bounds are generous on purpose: they catch a
// leak that grows with every run, not noise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { start, watchWasmMemory, wasmMb } from './harness.mjs';

/** JS heap in use after a forced garbage collection, in MB (CDP). */
async function heapMb(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1e6;
}

/** Press Run and wait for this run (not the previous one) to end `done`. */
async function runOnce(page) {
  await page.click('[data-testid=run]');
  await page.waitForSelector('[data-testid=run-status][data-state=running]', { timeout: 30_000 });
  await page.waitForSelector('[data-testid=run-status][data-state=done]', { timeout: 60_000 });
}

async function soak(app, hash, runs) {
  await app.context.addInitScript(watchWasmMemory);
  const page = await app.open(hash);
  const cdp = await app.context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const heap = [], workers = [], wasm = [];
  for (let i = 1; i <= runs; i++) {
    await runOnce(page);
    if (i === 1 || i === Math.ceil(runs / 3) || i === runs) {
      heap.push(await heapMb(cdp));
      workers.push(page.workers().length);
      wasm.push(await wasmMb(page));
    }
  }
  console.log(`# soak ${hash}: ${runs} runs; JS heap after runs 1 / ${Math.ceil(runs / 3)} / ${runs}: ${heap.map((h) => h.toFixed(1)).join(' / ')} MB; wasm memory: ${wasm.map((h) => h.toFixed(1)).join(' / ')} MB; Web Workers: ${workers.join(' / ')}`);
  assert.ok(wasm[0] > 0, 'the wasm memory was found');
  assert.ok(wasm[2] <= wasm[1] * 1.25 + 16, `wasm memory grew from ${wasm[1]} to ${wasm[2]} MB`);
  assert.deepEqual(page.errors, []);
  await page.close();
  return { heap, workers };
}

test('30 asyncio runs in a row: the JS heap stays bounded', { timeout: 180_000 }, async () => {
  const app = await start();
  try {
    const { heap, workers } = await soak(app, '#/asyncio?v=1&tasks=500&io_ms=300', 30);
    assert.ok(heap[2] <= heap[1] * 1.5 + 2, `heap grew from ${heap[1]} to ${heap[2]} MB`);
    assert.ok(Math.max(...workers) === 0, 'asyncio starts no workers');
  } finally {
    await app.close();
  }
});

test('10 multiprocessing runs in a row: the JS heap and the worker count stay bounded', { timeout: 300_000 }, async () => {
  const app = await start();
  try {
    const { heap, workers } = await soak(app, '#/multiprocessing?v=1&tasks=4&cpu_ms=50&workers=2', 10);
    assert.ok(heap[2] <= heap[1] * 1.5 + 2, `heap grew from ${heap[1]} to ${heap[2]} MB`);
    assert.ok(Math.max(...workers) <= 2, `workers: ${workers} (the page asked for 2)`);
  } finally {
    await app.close();
  }
});
