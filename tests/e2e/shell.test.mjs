// The app shell as a reader meets it: every page, both languages, phone and desktop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './harness.mjs';

const PAGES = ['', 'asyncio', 'threading', 'multiprocessing', 'celery', 'bandingkan'];
let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

test('every page shows Indonesian prose next to its demo panel', async () => {
  for (const slug of PAGES) {
    const page = await app.open(`#/${slug}`);
    assert.equal(await page.getAttribute('html', 'lang'), 'id', slug);
    const prose = await page.locator('[data-testid=explanation]').innerText();
    assert.ok(prose.length > 400, `${slug}: explanation too short`);
    assert.match(prose, /\b(yang|dan|tugas)\b/, `${slug}: not Indonesian`);
    const ex = await page.locator('[data-testid=explanation]').boundingBox();
    const demo = await page.locator('[data-testid=demo]').boundingBox();
    assert.ok(demo.x > ex.x + ex.width - 1, `${slug}: demo panel not beside the explanation`);
    assert.deepEqual(page.errors, [], slug);
    await page.close();
  }
});

test('on a phone the demo panel sits below the explanation', async () => {
  const page = await app.open('#/asyncio', { viewport: { width: 390, height: 844 } });
  const ex = await page.locator('[data-testid=explanation]').boundingBox();
  const demo = await page.locator('[data-testid=demo]').boundingBox();
  assert.ok(demo.y >= ex.y + ex.height - 1, 'stacked');
  assert.ok(ex.width <= 390 && demo.width <= 390, 'no sideways scrolling');
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= 390, `page is ${scrollWidth}px wide`);
  await page.close();
});

test('the toggle switches to English, and the choice survives reload and travels in the link', async () => {
  const page = await app.open('#/threading');
  const nav = page.locator('header nav');
  assert.match(await nav.innerText(), /Beranda/);
  await page.click('[data-testid=lang]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await nav.innerText(), /Home/);
  assert.match(await page.locator('[data-testid=explanation]').innerText(), /The threading module|GIL/);
  assert.match(await page.locator('[data-testid=share-link]').inputValue(), /lang=en/);
  assert.match(page.url(), /#\/threading\?.*lang=en/);
  await page.reload();
  await page.waitForSelector('[data-testid=explanation]');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  // A fresh visit without lang= keeps the saved choice too.
  await page.goto(app.base + '#/celery');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.click('[data-testid=lang]');
  await page.waitForFunction(() => document.documentElement.lang === 'id');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('navigation moves between pages and marks the current one', async () => {
  const page = await app.open('#/');
  await page.click('header nav >> text=multiprocessing');
  await page.waitForFunction(() => location.hash.startsWith('#/multiprocessing'));
  assert.equal(await page.getAttribute('header nav a[aria-current=page]', 'href'), '#/multiprocessing');
  assert.ok(await page.locator('[data-testid=demo] input[name=workers]').count());
  await page.goBack();
  await page.waitForFunction(() => !location.hash.startsWith('#/multiprocessing'));
  assert.equal(await page.getAttribute('header nav a[aria-current=page]', 'href'), '#/');
  assert.deepEqual(page.errors, []);
  await page.close();
});
