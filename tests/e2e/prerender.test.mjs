// The explanation is in the HTML that arrives first (scripts/postbuild.mjs): readable with no
// wasm at all, the same text the app draws, and gone once the app has mounted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './harness.mjs';

test('every page in both languages: the prerendered explanation is the app\'s, readable without the wasm', { timeout: 240_000 }, async () => {
  // No service worker here: it would cache the wasm this test keeps from loading.
  const app = await start({ serviceWorkers: 'block' });
  try {
    const home = await app.open('#/');
    const hashes = await home.locator('header nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    await home.close();
    assert.ok(hashes.length >= 6);
    const withoutWasm = await app.context.newPage();
    await withoutWasm.route('**/*.wasm', (route) => route.abort());
    for (const hash of hashes) {
      for (const lang of ['id', 'en']) {
        const link = `${hash}?lang=${lang}`;
        const page = await app.open(link);
        const appText = await page.locator('[data-testid=explanation] [data-testid=prose]').innerText();
        assert.equal(await page.locator('#prerendered').count(), 0, `${link}: the app removed the static copy`);
        assert.equal(await page.locator('.explanation').count(), 1, `${link}: one explanation`);
        await page.close();

        await withoutWasm.goto('about:blank');
        await withoutWasm.goto(app.base + link);
        const shown = withoutWasm.locator('#prerendered .pre:not([hidden])');
        assert.equal(await shown.count(), 1, `${link}: one block shown`);
        assert.equal(await shown.getAttribute('data-pre-lang'), lang);
        assert.equal(await shown.locator('[data-testid=prose]').innerText(), appText, `${link}: same text as the app`);
        assert.equal(await withoutWasm.evaluate(() => document.documentElement.lang), lang);
      }
    }
    // Navigating before the wasm arrives shows the new page's text.
    await withoutWasm.goto(app.base + '#/');
    await withoutWasm.evaluate(() => { location.hash = '#/threading'; });
    await withoutWasm.waitForSelector('#prerendered .pre[data-pre-page=threading]:not([hidden])');
  } finally {
    await app.close();
  }
});

test('the reader\'s text is a file of the release: when it cannot be loaded, the static page stays and says so', async () => {
  const app = await start({ serviceWorkers: 'block' });
  try {
    const page = await app.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.route('**/text-*.txt', (route) => route.abort());
    await page.goto(app.base + '#/asyncio?lang=en');
    const shown = page.locator('#prerendered .pre:not([hidden])');
    await page.waitForSelector('#prerendered[data-failed]', { timeout: 30_000 });
    assert.equal(await shown.getAttribute('data-pre-page'), 'asyncio');
    assert.ok((await shown.locator('[data-testid=prose]').innerText()).length > 400, 'the explanation is still there');
    assert.equal(await shown.locator('.pre-failed').isVisible(), true);
    assert.match(await shown.locator('.pre-failed').innerText(), /could not be loaded/);
    assert.equal(await shown.locator('.pre-loading').isVisible(), false);
    assert.equal(await page.locator('[data-testid=explanation]').count(), 0, 'no half-drawn app');
    assert.deepEqual(errors, []);
    // With the text there, the same page comes alive.
    await page.unroute('**/text-*.txt');
    await page.reload();
    await page.waitForSelector('[data-testid=explanation]');
    assert.equal(await page.locator('#prerendered').count(), 0);
  } finally {
    await app.close();
  }
});
