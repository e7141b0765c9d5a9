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

test('every tab passes axe-core', async () => {
  // axe-core comes from a source the pane's Content-Security-Policy allows, as Office.js does.
  const axe = await readFile(axePath, 'utf8');
  const axeUrl = 'https://appsforoffice.microsoft.com/test/axe.min.js';
  const page = await openPane(browser, service.origin, {
    paragraphs: ['KẾ HOẠCH', 'Cải cách hành chính năm 2025'],
    prepare: (p) => p.route(axeUrl, (route) => route.fulfill({ contentType: 'text/javascript', body: axe })),
  });
  await page.locator('#sections li').first().waitFor();
  await page.addScriptTag({ url: axeUrl });
  for (const tab of ['Soạn thảo', 'Trích dẫn', 'Kiểm tra', 'Năm trước']) {
    await page.getByRole('tab', { name: tab }).click();
    const violations = await page.evaluate(async () => (await window.axe.run(document)).violations
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`));
    assert.deepEqual(violations, [], tab);
  }
});
