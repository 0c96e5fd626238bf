// Probe, not part of `make bench`: the 2-worker primes speedup, N runs (env N, default 5), with
// each worker's chunk durations from the timeline and the page thread's busy time (Chromium's
// Performance metrics), to see where the time beyond the ideal goes. LAB_DIST picks the build:
// alternate two builds to compare them. `node bench/speedup-probe.mjs`
import { start } from '../tests/e2e/harness.mjs';
const n = Number(process.env.N ?? 5);
const hash = process.env.HASH ?? '#/multiprocessing?v=1&tasks=16&cpu_ms=100&workers=2&kernel=primes';
const app = await start();
const num = (s) => Number(s.replace(/\./g, '').replace(',', '.').replace(/[^\d.]/g, ''));
try {
  const out = [];
  for (let i = 0; i < n; i++) {
    const page = await app.open(hash);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const metric = async (name) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name).value;
    await page.waitForTimeout(500);
    const t0 = await metric('TaskDuration'), s0 = await metric('ScriptDuration'), l0 = await metric('LayoutDuration'), r0 = await metric('RecalcStyleDuration');
    const w0 = Date.now();
    await page.click('[data-testid=run]');
    const result = page.locator('[data-testid=result]');
    await page.waitForFunction(() => document.querySelector('[data-testid=result]'), null, { polling: 250, timeout: 120_000 });
    const attrs = await result.evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
    const lanes = await page.evaluate(() => [...document.querySelectorAll('[data-testid=timeline] .lane')].map((l) => ({
      lane: l.dataset.lane,
      segs: [...l.querySelectorAll('.seg')].map((s) => s.getAttribute('title')),
    })));
    const w1 = Date.now();
    const t1 = await metric('TaskDuration'), s1 = await metric('ScriptDuration'), l1 = await metric('LayoutDuration'), r1 = await metric('RecalcStyleDuration');
    console.log(`   main thread: task ${((t1 - t0) * 1000).toFixed(0)} ms, script ${((s1 - s0) * 1000).toFixed(0)}, layout ${((l1 - l0) * 1000).toFixed(0)}, style ${((r1 - r0) * 1000).toFixed(0)} over ${w1 - w0} ms wall`);
    out.push(attrs);
    console.log(`speedup ${attrs['data-speedup']} wall ${attrs['data-wall-ms']} baseline ${attrs['data-baseline-ms']}`);
    for (const l of lanes) {
      const spans = l.segs.map((t) => { const m = /: (.*) ms–(.*) ms$/.exec(t); return m ? [num(m[1]), num(m[2])] : null; }).filter(Boolean);
      const busy = spans.reduce((a, [s, e]) => a + e - s, 0);
      const first = spans.length ? spans[0][0] : NaN, last = spans.length ? spans[spans.length - 1][1] : NaN;
      console.log(`   ${l.lane}: ${spans.length} segs, busy ${busy.toFixed(1)}, first ${first.toFixed(1)}, last ${last.toFixed(1)}, durs ${spans.map(([s, e]) => (e - s).toFixed(0)).join(' ')}`);
    }
    await page.close();
  }
  const s = out.map((a) => Number(a['data-speedup'])).sort((a, b) => a - b);
  console.log('speedups', s.join(' '), 'median', s[Math.floor(s.length / 2)]);
} finally {
  await app.close();
}
