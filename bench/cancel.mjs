// Issue 12: how long Cancel takes to land on every demo. A long run is started, and once it is
// really running Cancel is pressed; the time is measured in the page, from the click to the
// run status saying "cancelled" (a MutationObserver, so no polling delay is added).
export const LONG_RUNS = [
  ['asyncio', '#/asyncio?v=1&tasks=200&io_ms=3000&limit=10'],
  ['threading', '#/threading?v=1&tasks=8&cpu_ms=2000&threads=2'],
  ['multiprocessing', '#/multiprocessing?v=1&tasks=16&cpu_ms=2000&workers=2'],
  ['celery', '#/celery?v=1&tasks=16&io_ms=1500&workers=2&concurrency=2&clock=1000'],
  ['bandingkan', '#/bandingkan?v=1&tasks=16&io_ms=500&cpu_ms=300&workers=2'],
];

/** Open `hash`, Run, wait until the work runs, press Cancel: ms until the status says so. */
export async function cancelLatency(app, hash) {
  const page = await app.open(hash);
  await page.click('[data-testid=run]');
  await page.waitForSelector('[data-testid=run-status][data-state=running]', { timeout: 30_000 });
  // Past the start-up: a measured pass on the workers (or the asyncio tasks) is under way.
  await page.waitForSelector('[data-testid=run-phase][data-phase=pass], [data-testid=lag-meter]', { timeout: 30_000 });
  const ms = await page.evaluate(() => new Promise((done) => {
    const status = document.querySelector('[data-testid=run-status]');
    let t0;
    new MutationObserver((_, obs) => {
      if (status.dataset.state === 'cancelled') {
        obs.disconnect();
        done(performance.now() - t0);
      }
    }).observe(status, { attributes: true });
    t0 = performance.now();
    document.querySelector('[data-testid=cancel]').click();
  }));
  const errors = page.errors;
  await page.close();
  return { ms, errors };
}

export async function cancelFigures(app, runs = 3) {
  console.log('\nCancel, from the click to "cancelled" (target ≤ 200 ms on every demo):');
  for (const [name, hash] of LONG_RUNS) {
    const ms = [];
    for (let i = 0; i < runs; i++) ms.push((await cancelLatency(app, hash)).ms);
    ms.sort((a, b) => a - b);
    console.log(`  ${name.padEnd(16)} median ${ms[Math.floor(ms.length / 2)].toFixed(0)} ms (max ${ms[ms.length - 1].toFixed(0)}, n=${runs})`);
  }
}
