// `make bench`: figures, not verdicts. Measures the release site in headless Chromium on
// this machine and prints what it saw. Grows with each demo.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { start } from '../tests/e2e/harness.mjs';
import { recordingOverhead } from './recording.mjs';
import { cancelFigures } from './cancel.mjs';

// `node bench/run.mjs [sizes] [load] [pages] [runs] [recording] [cancel]`: only the named parts
// (default: all).
const PARTS = process.argv.slice(2);
const want = (part) => PARTS.length === 0 || PARTS.includes(part);
const RUNS = 5;
let fmt;
const dist = process.env.LAB_DIST ?? new URL('../dist/', import.meta.url).pathname;
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

if (want('sizes')) {
  console.log('Release sizes (dist/):');
  let wasmGz = 0, wasmRaw = 0, startGz = 0, swGz = 0;
  const text = {};
  const files = (dir) => readdirSync(dist + dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(`${dir}${e.name}/`) : [`${dir}${e.name}`]);
  for (const f of files('').filter((f) => /\.(wasm|js|css|html|txt)$/.test(f)).sort()) {
    const raw = readFileSync(dist + f);
    const gz = gzipSync(raw, { level: 9 }).length;
    if (f.endsWith('.wasm')) { wasmGz += gz; wasmRaw += raw.length; }
    const lang = /^text-(\w+)-/.exec(f)?.[1];
    if (lang) text[lang] = gz;
    // What a first visit loads before the demo works: all but the service worker and the
    // second language (the worker caches those afterwards).
    else if (f === 'sw.js') swGz = gz;
    else startGz += gz;
    console.log(`  ${f.padEnd(72)} ${kb(statSync(dist + f).size).padStart(10)} raw ${kb(gz).padStart(10)} gzip`);
  }
  console.log(`  all wasm modules: ${kb(wasmRaw)} raw, ${kb(wasmGz)} gzip (target ≤ 300 KB = ${kb(300_000)} gzip)`);
  const one = Math.max(0, ...Object.values(text));
  if (one > 0) console.log(`  the reader's text, not in the wasm: ${Object.entries(text).map(([l, gz]) => `${l} ${kb(gz)}`).join(', ')} gzip (one language is fetched while the wasm loads)`);
  const all = Object.values(text).reduce((a, b) => a + b, 0);
  console.log(`  a first visit until the demo works (HTML, CSS, JS, wasm, one language): ${kb(startGz + one)} gzip; then the service worker itself and, cached by it, the other language: ${kb(swGz + all - one)} more`);
}

if (want('load')) await readableAtOnce();
if (want('recording') || want('cancel')) {
  const app = await start();
  try {
    if (want('recording')) await recordingOverhead(app);
    if (want('cancel')) await cancelFigures(app);
  } finally { await app.close(); }
}
if (!want('pages') && !want('runs')) process.exit(0);

if (want('pages')) {
// Issue 8: what a page costs before anyone presses Run. Each scenario gets its own browser,
// so renderer processes are not shared between them.
console.log('\nMemory and first render, one fresh browser per scenario (PSS of its renderer processes):');
for (const [label, hash, opts] of [
  ['Beranda, cross-origin isolated', '#/', {}],
  ['Beranda, served without isolation', '#/', { isolation: false }],
  ['asyncio, isolated', '#/asyncio', {}],
  ['multiprocessing workers=2, after one run', '#/multiprocessing?v=1&tasks=4&cpu_ms=20&workers=2', { run: true }],
  ['threading threads=4, after one run', '#/threading?v=1&tasks=4&cpu_ms=20&threads=4', { run: true }],
]) {
  const pss = [], firsts = [];
  for (let i = 0; i < 3; i++) {
    const fresh = await start({ isolation: opts.isolation ?? true });
    try {
      const page = await fresh.context.newPage();
      await recordFirstRender(page);
      await page.goto(fresh.base + hash);
      await page.waitForSelector('[data-testid=explanation]');
      firsts.push(await page.evaluate(() => window.__firstRender));
      if (opts.run) {
        await page.click('[data-testid=run]');
        await page.locator('[data-testid=result]').waitFor({ timeout: 60_000 });
      }
      await page.waitForTimeout(3_000);
      pss.push(rendererPssMb(fresh.profile));
      await page.close();
    } finally {
      await fresh.close();
    }
  }
  console.log(`  ${label.padEnd(44)} ${median(pss).toFixed(1).padStart(6)} MB PSS (n=${pss.length})   first render of the explanation ${median(firsts).toFixed(0)} ms`);
}

}
if (!want('runs')) process.exit(0);

const app = await start();
try {
  fmt = (xs) => xs.every((x) => x === 0) ? 'none of 50 ms or more (the long-task threshold)' : `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, n=${xs.length})`;

  // Run pressed the moment the page opens: navigation → first completed run, workers included.
  const impatient = [], poolStarts = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await app.context.newPage();
    await page.goto(app.base + '#/multiprocessing?v=1&tasks=8&cpu_ms=50&workers=2');
    await page.click('[data-testid=run]');
    await page.locator('[data-testid=result]').waitFor({ timeout: 60_000 });
    impatient.push(await page.evaluate(() => performance.now()));
    poolStarts.push(Number(await page.locator('[data-testid=workers-started]').getAttribute('data-start-ms')));
    await page.close();
  }
  console.log(`\nmultiprocessing 8 × 50 ms, 2 workers, Run pressed at once: navigation → result ${fmt(impatient)}`);
  console.log(`  of which starting the 2 Web Workers (shown on the page):        ${fmt(poolStarts)}`);

  const smokes = [], longest = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await app.open('#/');
    await watchLongTasks(page);
    await page.click('[data-testid=pool-smoke]');
    const result = page.locator('[data-testid=pool-smoke-result][data-wall-ms]');
    await result.waitFor({ timeout: 60_000 });
    smokes.push(Number(await result.getAttribute('data-wall-ms')));
    longest.push(await longestTask(page));
    await page.close();
  }
  console.log(`Smoke job, primes below 2,000,000 on one worker per core:        ${fmt(smokes)}`);
  console.log(`Longest main-thread task during load + smoke job:                ${fmt(longest)}`);

  // asyncio: 10.000 tasks × 100 ms, limit=0 (issue 3: ≤ 200 ms wall, goal 120 ms).
  const walls = [], longTasks = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await app.open('#/asyncio?v=1&tasks=10000&io_ms=100');
    await watchLongTasks(page);
    await page.click('[data-testid=run]');
    const result = page.locator('[data-testid=result]');
    await result.waitFor({ timeout: 60_000 });
    // Let the timeline's paint finish before reading the long tasks.
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 50))));
    walls.push(Number(await result.getAttribute('data-wall-ms')));
    longTasks.push(await longestTask(page));
    await page.close();
  }
  console.log(`\nasyncio 10,000 tasks × 100 ms (limit=0):`);
  console.log(`  wall:                     ${fmt(walls)}  → ${(median(walls) / 100).toFixed(2)}× the ideal (wall / io_ms)`);
  console.log(`  longest main-thread task: ${fmt(longTasks)}  (run + timeline draw; target ≤ 100 ms)`);

  // The observer's own check: a blocking run must show up as one long task.
  const page = await app.open('#/asyncio?v=1&tasks=5&io_ms=100&blocking=1');
  await watchLongTasks(page);
  await page.click('[data-testid=run]');
  await page.locator('[data-testid=result]').waitFor({ timeout: 60_000 });
  await page.evaluate(() => new Promise((ok) => setTimeout(ok, 50)));
  const blocked = await longestTask(page);
  console.log(`  check: blocking=1, 5 × 100 ms → longest task ${blocked.toFixed(0)} ms (expected ≈ 500)`);
  await page.close();

  // multiprocessing: 2 workers vs 1 on counting primes (issue 4: speedup ≥ 1.85 here,
  // goal ≥ 0.92 × cores), and the wasm kernel against the same kernel compiled natively.
  console.log('\nmultiprocessing, primes, tasks=16 × cpu_ms=100, 2 workers vs 1:');
  const speedups = [], rates = {}, mpLong = [];
  for (let i = 0; i < 5; i++) {
    const page = await app.open('#/multiprocessing?v=1&tasks=16&cpu_ms=100&workers=2&kernel=primes');
    await watchLongTasks(page);
    await page.click('[data-testid=run]');
    const result = page.locator('[data-testid=result]');
    // Polled every 250 ms, not every frame (a locator's waitFor): a harness that draws frames
    // at 60 Hz takes a share of the two cores the pass is measured on.
    await page.waitForFunction(() => document.querySelector('[data-testid=result]'), null, { polling: 250, timeout: 120_000 });
    speedups.push(Number(await result.getAttribute('data-speedup')));
    (rates.primes ??= []).push(Number(await result.getAttribute('data-rate')));
    mpLong.push(await longestTask(page));
    await page.close();
  }
  const cores = await (async () => {
    const page = await app.open('#/');
    const n = await page.evaluate(() => navigator.hardwareConcurrency);
    await page.close();
    return n;
  })();
  const ratio = (xs) => `median ${median(xs).toFixed(3)}× (min ${Math.min(...xs).toFixed(3)}, max ${Math.max(...xs).toFixed(3)}, n=${xs.length})`;
  console.log(`  speedup:                  ${ratio(speedups)}  = ${(median(speedups) / Math.min(2, cores)).toFixed(2)} × min(workers, cores=${cores})  (target ≥ 1.9)`);
  console.log(`  longest main-thread task: ${fmt(mpLong)}  (target ≤ 50 ms)`);
  // Best of three, as for primes above: a fresh page's first run can still be on the
  // browser's first-tier code, and one sample is as noisy as ±10% on this box.
  for (const kernel of ['hash', 'mandelbrot']) {
    for (let i = 0; i < 3; i++) {
      const page = await app.open(`#/multiprocessing?v=1&tasks=2&cpu_ms=20&workers=1&kernel=${kernel}`);
      await page.click('[data-testid=run]');
      const result = page.locator('[data-testid=result]');
      await page.waitForFunction(() => document.querySelector('[data-testid=result]'), null, { polling: 250, timeout: 60_000 });
      (rates[kernel] ??= []).push(Number(await result.getAttribute('data-rate')));
      await page.close();
    }
  }
  // The Makefile turns build-std on for wasm; the native build must not see it.
  const env = { ...process.env };
  delete env.CARGO_UNSTABLE_BUILD_STD;
  const native = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--profile', 'native-bench', '--example', 'kernel_rate'], {
    encoding: 'utf8', env,
  }));
  console.log('\nkernel throughput, one thread, units per ms (wasm in Chromium vs native Rust):');
  for (const [kernel, wasm] of Object.entries(rates)) {
    const w = Math.max(...wasm);
    console.log(`  ${kernel.padEnd(11)} wasm ${w.toFixed(0).padStart(9)}   native ${native[kernel].toFixed(0).padStart(9)}   ratio ${(w / native[kernel]).toFixed(2)} (target ≥ 0.90)`);
  }
} finally {
  await app.close();
}

/**
 * Issue 12, "readable at once": a first visit (fresh profile, empty caches), unthrottled and
 * on a slow phone's profile (CPU 4× slower, 1.6 Mbit/s down, 150 ms round trip, via CDP).
 * Explanation visible: the first frame in which a page title inside `.explanation` is on
 * screen (the prerendered copy or the app's). Interactive: the app has mounted its demo
 * (the Run button exists).
 */
async function readableAtOnce() {
  const profiles = [
    ['unthrottled', null],
    ['slow phone (CPU 4×, 1.6 Mbit/s, 150 ms RTT)', { cpu: 4, latency: 150, down: 1.6e6 / 8, up: 750e3 / 8 }],
  ];
  console.log('\nReadable at once: first visit, fresh browser each time, median of 3 (ms after navigation):');
  for (const [label, t] of profiles) {
    for (const hash of ['#/', '#/asyncio']) {
      const visible = [], interactive = [];
      for (let i = 0; i < 3; i++) {
        const fresh = await start();
        try {
          const page = await fresh.context.newPage();
          if (t) {
            const cdp = await fresh.context.newCDPSession(page);
            await cdp.send('Network.enable');
            await cdp.send('Network.emulateNetworkConditions', {
              offline: false, latency: t.latency, downloadThroughput: t.down, uploadThroughput: t.up,
            });
            await cdp.send('Emulation.setCPUThrottlingRate', { rate: t.cpu });
          }
          await page.addInitScript(() => {
            const seen = () => [...document.querySelectorAll('.explanation h1')]
              .some((h) => h.textContent.trim() && h.checkVisibility());
            const tick = () => {
              if (window.__visible === undefined && seen()) window.__visible = performance.now();
              if (window.__interactive === undefined && document.querySelector('[data-testid=run], [data-testid=pool-smoke]')) {
                window.__interactive = performance.now();
              }
              if (window.__interactive === undefined || window.__visible === undefined) requestAnimationFrame(tick);
            };
            requestAnimationFrame(tick);
          });
          await page.goto(fresh.base + hash);
          await page.waitForFunction(() => window.__interactive !== undefined && window.__visible !== undefined, null, { timeout: 60_000, polling: 100 });
          visible.push(await page.evaluate(() => window.__visible));
          interactive.push(await page.evaluate(() => window.__interactive));
        } finally {
          await fresh.close();
        }
      }
      const target = t ? '≤ 1500' : '≤ 500';
      console.log(`  ${label.padEnd(44)} ${hash.padEnd(10)} explanation visible ${median(visible).toFixed(0).padStart(5)} (target ${target})   demo interactive ${median(interactive).toFixed(0).padStart(5)}${t ? ' (target ≤ 5000)' : ''}   [${visible.map((x) => x.toFixed(0))} / ${interactive.map((x) => x.toFixed(0))}]`);
    }
  }
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
}

/** Start recording the page's long tasks (main-thread tasks of 50 ms or more). */
async function watchLongTasks(page) {
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration)))
      .observe({ type: 'longtask' });
  });
}

/** The longest task recorded since `watchLongTasks`, in ms (0 if none). */
async function longestTask(page) {
  return Math.max(0, ...(await page.evaluate(() => window.__long)));
}

/** Record when the explanation first appears, in ms after navigation. */
async function recordFirstRender(page) {
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (document.querySelector('[data-testid=explanation]')) {
        window.__firstRender = performance.now();
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

/** Proportional set size of the renderer processes of the browser using `profile`, in MB. */
function rendererPssMb(profile) {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .trim().split('\n').map((l) => l.trim().match(/^(\d+)\s+(\d+)\s+(.*)$/)).filter(Boolean)
    .map(([, pid, ppid, args]) => ({ pid, ppid, args }));
  const root = rows.find((r) => r.args.includes(`--user-data-dir=${profile}`) && !r.args.includes('--type='));
  if (!root) return NaN;
  const tree = new Set([root.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const r of rows) if (tree.has(r.ppid) && !tree.has(r.pid)) { tree.add(r.pid); grew = true; }
  }
  let kb = 0;
  for (const r of rows) {
    if (!tree.has(r.pid) || !r.args.includes('--type=renderer')) continue;
    try {
      const m = readFileSync(`/proc/${r.pid}/smaps_rollup`, 'utf8').match(/^Pss:\s+(\d+)/m);
      kb += m ? Number(m[1]) : 0;
    } catch { /* the process ended meanwhile */ }
  }
  return kb / 1024;
}
