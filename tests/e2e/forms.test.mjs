// No edit may be lost: two fields changed in the same tick (an autofill, a script, a fast
// hand) both stick, in the race lab's own form and in a page's main form, and the share link
// shows both.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './harness.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

/** Set several fields and fire their change events in one task, as an autofill would. */
async function setTogether(page, values) {
  await page.evaluate((values) => {
    for (const [name, value] of Object.entries(values)) {
      const el = document.querySelector(`[name=${name}]`);
      if (el.type === 'checkbox') el.checked = value === '1';
      else el.value = value;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }, values);
}

async function linkParams(page) {
  await page.waitForTimeout(100);
  const hash = await page.evaluate(() => location.hash);
  return new URLSearchParams(hash.split('?')[1] ?? '');
}

test('the race lab: two fields changed in the same tick both stick', async () => {
  const page = await app.open('#/threading?v=1');
  await setTogether(page, { race_threads: '12', race_n: '5000' });
  let link = await linkParams(page);
  assert.equal(link.get('race_threads'), '12');
  assert.equal(link.get('race_n'), '5000');
  await setTogether(page, { race_lock: '1', race_threads: '3' });
  link = await linkParams(page);
  assert.equal(link.get('race_lock'), '1', 'the first change is not lost');
  assert.equal(link.get('race_threads'), '3');
  assert.equal(await page.locator('[name=race_n]').inputValue(), '5000');
  await page.close();
});

test('a main form: two fields changed in the same tick both stick', async () => {
  const page = await app.open('#/multiprocessing?v=1');
  await setTogether(page, { tasks: '24', workers: '3', chunksize: '2' });
  const link = await linkParams(page);
  assert.deepEqual([link.get('tasks'), link.get('workers'), link.get('chunksize')], ['24', '3', '2']);
  await page.close();
});

test('a preset and a race-lab field in the same tick both stick', async () => {
  const page = await app.open('#/threading?v=1');
  await page.evaluate(() => {
    const lock = document.querySelector('[name=race_lock]');
    lock.checked = true;
    lock.dispatchEvent(new Event('change', { bubbles: true }));
    document.querySelector('[data-preset]').click();
  });
  const link = await linkParams(page);
  assert.equal(link.get('race_lock'), '1', 'the preset keeps the race lab\'s latest settings');
  await page.close();
});
