// End to end: the real service on loopback, the task pane in Debian's Chromium, Word replaced by fake-word-host.js.
// Screenshots of each tab are written to e2e/screenshots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const service = path.join(root, 'api', 'WordHelper.Api', 'bin', process.env.CONFIGURATION ?? 'Release', 'net10.0', 'WordHelper.Api.dll');
const shots = path.join(here, 'screenshots');

/** @type {import('node:child_process').ChildProcess} */ let api;
/** @type {import('playwright-core').Browser} */ let browser;
let origin = '';
let data = '';

const freePort = () => new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = /** @type {any} */ (s.address()); s.close(() => resolve(port)); });
});

before(async () => {
  data = await mkdtemp(path.join(tmpdir(), 'wordhelper-e2e-'));
  origin = `http://127.0.0.1:${await freePort()}`;
  api = spawn('dotnet', [service], { env: { ...process.env, ASPNETCORE_URLS: origin, Database__Path: path.join(data, 'w.db') }, stdio: 'ignore' });
  for (let i = 0; i < 150; i++) {
    try { if ((await fetch(`${origin}/health`)).ok) break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  await mkdir(shots, { recursive: true });
});

after(async () => {
  await browser?.close();
  api?.kill();
  await rm(data, { recursive: true, force: true });
});

/** Opens the pane at the width of a narrow task pane, over a document: a .docx (base64) and its paragraphs. */
async function openPane(docxName, paragraphs) {
  const page = await browser.newPage({ viewport: { width: 320, height: 860 } });
  const docx = docxName ? (await readFile(path.join(root, 'tests', 'assets', 'corpus', docxName))).toString('base64') : '';
  await page.addInitScript(([d, p]) => { window.testDocx = d; window.testParagraphs = p; }, [docx, paragraphs]);
  const fake = await readFile(path.join(here, 'fake-word-host.js'), 'utf8');
  await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/javascript', body: fake }));
  await page.goto(`${origin}/addin/taskpane.html`);
  return page;
}

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
