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
 * Every demo page: each of its prompts and what the link must say once the prompt's button is
 * pressed (the workload that ran), what its example is written with, and the documentation its
 * summary links to.
 */
const PAGES = [
  {
    hash: '#/asyncio',
    prompts: { waves: /tasks=100&io_ms=300&.*limit=20/, 'wait-for': /tasks=10&.*limit=2&timeout_ms=250/ },
    example: /asyncio/,
    docs: [/^https:\/\/docs\.python\.org\/3\/library\/concurrency\.html$/, /\/library\/asyncio\.html$/],
  },
  {
    hash: '#/threading',
    prompts: { 'gil-cpu': /threads=4&tasks=4&cpu_ms=100&io_ms=0/, lock: /race_n=50000&race_lock=1/ },
    example: /threading/,
    docs: [/\/library\/concurrency\.html$/, /\/library\/threading\.html$/],
  },
  {
    hash: '#/multiprocessing',
    prompts: { tiny: /tasks=16&cpu_ms=1&workers=8/, two: /tasks=8&cpu_ms=50&workers=2/ },
    example: /multiprocessing/,
    docs: [/\/library\/concurrency\.html$/, /\/library\/multiprocessing\.html$/],
  },
  {
    hash: '#/celery',
    prompts: {
      'child-killed': /tasks=4&io_ms=1000&.*workers=1&concurrency=2&.*acks_late=0&.*crash=child&crash_at_ms=300/,
      prefetch: /tasks=12&io_ms=300&.*jitter=100&seed=160&workers=2&concurrency=1&prefetch=4/,
    },
    example: /from celery import Celery[\s\S]*\.delay\([\s\S]*\.get\(/,
    docs: [/^https:\/\/docs\.celeryq\.dev\/en\/stable\/userguide\/tasks\.html$/],
  },
  {
    hash: '#/bandingkan',
    prompts: { cpu: /tasks=4&io_ms=0&cpu_ms=300&.*workers=4/, io: /tasks=40&io_ms=100&cpu_ms=0&.*workers=4/ },
    example: /ThreadPoolExecutor[\s\S]*ProcessPoolExecutor/,
    docs: [/\/library\/concurrency\.html$/, /\/library\/concurrent\.futures\.html$/],
  },
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

for (const { hash, prompts, example, docs } of PAGES) {
  test(`${hash}: every prompt runs for real and gives its verdict`, async () => {
    const page = await app.open(hash);
    await closedBehind(page);
    const ids = await page.locator('[data-testid=predict]').evaluateAll((els) => els.map((e) => e.dataset.prompt));
    assert.deepEqual(ids, Object.keys(prompts), "the page's prompts, each with its id");
    for (const [prompt, link] of Object.entries(prompts)) {
      const box = page.locator(`[data-testid=predict][data-prompt=${prompt}]`);
      const options = box.locator('[data-testid=predict-option]');
      assert.ok(await options.count() >= 2);
      // A person picks an answer and presses the button at once: the run waits for its workers.
      await options.first().check();
      await box.locator('[data-testid=predict-run]').click();
      const verdict = box.locator('[data-testid=predict-verdict]');
      await verdict.waitFor({ timeout: 90_000 });
      const data = await verdict.evaluate((e) => ({ ...e.dataset }));
      assert.ok(['true', 'false'].includes(data.held), `${prompt}: data-held=${data.held}`);
      assert.ok(Number.isFinite(Number(data.value)), `${prompt}: measured ${data.value}`);
      // The held answer is one of the prompt's choices, and the first choice was ours.
      const choices = await options.evaluateAll((els) => els.map((e) => e.value));
      assert.ok(choices.includes(data.answer), `${prompt}: ${data.answer} in ${choices}`);
      assert.equal(data.held === 'true', data.answer === choices[0]);
      assert.match(await shareLink(page), link, `${prompt}: the link shows the workload that ran`);
      assert.equal(await box.locator('[aria-live]').count() >= 1, true);
      console.log(`# ${hash} ${prompt}: ${data.answer} (${data.value})`);
    }
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test(`${hash}: misconceptions set their workloads; summary and example are there`, async () => {
    const page = await app.open(hash);
    await closedBehind(page);
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
    const links = await page.locator('[data-testid=summary] a').evaluateAll((as) => as.map((a) => a.href));
    for (const doc of docs) assert.ok(links.some((d) => doc.test(d)), `${doc} in ${links.join(' ')}`);
    const ex = page.locator('[data-testid=example]');
    assert.equal(await ex.count(), 1);
    // The example comes before the generated program.
    const order = await page.evaluate(() => {
      const first = document.querySelector('[data-testid=example]');
      const gen = document.querySelector('[data-testid=python-code]');
      return first.compareDocumentPosition(gen) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    assert.ok(order, 'the example is shown before the generated program');
    assert.match(await ex.locator('[data-testid=example-code]').innerText(), example);
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
