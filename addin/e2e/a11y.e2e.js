// End to end, accessibility: axe-core over each tab of the pane, served by the real service, in Debian's Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { startService, launchBrowser, openPane } from './service.js';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** @type {Awaited<ReturnType<typeof startService>>} */ let service;
/** @type {import('playwright-core').Browser} */ let browser;

before(async () => {
  service = await startService();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await service?.stop();
});

// axe-core comes from a source the pane's Content-Security-Policy allows, as Office.js does.
const axeUrl = 'https://appsforoffice.microsoft.com/test/axe.min.js';

/** Opens the pane with axe-core routed in. @param {{ docx?: string | null, paragraphs?: string[] }} document */
async function openWithAxe(document) {
  const axe = await readFile(axePath, 'utf8');
  const page = await openPane(browser, service.origin, {
    ...document,
    prepare: (p) => p.route(axeUrl, (route) => route.fulfill({ contentType: 'text/javascript', body: axe })),
  });
  await page.locator('#sections li').first().waitFor();
  await page.addScriptTag({ url: axeUrl });
  return page;
}

/** axe-core's violations on the page as it is, one line each. @param {import('playwright-core').Page} page */
const violations = (page) => page.evaluate(async () => (await window.axe.run(document)).violations
  .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`));

test('every tab passes axe-core', async () => {
  const page = await openWithAxe({ paragraphs: ['KẾ HOẠCH', 'Cải cách hành chính năm 2025'] });
  for (const tab of ['Soạn thảo', 'Trích dẫn', 'Kiểm tra', 'Năm trước']) {
    await page.getByRole('tab', { name: tab }).click();
    assert.deepEqual(await violations(page), [], tab);
  }
});

test('the results of a check, information opened, and the warning before inserting a replaced document pass axe-core', async () => {
  const page = await openWithAxe({ docx: 'p-v01.docx', paragraphs: Array.from({ length: 71 }, (_, i) => `Đoạn ${i}`) });
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  await page.getByRole('button', { name: 'Kiểm tra văn bản' }).click();
  await page.locator('#findings .group').first().waitFor();
  assert.deepEqual(await violations(page), [], 'Kiểm tra, information folded');
  for (const summary of await page.locator('#findings details summary').all()) await summary.click();
  assert.deepEqual(await violations(page), [], 'Kiểm tra, information opened');

  await page.getByRole('tab', { name: 'Trích dẫn' }).click();
  await page.getByLabel('Tìm văn bản').fill('110/2004');
  await page.locator('#citations li').first().click();
  await page.locator('#citations .insert-warning').waitFor();
  assert.deepEqual(await violations(page), [], 'Trích dẫn, warning before insert');
});
