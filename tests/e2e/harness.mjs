// Shared pieces of the browser tests: the release site served like the README says,
// and Debian's Chromium driven by playwright-core (never a downloaded browser).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

// LAB_DIST: another build to measure (bench/run.mjs against an older dist, for before/after).
export const DIST = process.env.LAB_DIST ?? new URL('../../dist/', import.meta.url).pathname;

const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * Start a server for dist/ (or `dir`) and a fresh browser profile. `isolation: false` serves
 * without COOP/COEP; `serviceWorkers: 'block'` is a browser that refuses service workers
 * (then nothing can make the page isolated without the headers). Returns { base, open, close }:
 * `open(hash, opts)` gives a page whose uncaught errors are collected in `page.errors`.
 */
export async function start({ isolation = true, dir = DIST, serviceWorkers = 'allow' } = {}) {
  const server = await serve(dir, { isolation });
  const base = `http://127.0.0.1:${server.address().port}/`;
  const profile = mkdtempSync(join(tmpdir(), 'lab-konkurensi-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
    serviceWorkers,
  });
  async function open(hash = '#/', { viewport } = {}) {
    const page = await context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    page.errors = [];
    page.on('pageerror', (e) => page.errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
    await page.goto(base + hash);
    await page.waitForSelector('[data-testid=explanation]');
    return page;
  }
  async function close() {
    await context.close();
    await new Promise((ok) => server.close(ok));
    rmSync(profile, { recursive: true, force: true });
  }
  return { base, open, close, context, profile, server };
}

/** Wait until the workers have settled (not starting or preparing: idle, ready, unavailable or failed). */
export async function poolSettled(page) {
  await page.waitForSelector('[data-testid=capabilities]:not([data-pool=starting]):not([data-pool=preparing])', { timeout: 20_000 });
  return page.locator('[data-testid=capabilities]');
}

/**
 * What a person does on a demo page: open `hash`, press `button` at once (a person does not
 * wait for the workers to start: the run must wait for them itself), and read `result`'s
 * data attributes. Returns { page, data }; the caller closes the page.
 */
export async function openAndRun(app, hash, { button = 'run', result = 'result' } = {}) {
  const page = await app.open(hash);
  await page.click(`[data-testid=${button}]`);
  const r = page.locator(`[data-testid=${result}]`);
  await r.waitFor({ timeout: 60_000 });
  return { page, data: await r.evaluate((e) => ({ ...e.dataset })) };
}

/**
 * Keep every WebAssembly.Memory the page makes (an init script: `context.addInitScript`), so
 * soak tests can read the wasm heap's size with `wasmMb`.
 */
export function watchWasmMemory() {
  const Memory = WebAssembly.Memory;
  window.__memories = [];
  function Watched(descriptor) {
    const m = new Memory(descriptor);
    window.__memories.push(m);
    return m;
  }
  Watched.prototype = Memory.prototype;
  WebAssembly.Memory = Watched;
}

/** The page's wasm memory, in MB (needs `watchWasmMemory`). */
export async function wasmMb(page) {
  return page.evaluate(() => window.__memories.reduce((s, m) => s + m.buffer.byteLength, 0) / 1e6);
}
