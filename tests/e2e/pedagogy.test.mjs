// The lesson around each demo, as a learner uses it: the behind-the-scenes box starts closed;
// a prediction is answered by a real run; each misconception's button sets the parameters
// that disprove it (the share link follows); a summary and an example are there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './harness.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

/**
 * Each demo page, the prompt a learner answers here (the smallest workload of the page), and
 * what the link must say once its button is pressed.
 */
const PAGES = [
  { hash: '#/asyncio', prompt: 'wait-for', link: /tasks=10&.*limit=2&timeout_ms=250/ },
  { hash: '#/threading', prompt: 'lock', link: /race_n=50000&race_lock=1/ },
  { hash: '#/multiprocessing', prompt: 'tiny', link: /tasks=16&cpu_ms=1&workers=8/ },
];

const shareLink = (page) => page.locator('[data-testid=share-link]').inputValue();

async function closedBehind(page) {
  const behind = page.locator('details[data-testid=behind]');
  assert.equal(await behind.count(), 1, 'one behind-the-scenes box');
  assert.equal(await behind.evaluate((d) => d.open), false, 'closed by default');
  assert.match(await behind.locator('summary').innerText(), /Di balik layar/);
  // Its browser paragraphs are there for whoever opens it.
  await behind.locator('summary').click();
  assert.equal(await behind.evaluate((d) => d.open), true);
  assert.match(await behind.innerText(), /Web Worker|WebAssembly|peramban/);
}

test('Beranda keeps the browser notes in a closed box and ends with a summary', async () => {
  const page = await app.open('#/');
  await closedBehind(page);
  assert.ok(await page.locator('[data-testid=summary] li').count() >= 3);
  assert.equal(await page.locator('[data-testid=predict]').count(), 0);
  assert.deepEqual(page.errors, []);
  await page.close();
});

for (const { hash, prompt, link } of PAGES) {
  test(`${hash}: predict, run for real, and read the verdict`, async () => {
    const page = await app.open(hash);
    await closedBehind(page);
    const prompts = page.locator('[data-testid=predict]');
    assert.ok(await prompts.count() >= 2, 'at least two prompts');
    const box = page.locator(`[data-testid=predict][data-prompt=${prompt}]`);
    const options = box.locator('[data-testid=predict-option]');
    assert.ok(await options.count() >= 2);
    // A person picks an answer and presses the button at once: the run waits for its workers.
    await options.first().check();
    await box.locator('[data-testid=predict-run]').click();
    const verdict = box.locator('[data-testid=predict-verdict]');
    await verdict.waitFor({ timeout: 60_000 });
    const data = await verdict.evaluate((e) => ({ ...e.dataset }));
    assert.ok(['true', 'false'].includes(data.held), `data-held=${data.held}`);
    assert.ok(Number.isFinite(Number(data.value)), `measured ${data.value}`);
    // The held answer is one of the prompt's choices, and the first choice was ours.
    const choices = await options.evaluateAll((els) => els.map((e) => e.value));
    assert.ok(choices.includes(data.answer), `${data.answer} in ${choices}`);
    assert.equal(data.held === 'true', data.answer === choices[0]);
    assert.match(await shareLink(page), link, 'the link shows the workload that ran');
    assert.equal(await box.locator('[aria-live]').count() >= 1, true);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test(`${hash}: misconceptions set their workloads; summary and example are there`, async () => {
    const page = await app.open(hash);
    const myths = page.locator('[data-testid=misconception]');
    const n = await myths.count();
    assert.ok(n >= 3, `${n} misconceptions`);
    for (let i = 0; i < n; i++) {
      const before = await shareLink(page);
      await myths.nth(i).locator('button').click();
      await page.waitForFunction((old) => document.querySelector('[data-testid=share-link]').value !== old, before);
      assert.notEqual(await shareLink(page), before, `misconception ${i + 1} changes the link`);
    }
    assert.ok(await page.locator('[data-testid=summary] li').count() >= 3);
    const docs = await page.locator('[data-testid=summary] a').evaluateAll((as) => as.map((a) => a.href));
    assert.ok(docs.includes('https://docs.python.org/3/library/concurrency.html'), docs.join(' '));
    assert.ok(docs.some((d) => d.endsWith(`/library/${hash.slice(2)}.html`)), docs.join(' '));
    const example = page.locator('[data-testid=example]');
    assert.equal(await example.count(), 1);
    // The example comes before the generated program.
    const order = await page.evaluate(() => {
      const ex = document.querySelector('[data-testid=example]');
      const gen = document.querySelector('[data-testid=python-code]');
      return ex.compareDocumentPosition(gen) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    assert.ok(order, 'the example is shown before the generated program');
    assert.match(await example.locator('[data-testid=example-code]').innerText(), new RegExp(hash.slice(2)));
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}

test('the asyncio verdict follows the measured run: the semaphore waves take about 1,5 s', async () => {
  const page = await app.open('#/asyncio');
  const box = page.locator('[data-testid=predict][data-prompt=waves]');
  await box.locator('[data-testid=predict-option][value="1500ms"]').check();
  await box.locator('[data-testid=predict-run]').click();
  const verdict = box.locator('[data-testid=predict-verdict]');
  await verdict.waitFor({ timeout: 30_000 });
  const data = await verdict.evaluate((e) => ({ ...e.dataset }));
  const ms = Number(data.value);
  assert.ok(ms >= 1_490 && ms < 2_500, `measured ${ms} ms`);
  assert.equal(data.answer, '1500ms');
  assert.equal(data.held, 'true');
  assert.match(await shareLink(page), /tasks=100&io_ms=300/);
  await page.close();
});

test('a prompt works from the keyboard alone, and its verdict is announced', async () => {
  const page = await app.open('#/asyncio');
  const box = page.locator('[data-testid=predict][data-prompt=wait-for]');
  await box.locator('[data-testid=predict-option]').first().focus();
  await page.keyboard.press('Space');
  assert.equal(await box.locator('[data-testid=predict-option]').first().isChecked(), true);
  // The choices are one stop: the next Tab reaches the prompt's button.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'predict-run');
  await page.keyboard.press('Enter');
  const verdict = box.locator('[aria-live=polite] [data-testid=predict-verdict]');
  await verdict.waitFor({ timeout: 30_000 });
  assert.equal(await verdict.getAttribute('data-answer'), 'counts');
  assert.equal(await verdict.getAttribute('data-held'), 'true');
  assert.equal(await box.locator('legend').count(), 1, 'the question labels the choices');
  await page.close();
});

test('without an answer, the prompt asks for one and runs nothing', async () => {
  const page = await app.open('#/asyncio');
  const box = page.locator('[data-testid=predict]').first();
  const before = await shareLink(page);
  await box.locator('[data-testid=predict-run]').click();
  await box.locator('[role=alert]').waitFor();
  assert.equal(await box.locator('[data-testid=predict-verdict]').count(), 0);
  assert.equal(await shareLink(page), before);
  await page.close();
});
