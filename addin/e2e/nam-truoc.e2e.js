// End to end, the Năm trước tab: the real service over a local archive folder holding last year's plan, the pane in
// Debian's Chromium, Word replaced by fake-word-host.js. The screenshot is written to e2e/screenshots/nam-truoc.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { here, root, startService, launchBrowser, openPane } from './service.js';

const shots = path.join(here, 'screenshots');
const PLAN = 'Kế hoạch Cải cách hành chính nhà nước năm 2026 tỉnh Lâm Đồng.docx';

/** @type {Awaited<ReturnType<typeof startService>>} */ let service;
/** @type {import('playwright-core').Browser} */ let browser;
let archive = '';

before(async () => {
  archive = await mkdtemp(path.join(tmpdir(), 'wordhelper-archive-'));
  await copyFile(path.join(root, 'tests', 'assets', 'rollforward', 'plans-and-reports', 'vi-kh-ubnd-lamdong-cchc-2026.docx'), path.join(archive, PLAN));
  service = await startService({ Archive__Path: archive });
  browser = await launchBrowser();
  await mkdir(shots, { recursive: true });
});

after(async () => {
  await browser?.close();
  await service?.stop();
  if (archive) await rm(archive, { recursive: true, force: true });
});

test('Năm trước: last year\'s plan found by the open document\'s title, rolled forward, the summary shown, opened as a new document', async () => {
  const page = await openPane(browser, service.origin, { paragraphs: ['ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', 'KẾ HOẠCH', 'Cải cách hành chính nhà nước năm 2027 tỉnh Lâm Đồng', 'Căn cứ…'] });
  await page.getByRole('tab', { name: 'Năm trước' }).click();
  const query = page.getByLabel('Tiêu đề văn bản kỳ trước');
  await page.waitForFunction(() => /** @type {HTMLInputElement} */ (document.getElementById('archive-query')).value !== '');
  assert.equal(await query.inputValue(), 'Cải cách hành chính nhà nước tỉnh Lâm Đồng');
  const period = page.getByLabel('Chuyển sang kỳ (năm hoặc tháng)');
  assert.equal(await period.inputValue(), String(new Date().getFullYear()));

  await period.fill('năm sau');
  await page.getByRole('button', { name: 'Tìm trong kho lưu trữ' }).click();
  const result = page.locator('#archive-results li', { hasText: 'Cải cách hành chính nhà nước' });
  await result.waitFor();
  await result.getByRole('button', { name: /^Mở/ }).click();
  await page.getByRole('alert').filter({ hasText: 'Kỳ chuyển sang không hợp lệ' }).waitFor();
  assert.equal(await page.evaluate(() => window.wordHost.created.length), 0);

  await period.fill('2027');
  await result.getByRole('button', { name: /^Mở/ }).click();
  await page.getByText('Đã mở văn bản đã chuyển kỳ thành văn bản mới trong Word.').waitFor();
  const summary = await page.locator('#roll-summary-text').innerText();
  assert.match(summary, /^Từ năm 2026 sang năm 2027: \d+ thay đổi \(\d+ kỳ/);
  assert.ok(await page.locator('#roll-summary li').count() > 0);
  assert.ok(await page.locator('#roll-changes li').count() > 0);
  assert.match(await page.locator('#roll-changes li').first().innerText(), /→/);
  const created = await page.evaluate(() => window.wordHost.created);
  assert.equal(created.length, 1);
  assert.match(created[0], /^UEsDB/);
  assert.deepEqual(await page.evaluate(() => window.wordHost.replaced), []);
  await page.screenshot({ path: path.join(shots, 'nam-truoc.png'), fullPage: true });
});

test('Năm trước: into an empty document the result goes in place, and a document without a period says why', async () => {
  const page = await openPane(browser, service.origin, { paragraphs: [''] });
  await page.getByRole('tab', { name: 'Năm trước' }).click();
  await page.getByLabel('Tiêu đề văn bản kỳ trước').fill('cải cách hành chính');
  await page.getByLabel('Chuyển sang kỳ (năm hoặc tháng)').fill('2027');
  await page.getByRole('button', { name: 'Tìm trong kho lưu trữ' }).click();
  await page.locator('#archive-results li').first().getByRole('button', { name: /^Mở/ }).click();
  await page.getByText('Đã đưa văn bản đã chuyển kỳ vào văn bản đang mở.').waitFor();
  const replaced = await page.evaluate(() => window.wordHost.replaced);
  assert.equal(replaced.length, 1);
  assert.match(replaced[0].base64, /^UEsDB/);
  assert.equal(replaced[0].where, 'Replace');
  assert.equal(await page.evaluate(() => window.wordHost.created.length), 0);
  // The changes now point into the open document.
  assert.equal(await page.locator('#roll-changes li[tabindex]').count() > 0, true);

  // The open document itself goes to a new document, the open one untouched.
  const letter = await openPane(browser, service.origin, { docx: 'p-v01.docx', paragraphs: ['Đoạn 0'] });
  await letter.getByRole('tab', { name: 'Năm trước' }).click();
  await letter.getByLabel('Chuyển sang kỳ (năm hoặc tháng)').fill('2027');
  await letter.getByRole('button', { name: 'Chuyển văn bản đang mở' }).click();
  await letter.getByText('Đã mở văn bản đã chuyển kỳ thành văn bản mới trong Word; văn bản đang mở giữ nguyên.').waitFor();
  const created = await letter.evaluate(() => window.wordHost.created);
  assert.equal(created.length, 1);
  assert.match(created[0], /^UEsDB/);
  assert.deepEqual(await letter.evaluate(() => window.wordHost.paragraphs), ['Đoạn 0']);

  // A document whose period the service cannot find: its Vietnamese reason, and nothing opened.
  const unknown = 'Không xác định được kỳ của văn bản: không thấy năm hoặc tháng nào trong tiêu đề.';
  await letter.route(`${service.origin}/api/rollforward`, (route) => route.fulfill({ status: 422, contentType: 'application/problem+json', body: JSON.stringify({ title: 'Không xử lý được', detail: unknown }) }));
  await letter.getByRole('button', { name: 'Chuyển văn bản đang mở' }).click();
  const message = letter.getByRole('alert').filter({ hasText: unknown });
  await message.waitFor();
  assert.doesNotMatch(await message.getAttribute('class') ?? '', /\bok\b/);
  assert.equal(await letter.evaluate(() => window.wordHost.created.length), 1);
  assert.equal(await letter.locator('#roll-progress').innerText(), '');
  assert.equal(await letter.getByRole('button', { name: 'Chuyển văn bản đang mở' }).isEnabled(), true);
});
