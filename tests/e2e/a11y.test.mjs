// axe-core on every page in both languages, before and after a run: no serious or critical
// violations (issue 12). axe is injected from node_modules (no network).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { start } from './harness.mjs';

// Evaluated by the test tool, not added as a <script>: the page's Content-Security-Policy
// refuses inline scripts (csp.test.mjs), and rightly so.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical violations on the page, one line each (rule, impact, first targets). */
async function violations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      summary: v.nodes[0]?.failureSummary,
    }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

test('every page, both languages: no serious or critical axe violations', { timeout: 300_000 }, async () => {
  const app = await start();
  try {
    const home = await app.open('#/');
    const hashes = await home.locator('header nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    await home.close();
    const report = [];
    for (const hash of hashes) {
      for (const lang of ['id', 'en']) {
        const page = await app.open(`${hash}?lang=${lang}`);
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
        for (const v of await violations(page)) report.push({ page: `${hash} ${lang}`, ...v });
        await page.close();
      }
    }
    assert.deepEqual(report, []);
  } finally {
    await app.close();
  }
});

test('after a run (asyncio, multiprocessing): no serious or critical axe violations', { timeout: 180_000 }, async () => {
  const app = await start();
  try {
    const report = [];
    for (const hash of ['#/asyncio?v=1&tasks=20&io_ms=50', '#/multiprocessing?v=1&tasks=4&cpu_ms=20&workers=2']) {
      const page = await app.open(hash);
      await page.click('[data-testid=run]');
      await page.locator('[data-testid=result]').waitFor({ timeout: 60_000 });
      for (const v of await violations(page)) report.push({ page: hash, ...v });
      await page.close();
    }
    assert.deepEqual(report, []);
  } finally {
    await app.close();
  }
});
