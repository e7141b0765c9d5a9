// End to end: the real service on loopback, the task pane in Debian's Chromium, Word replaced by fake-word-host.js.
// Screenshots of each tab are written to e2e/screenshots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { here, startService, launchBrowser, openPane as open } from './service.js';

const shots = path.join(here, 'screenshots');

/** @type {Awaited<ReturnType<typeof startService>>} */ let service;
/** @type {import('playwright-core').Browser} */ let browser;
let origin = '';

before(async () => {
  service = await startService();
  origin = service.origin;
  browser = await launchBrowser();
  await mkdir(shots, { recursive: true });
});

after(async () => {
  await browser?.close();
  await service?.stop();
});

/** Opens the pane in local mode over a corpus .docx (or none) and its paragraphs. @param {string | null} docx @param {string[]} paragraphs */
const openPane = (docx, paragraphs) => open(browser, origin, { docx, paragraphs });

test('Soạn thảo: a standard section is filled, numbered to fit and inserted at the cursor', async () => {
  const page = await openPane(null, ['KẾ HOẠCH', 'I. MỤC ĐÍCH, YÊU CẦU', 'Nội dung.', 'II. NỘI DUNG', 'Nội dung.']);
  await page.getByText('3. Kinh phí thực hiện').click();
  await page.waitForFunction(() => /** @type {HTMLInputElement} */ (document.getElementById('section-number')).value === 'III');
  await page.getByLabel('kinh phí', { exact: true }).fill('15000000');
  await page.getByLabel('nguồn kinh phí').fill('ngân sách tỉnh');
  await page.getByLabel('năm', { exact: true }).fill('2026');
  await page.screenshot({ path: path.join(shots, 'soan-thao.png'), fullPage: true });
  await page.getByRole('button', { name: 'Chèn vào văn bản' }).click();
  await page.getByText('Đã chèn "Kinh phí thực hiện".').waitFor();
  const inserted = await page.evaluate(() => window.wordHost.inserted);
  assert.equal(inserted.length, 1);
  assert.match(inserted[0].ooxml, /III\. KINH PHÍ THỰC HIỆN/);
  assert.match(inserted[0].ooxml, /Bằng chữ: Mười lăm triệu đồng/);
});

test('Trích dẫn: a registry document goes in as a tagged content control', async () => {
  const page = await openPane(null, ['KẾ HOẠCH']);
  await page.getByRole('tab', { name: 'Trích dẫn' }).click();
  await page.getByLabel('Tìm văn bản').fill('1791');
  await page.getByText('Quyết định số 1791/QĐ-TTg').click();
  await page.getByText('Đã chèn trích dẫn 1791/QĐ-TTg.').waitFor();
  const controls = await page.evaluate(() => window.wordHost.controls.map((c) => ({ tag: c.tag, text: c.text })));
  assert.deepEqual(controls, [{ tag: 'wordhelper:citation:1791-qd-ttg', text: 'Quyết định số 1791/QĐ-TTg ngày 15/9/2016 của Thủ tướng Chính phủ về Ngày Công tác xã hội Việt Nam' }]);
  await page.screenshot({ path: path.join(shots, 'trich-dan.png'), fullPage: true });
});

test('Kiểm tra: findings by category, a click selects the text, a fix applies', async () => {
  const paragraphs = Array.from({ length: 16 }, (_, i) => `Đoạn ${i}`);
  paragraphs[15] = '3. Yêu cầu';
  const page = await openPane('p-v01.docx', paragraphs);
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  await page.getByRole('button', { name: 'Kiểm tra văn bản' }).click();
  await page.getByText('Đánh số đề mục').waitFor();
  await page.screenshot({ path: path.join(shots, 'kiem-tra.png'), fullPage: true });
  const finding = page.locator('.finding', { hasText: 'VB-NUM-001' });
  await finding.click();
  assert.deepEqual(await page.evaluate(() => window.wordHost.selection), { paragraph: 15, text: '3. Yêu cầu' });
  await finding.getByRole('button', { name: 'Sửa: 2' }).click();
  await page.getByText('Đã sửa.').waitFor();
  assert.equal(await page.evaluate(() => window.wordHost.paragraphs[15]), '2. Yêu cầu');
});

test('an unreachable service is a clear Vietnamese message, not a blank pane', async () => {
  const page = await openPane(null, []);
  await page.route(`${origin}/api/**`, (route) => route.abort());
  await page.getByRole('tab', { name: 'Trích dẫn' }).click();
  await page.getByLabel('Tìm văn bản').fill('1791');
  await page.getByText('Không kết nối được máy chủ WordHelper').waitFor();
});
