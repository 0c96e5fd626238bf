// `make soak` (issue 12): every demo run 30 times in one page, each run with random valid
// parameters typed into the page's form; zero page errors, zero console errors, and memory (the browser's own measure,
// `performance.measureUserAgentSpecificMemory`, plus the wasm memory) growing ≤ 10% between
// the 10th and the 30th run. Its own target, not part of `make test`: the browser's memory
// measure waits for a garbage collection (about 20 s each), and 150 runs take minutes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { start, watchWasmMemory, wasmMb } from './harness.mjs';

const RUNS = Number(process.env.SOAK_RUNS ?? 30);
const MEASURE_AT = [Math.min(10, RUNS), RUNS];

/** A seeded generator, so a failing soak can be replayed with SOAK_SEED. */
function rng(seed) {
  let s = seed >>> 0;
  return (lo, hi) => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return lo + (s % (hi - lo + 1));
  };
}

/** Random valid parameters per demo, small enough that 30 runs take a minute or two. */
const DEMOS = {
  asyncio: (r) => `tasks=${r(1, 300)}&io_ms=${r(0, 200)}&jitter=${r(0, 100)}&seed=${r(0, 999)}`
    + `&limit=${r(0, 20)}&timeout_ms=${r(0, 1) ? r(50, 300) : 0}&cpu_ms=${r(0, 1)}`,
  threading: (r) => `threads=${r(1, 4)}&tasks=${r(1, 8)}&cpu_ms=${r(0, 40)}&io_ms=${r(0, 40)}`
    + `&gil=${r(0, 1)}&switch_ms=${r(1, 20) / 2}&seed=${r(0, 999)}`,
  multiprocessing: (r) => `tasks=${r(1, 8)}&cpu_ms=${r(5, 30)}&workers=${r(1, 2)}&chunksize=${r(1, 3)}`
    + `&kernel=${['primes', 'hash', 'mandelbrot'][r(0, 2)]}&seed=${r(0, 999)}`,
  celery: (r) => `tasks=${r(1, 8)}&io_ms=${r(10, 80)}&workers=${r(1, 2)}&concurrency=${r(1, 2)}`
    + `&fail_pct=${r(0, 30)}&acks_late=${r(0, 1)}&seed=${r(0, 999)}&clock=1000`,
  bandingkan: (r) => `tasks=${r(2, 6)}&io_ms=${r(0, 50)}&cpu_ms=${r(0, 20)}&workers=${r(1, 2)}&seed=${r(0, 999)}`,
};

/** The browser's own measure of the page (JS, DOM, shared) plus its wasm memory, in MB. */
async function memoryMb(page) {
  return page.evaluate(async () => {
    const ua = await performance.measureUserAgentSpecificMemory();
    const wasm = window.__memories.reduce((s, m) => s + m.buffer.byteLength, 0);
    return { ua: ua.bytes / 1e6, wasm: wasm / 1e6, total: (ua.bytes + wasm) / 1e6 };
  });
}

for (const [demo, params] of Object.entries(DEMOS)) {
  test(`${demo}: ${RUNS} runs with random parameters in one page`, { timeout: 900_000 }, async () => {
    const app = await start();
    try {
      await app.context.addInitScript(watchWasmMemory);
      const page = await app.open(`#/${demo}`);
      assert.equal(await page.evaluate(() => self.crossOriginIsolated), true);
      const r = rng(Number(process.env.SOAK_SEED ?? 7) + demo.length);
      const seen = [];
      for (let i = 1; i <= RUNS; i++) {
        const query = params(r);
        // As a learner does: the parameters typed into the page's own form, no reload.
        for (const pair of query.split('&')) {
          const [key, value] = pair.split('=');
          const field = page.locator(`[data-testid=demo] [name=${key}]`).first();
          if (!(await field.count())) continue;
          const kind = await field.evaluate((e) => (e.tagName === 'SELECT' ? 'select' : e.type));
          if (kind === 'select') await field.selectOption(value);
          else if (kind === 'checkbox') await field.setChecked(value === '1');
          else { await field.fill(value); await field.dispatchEvent('change'); }
        }
        const hash = `#/${demo}?v=1&${query}`;
        await page.click('[data-testid=run]');
        await page.waitForSelector('[data-testid=run-status][data-state=running]', { timeout: 30_000 }).catch(() => {});
        await page.waitForSelector('[data-testid=run-status]:is([data-state=done],[data-state=error])', { timeout: 120_000 });
        const state = await page.locator('[data-testid=run-status]').getAttribute('data-state');
        assert.equal(state, 'done', `run ${i} of ${hash} ended ${state}`);
        for (const at of MEASURE_AT) if (at === i) seen.push(await memoryMb(page));
      }
      const [at10, at30] = seen;
      const growth = at30.total / at10.total - 1;
      console.log(`# soak ${demo}: memory after run ${MEASURE_AT[0]}: ${at10.total.toFixed(1)} MB (browser ${at10.ua.toFixed(1)} + wasm ${at10.wasm.toFixed(1)}), after run ${RUNS}: ${at30.total.toFixed(1)} MB (browser ${at30.ua.toFixed(1)} + wasm ${at30.wasm.toFixed(1)}): ${(growth * 100).toFixed(1)}%`);
      assert.deepEqual(page.errors, []);
      assert.ok(growth <= 0.10, `memory grew ${(growth * 100).toFixed(1)}% between run ${MEASURE_AT[0]} and run ${RUNS}`);
      await page.close();
    } finally {
      await app.close();
    }
  });
}
