// The Content-Security-Policy of www/index.html (issue 12): no eval (WebAssembly is compiled
// under 'wasm-unsafe-eval'), no inline script, no request to anyone but the site, and the whole
// app (every page, the workers, the Celery nodes) works under it with zero violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './harness.mjs';

const PAGES = ['', 'asyncio', 'threading', 'multiprocessing', 'celery', 'bandingkan'];
let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

/** Collects every CSP violation the page and its workers report, and every request. */
function watch(page, base) {
  const seen = { console: [], foreign: [] };
  const origin = new URL(base).origin;
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin + '/') && !/^(blob|data):/.test(url)) seen.foreign.push(url);
  });
  const onConsole = (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) seen.console.push(m.text());
  };
  page.on('console', onConsole);
  page.on('worker', (w) => w.on('console', onConsole));
  return seen;
}

async function violations(page, seen) {
  const events = await page.evaluate(() => window.__csp ?? []);
  return [...events, ...seen.console];
}

async function openWatched(hash) {
  const page = await app.context.newPage();
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const seen = watch(page, app.base);
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(app.base + hash);
  await page.waitForSelector('[data-testid=explanation]');
  return { page, seen };
}

test('the policy is in force: eval and an inline script are refused, and the refusal is seen', async () => {
  const { page, seen } = await openWatched('#/');
  const csp = await page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
  // (Code evaluated by the test tool itself may eval; a string timer is the page's own.)
  await page.evaluate(() => {
    setTimeout('window.__evaled = true', 0);
    const s = document.createElement('script');
    s.textContent = 'window.__inline = true';
    document.body.append(s);
  });
  await page.waitForFunction(() => window.__csp.length >= 2);
  await page.waitForTimeout(100);
  assert.deepEqual(await page.evaluate(() => [window.__evaled, window.__inline]), [undefined, undefined], 'neither ran');
  const seenNow = await violations(page, seen);
  assert.ok(seenNow.some((v) => /^script-src\S* eval /.test(v)), seenNow.join('\n'));
  assert.ok(seenNow.some((v) => /^script-src\S* inline /.test(v)), seenNow.join('\n'));
  await page.close();
});

test('every page, a multiprocessing run, an asyncio run and a Celery run: zero violations, no foreign request', async () => {
  for (const slug of PAGES) {
    const { page, seen } = await openWatched(`#/${slug}`);
    await page.waitForTimeout(300);
    assert.deepEqual(await violations(page, seen), [], slug);
    assert.deepEqual(seen.foreign, [], slug);
    assert.deepEqual(page.errors, [], slug);
    await page.close();
  }
  for (const hash of [
    '#/multiprocessing?v=1&tasks=4&cpu_ms=20&workers=2',
    '#/asyncio?v=1&tasks=20&io_ms=50&limit=5',
    // Node and child workers from blob: URLs, each its own instance of the wasm.
    '#/celery?v=1&tasks=6&io_ms=50&cpu_ms=10&workers=2&concurrency=2&broker=rabbitmq&clock=1000',
  ]) {
    const { page, seen } = await openWatched(hash);
    await page.click('[data-testid=run]');
    await page.locator('[data-testid=result]').waitFor({ timeout: 60_000 });
    // The language toggle fetches the other language's text file.
    const lang = await page.evaluate(() => document.documentElement.lang);
    await page.click('[data-testid=lang]');
    await page.waitForFunction((was) => document.documentElement.lang !== was, lang);
    assert.deepEqual(await violations(page, seen), [], hash);
    assert.deepEqual(seen.foreign, [], hash);
    assert.deepEqual(page.errors, [], hash);
    await page.close();
  }
});
