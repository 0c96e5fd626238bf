// Cross-origin isolation and the thread pool, with and without the two headers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { start, poolSettled } from './harness.mjs';

test('served with COOP/COEP: isolated, no workers until asked, and the smoke job uses them', async () => {
  const app = await start();
  try {
    const page = await app.open('#/');
    const cap = page.locator('[data-testid=capabilities]');
    assert.equal(await cap.getAttribute('data-isolated'), 'true');
    assert.equal(await cap.getAttribute('data-pool'), 'idle', 'Beranda starts no workers');
    assert.equal(await page.evaluate(() => crossOriginIsolated), true);
    // The page stays responsive while the workers count: a click on the toggle is handled.
    await page.click('[data-testid=pool-smoke]');
    await page.click('[data-testid=lang]');
    const result = page.locator('[data-testid=pool-smoke-result][data-primes]');
    await result.waitFor({ timeout: 30_000 });
    assert.equal(await result.getAttribute('data-primes'), '148933');
    assert.ok(Number(await result.getAttribute('data-threads-used')) >= 2, 'work shared by ≥ 2 workers');
    assert.equal(await cap.getAttribute('data-pool'), 'ready');
    assert.ok(Number(await cap.getAttribute('data-threads')) >= 2, 'one worker per core');
    assert.deepEqual(page.errors, []);
  } finally {
    await app.close();
  }
});

test('served without the headers, service workers refused: the app loads, explains, nothing hangs or reloads', async () => {
  // Without the headers the service worker (sw.js) would isolate the page after one reload
  // (offline.test.mjs); a browser that refuses service workers must get today's fallback.
  const app = await start({ isolation: false, serviceWorkers: 'block' });
  try {
    const page = await app.open('#/multiprocessing?workers=4');
    let loads = 1;
    page.on('load', () => { loads += 1; });
    const cap = await poolSettled(page);
    assert.equal(await cap.getAttribute('data-isolated'), 'false');
    assert.equal(await cap.getAttribute('data-threads'), '0');
    assert.equal(await cap.getAttribute('data-pool'), 'unavailable');
    assert.match(await cap.innerText(), /Cross-Origin-Opener-Policy/);
    assert.equal(await page.locator('[data-testid=pool-smoke]').count(), 0);
    assert.equal(await page.locator('[name=workers]').inputValue(), '4');
    // A parallel demo explains instead of hanging.
    await page.click('[data-testid=run]');
    await page.waitForSelector('[data-testid=run-status][data-state=error]', { timeout: 5_000 });
    assert.match(await page.locator('[role=alert]').innerText(), /Worker tidak tersedia/);
    // The asyncio demo needs no pool and still runs.
    const asyncio = await app.open('#/asyncio?v=1&tasks=5&io_ms=50');
    await asyncio.click('[data-testid=run]');
    await asyncio.locator('[data-testid=result]').waitFor();
    await page.click('[data-testid=lang]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.equal(loads, 1, 'no automatic reload when the service worker cannot help');
    assert.deepEqual([...page.errors, ...asyncio.errors], []);
  } finally {
    await app.close();
  }
});
