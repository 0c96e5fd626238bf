// Probe (not part of make bench): the 2-worker primes speedup, n runs, with each worker's
// chunks from the timeline (segment titles), to see where the time beyond the ideal goes.
import { start } from '../tests/e2e/harness.mjs';
const n = Number(process.env.N ?? 5);
const hash = process.env.HASH ?? '#/multiprocessing?v=1&tasks=16&cpu_ms=100&workers=2&kernel=primes';
const app = await start();
const num = (s) => Number(s.replace(/\./g, '').replace(',', '.').replace(/[^\d.]/g, ''));
try {
  const out = [];
  for (let i = 0; i < n; i++) {
    const page = await app.open(hash);
    await page.click('[data-testid=run]');
    const result = page.locator('[data-testid=result]');
    await result.waitFor({ timeout: 120_000 });
    const attrs = await result.evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
    const lanes = await page.evaluate(() => [...document.querySelectorAll('[data-testid=timeline] .lane')].map((l) => ({
      lane: l.dataset.lane,
      segs: [...l.querySelectorAll('.seg')].map((s) => s.getAttribute('title')),
    })));
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
