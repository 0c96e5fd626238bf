// Issue 13: what recording a run for the replay costs. The same links run with recording on
// and off (`window.__labRecord = false` before the page loads), alternately, in one browser;
// the figures are the pages' own measured wall times.
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const show = (xs) => `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, n=${xs.length})`;

const CASES = [
  ['asyncio 10.000 tasks × 100 ms (the first 2.000 coroutines recorded)', '#/asyncio?v=1&tasks=10000&io_ms=100', 'wallMs'],
  ['asyncio 20 tasks × 100 ms, limit 5', '#/asyncio?v=1&tasks=20&io_ms=100&limit=5', 'wallMs'],
  ['threading 4 × 200 ms CPU under the GIL, 0,5 ms interval', '#/threading?v=1&tasks=4&cpu_ms=200&threads=4&gil=1&switch_ms=0.5', 'wallMs'],
  ['Celery 12 tasks × 60 ms on 2 nodes', '#/celery?v=1&tasks=12&io_ms=60&workers=2&concurrency=2&clock=1000', 'wallMs'],
];

export async function recordingOverhead(app, runs = 5, only = null) {
  console.log('\nRecording for the replay, on vs off (the page\'s measured wall time):');
  for (const [label, hash, key] of CASES.filter((c) => !only || only.test(c[0]))) {
    const on = [], off = [], stepsOn = [], stepsOff = [];
    for (let i = 0; i < runs; i++) {
      // On first in one round, off first in the next: neither always gets the warmer page.
      for (const record of i % 2 ? [false, true] : [true, false]) {
        const page = await app.context.newPage();
        if (!record) await page.addInitScript(() => { window.__labRecord = false; });
        await page.goto(app.base + hash);
        await page.click('[data-testid=run]');
        const result = page.locator('[data-testid=result]').first();
        await result.waitFor({ timeout: 120_000 });
        const position = page.locator('[data-testid=replay-position]');
        const steps = await position.count() ? Number(await position.getAttribute('data-steps')) : 0;
        (record ? stepsOn : stepsOff).push(steps);
        (record ? on : off).push(Number(await result.evaluate((e, k) => e.dataset[k], key)));
        await page.close();
      }
    }
    const change = (median(on) / median(off) - 1) * 100;
    console.log(`  ${label}\n    on:  ${show(on)}, ${median(stepsOn)} steps kept\n    off: ${show(off)}, ${median(stepsOff)} steps (what needs no recording: spans measured anyway)\n    on/off: ${change >= 0 ? '+' : ''}${change.toFixed(1)}%`);
  }
}
