// Share links: a link restores its parameters; a bad link is explained, never fatal.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './harness.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

const value = (page, name) => page.locator(`[data-testid=demo] [name=${name}]`).inputValue();

test('a link with parameters restores them, quietly', async () => {
  const page = await app.open('#/asyncio?v=1&tasks=20&io_ms=250&limit=5&blocking=1&lang=id');
  assert.equal(await value(page, 'tasks'), '20');
  assert.equal(await value(page, 'io_ms'), '250');
  assert.equal(await value(page, 'limit'), '5');
  assert.equal(await page.locator('[name=blocking]').isChecked(), true);
  assert.equal(await page.locator('[data-testid=notice]').count(), 0);
  const link = await page.locator('[data-testid=share-link]').inputValue();
  assert.ok(link.startsWith(app.base + '#/asyncio?v=1&tasks=20&io_ms=250'), link);
  // The shared link opens the same demo in a new tab.
  const again = await app.open(link.slice(app.base.length));
  assert.equal(await value(again, 'limit'), '5');
  assert.deepEqual([...page.errors, ...again.errors], []);
  await page.close();
  await again.close();
});

test('a malformed link shows the notice, clamps, ignores, and raises no page error', async () => {
  const page = await app.open('#/asyncio?tasks=1e99&io_ms=-5&foo=bar');
  const notice = page.locator('[data-testid=notice]');
  await notice.waitFor();
  assert.equal(await notice.locator('li').count(), 3);
  assert.match(await notice.innerText(), /foo/);
  assert.equal(await value(page, 'tasks'), '100000');
  assert.equal(await value(page, 'io_ms'), '0');
  // The location bar now holds the values actually used.
  assert.match(page.url(), /tasks=100000&io_ms=0/);
  assert.doesNotMatch(page.url(), /foo=bar/);

  const bad = await app.open('#/asyncio?tasks=abc');
  await bad.locator('[data-testid=notice]').waitFor();
  assert.match(await bad.locator('[data-testid=notice]').innerText(), /abc/);
  assert.equal(await value(bad, 'tasks'), '10');

  const nowhere = await app.open('#/gevent?v=7&lang=xx');
  assert.equal(await nowhere.locator('[data-testid=notice] li').count(), 3);
  assert.deepEqual([...page.errors, ...bad.errors, ...nowhere.errors], []);
  await Promise.all([page.close(), bad.close(), nowhere.close()]);
});

test('editing a parameter updates the link in place, without a history entry', async () => {
  const page = await app.open('#/threading');
  const before = await page.evaluate(() => history.length);
  await page.fill('[name=threads]', '8');
  await page.press('[name=threads]', 'Enter');
  await page.waitForFunction(() => location.hash.includes('threads=8'));
  await page.fill('[name=switch_ms]', '500');
  await page.press('[name=switch_ms]', 'Tab');
  await page.waitForFunction(() => location.hash.includes('switch_ms=100'));
  assert.equal(await value(page, 'switch_ms'), '100', 'typed value brought into range');
  await page.uncheck('[name=gil]');
  await page.waitForFunction(() => location.hash.includes('gil=0'));
  assert.equal(await page.evaluate(() => history.length), before);
  assert.match(await page.locator('[data-testid=share-link]').inputValue(), /threads=8.*gil=0/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the copy button copies the link, or says how to copy it', async () => {
  const page = await app.open('#/celery?v=1&workers=3');
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.base.slice(0, -1) });
  await page.click('[data-testid=copy-link]');
  await page.locator('.share [role=status]:not(:empty)').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.locator('[data-testid=share-link]').inputValue());
  await page.close();
});
