// End to end: the real service on loopback, the task pane in Debian's Chromium, Word replaced by fake-word-host.js.
// Screenshots of each tab are written to e2e/screenshots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { here, startService, launchBrowser, openPane as open } from './service.js';
import { citedDocumentRows } from '../src/cited-documents.js';

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

/** The registry search result of exactly this document. @param {import('playwright-core').Page} page @param {string} name */
const registryResult = (page, name) => page.locator('#citations li').filter({ has: page.locator('.name', { hasText: new RegExp(`^${name}$`) }) });

test('Trích dẫn: a registry document in force goes in at once, as a tagged content control', async () => {
  const page = await openPane(null, ['KẾ HOẠCH']);
  await page.getByRole('tab', { name: 'Trích dẫn' }).click();
  await page.getByLabel('Tìm văn bản').fill('1791');
  const result = registryResult(page, 'Quyết định số 1791/QĐ-TTg');
  assert.equal(await result.locator('.badge').innerText(), 'còn hiệu lực');
  await result.click();
  await page.getByText('Đã chèn trích dẫn 1791/QĐ-TTg.').waitFor();
  assert.equal(await page.locator('#citations .insert-warning').count(), 0);
  const controls = await page.evaluate(() => window.wordHost.controls.map((c) => ({ tag: c.tag, text: c.text })));
  assert.deepEqual(controls, [{ tag: 'wordhelper:citation:1791-qd-ttg', text: 'Quyết định số 1791/QĐ-TTg ngày 15/9/2016 của Thủ tướng Chính phủ về Ngày Công tác xã hội Việt Nam' }]);
});

test('Trích dẫn: a replaced document shows its badge and replacement, and goes in only after "Vẫn chèn"', async () => {
  const page = await openPane(null, ['KẾ HOẠCH']);
  await page.getByRole('tab', { name: 'Trích dẫn' }).click();
  await page.getByLabel('Tìm văn bản').fill('110/2004');
  const result = registryResult(page, 'Nghị định số 110/2004/NĐ-CP');
  assert.equal(await result.locator('.badge').innerText(), 'đã bị thay thế');
  assert.match(await result.innerText(), /thay bằng 30\/2020\/NĐ-CP/);

  const warning = page.locator('#citations .insert-warning');
  const reason = 'Nghị định số 110/2004/NĐ-CP đã bị thay thế bằng văn bản số 30/2020/NĐ-CP. Vẫn chèn trích dẫn văn bản này?';
  await result.click();
  assert.equal(await warning.getByRole('alert').innerText(), reason);
  assert.equal(await page.evaluate(() => window.wordHost.controls.length), 0, 'nothing goes in before the drafter confirms');
  await page.screenshot({ path: path.join(shots, 'trich-dan.png'), fullPage: true });
  await warning.getByRole('button', { name: 'Huỷ' }).click();
  assert.equal(await warning.count(), 0);
  assert.equal(await page.evaluate(() => window.wordHost.controls.length), 0);

  // From the keyboard too: Enter on the result, then the second button.
  await result.focus();
  await page.keyboard.press('Enter');
  await warning.getByRole('button', { name: 'Vẫn chèn' }).click();
  await page.getByText('Đã chèn trích dẫn 110/2004/NĐ-CP.').waitFor();
  assert.equal(await warning.count(), 0);
  assert.deepEqual(await page.evaluate(() => window.wordHost.controls.map((c) => c.tag)), ['wordhelper:citation:110-2004-nd-cp']);
});

/** p-v01.docx's paragraphs where the checker counts them: the findings' and the citations' text as written. */
const planParagraphs = () => {
  const paragraphs = Array.from({ length: 71 }, (_, i) => `Đoạn ${i}`);
  paragraphs[8] = 'Thực hiện Công văn số 593/LĐTBXH-BTXH ngày 24/02/2023 của Bộ Lao động - Thương binh và Xã hội, về việc tổ chức hoạt động kỷ niệm “Ngày Công tác xã hội Việt Nam” lần thứ 7 năm 2023; Công văn số 814/VP-KGVX ngày 01/3/2023 của Văn phòng UBND tỉnh về việc tổ chức hoạt động kỷ niệm “Ngày Công tác xã hội Việt Nam” lần thứ 7 năm 2023.';
  paragraphs[15] = '3. Yêu cầu';
  paragraphs[21] = '- Tổ chức phổ biến tuyên truyền Quyết định số 112/QĐ-TTg ngày 22/01/2021 của Thủ tướng Chính phủ ban hành Chương trình phát triển công tác xã hội giai đoạn 2021 -2030 và Quyết định số 1791/QĐ-TTg ngày 15/9/2016 của Thủ tướng Chính phủ về Ngày Công tác xã hội, trong đó nhấn mạnh tầm quan trọng và ý nghĩa nhân văn của nghề công tác xã hội. Tuyên truyền, biểu dương những gương tập thể và cá nhân làm công tác xã hội trong việc tham gia giải quyết các vấn đề của cá nhân, gia đình, cộng đồng và xã hội; góp phần bảo đảm thực hiện quyền con người, công bằng, tiên bộ xã hội và hạnh phúc của Nhân dân.';
  return paragraphs;
};

/**
 * Opens p-v01.docx and checks it; resolves with the page and the service's report of it.
 * @returns {Promise<{ page: import('playwright-core').Page, report: any }>}
 */
async function checkPlan() {
  const page = await openPane('p-v01.docx', planParagraphs());
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  const answered = page.waitForResponse((r) => r.url().startsWith(`${origin}/api/checks`) && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Kiểm tra văn bản' }).click();
  const report = await (await answered).json();
  await page.getByText('Đánh số đề mục').waitFor();
  return { page, report };
}

test('Kiểm tra: findings by category, information folded, a click selects the text, a fix applies', async () => {
  const { page } = await checkPlan();
  // Errors and warnings listed; each group's information notes under a closed "N thông tin".
  const groups = await page.locator('#findings .group').evaluateAll((all) => all.map((g) => ({
    listed: [...g.querySelectorAll(':scope > .finding')].map((f) => f.className),
    folded: [...g.querySelectorAll(':scope > details')].map((d) => ({
      open: /** @type {HTMLDetailsElement} */ (d).open,
      label: d.querySelector('summary')?.textContent,
      inside: [...d.querySelectorAll('.finding')].map((f) => f.className),
    })),
  })));
  assert.ok(groups.some((g) => g.folded.length > 0), 'p-v01.docx has information notes');
  for (const g of groups) {
    assert.ok(g.listed.every((c) => !/\binfo\b/.test(c)), 'no information note listed one by one');
    assert.ok(g.folded.length <= 1);
    for (const d of g.folded) {
      assert.equal(d.open, false);
      assert.equal(d.label, `${d.inside.length} thông tin`);
      assert.ok(d.inside.length > 0 && d.inside.every((c) => /\binfo\b/.test(c)));
    }
  }
  const folded = page.locator('#findings details').first();
  assert.equal(await folded.locator('.finding').first().isVisible(), false);
  await folded.locator('summary').click();
  assert.equal(await folded.locator('.finding').first().isVisible(), true);

  const finding = page.locator('.finding', { hasText: 'VB-NUM-001' });
  await finding.locator('.target').click();
  assert.deepEqual(await page.evaluate(() => window.wordHost.selection), { paragraph: 15, text: '3. Yêu cầu' });
  await finding.getByRole('button', { name: 'Sửa: 2' }).click();
  await page.getByText('Đã sửa.').waitFor();
  assert.equal(await page.evaluate(() => window.wordHost.paragraphs[15]), '2. Yêu cầu');
});

test('Kiểm tra: the Văn bản được dẫn lists each cited document with its status, a click or Enter selecting it', async () => {
  const { page, report } = await checkPlan();
  assert.ok(Array.isArray(report.citations), 'the report of POST /api/checks carries "citations"');
  const rows = citedDocumentRows(report.citations);
  assert.ok(rows.length >= 4, 'p-v01.docx cites 593/LĐTBXH-BTXH, 814/VP-KGVX, 112/QĐ-TTg and 1791/QĐ-TTg');
  await page.getByRole('heading', { name: `Văn bản được dẫn (${rows.length})` }).waitFor();
  const items = page.locator('#cited-list li');
  assert.equal(await items.count(), rows.length);
  const badges = await items.locator('.badge').allInnerTexts();
  assert.equal(badges.length, rows.length, 'one badge a row');
  assert.ok(badges.every((b) => ['còn hiệu lực', 'hết hiệu lực', 'đã bị thay thế', 'chưa rõ'].includes(b)), badges.join(', '));

  // Quyết định 1791/QĐ-TTg is in the registry, in force; its row selects the citation as written in paragraph 21.
  const at1791 = rows.findIndex((r) => r.citation.number === '1791/QĐ-TTg');
  assert.ok(at1791 >= 0, 'the citation of 1791/QĐ-TTg is reported');
  const c1791 = rows[at1791].citation;
  assert.equal(c1791.paragraph, 21);
  const row1791 = items.nth(at1791);
  assert.match(await row1791.locator('.name').innerText(), /^Quyết định số 1791\/QĐ-TTg$/);
  assert.equal(await row1791.locator('.badge').innerText(), 'còn hiệu lực');
  assert.match(await row1791.innerText(), /ngày 15\/09\/2016/);
  await page.screenshot({ path: path.join(shots, 'kiem-tra.png'), fullPage: true });
  await row1791.click();
  assert.deepEqual(await page.evaluate(() => window.wordHost.selection), { paragraph: 21, text: c1791.excerpt.trim() });

  // The first row, from the keyboard: Công văn 593/LĐTBXH-BTXH of paragraph 8.
  const first = rows[0].citation;
  assert.equal(first.paragraph, 8);
  await items.first().focus();
  await page.keyboard.press('Enter');
  assert.deepEqual(await page.evaluate(() => window.wordHost.selection), { paragraph: 8, text: first.excerpt.trim() });
  assert.match(first.excerpt, /593\/LĐTBXH-BTXH/);
});

/** Gives a directory entry a mail address: the seeded unit of that name when there is one, else a new entry. */
async function withMail(name, mail) {
  const entries = await (await fetch(`${origin}/api/directory`)).json();
  const entry = entries.find((e) => e.name === name);
  const init = { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name, mail, kind: 'unit', aliases: entry?.aliases ?? [] }) };
  const response = entry
    ? await fetch(`${origin}/api/directory/${entry.id}`, { ...init, method: 'PUT' })
    : await fetch(`${origin}/api/directory`, { ...init, method: 'POST' });
  assert.ok(response.ok, `${name}: ${response.status} ${await response.text()}`);
}

/** p-c001.docx's Nơi nhận where the checker counts it: "- UBND tỉnh (B/cáo);" is paragraph 55, the Sở line 58. */
const NOI_NHAN = '- Các Sở: GDĐT, TC, YT, TTTT;';
const corpusParagraphs = () => {
  const paragraphs = Array.from({ length: 70 }, (_, i) => `Đoạn ${i}`);
  paragraphs[55] = '- UBND tỉnh (B/cáo);';
  paragraphs[58] = NOI_NHAN;
  return paragraphs;
};

/** Opens p-c001.docx, with the Sở Y tế and the Sở Tài chính given addresses, and checks it. */
async function checkWithDirectory() {
  await withMail('Sở Y tế', 'soyte@langson.gov.vn');
  await withMail('Sở Tài chính', 'stc@langson.gov.vn');
  const page = await openPane('p-c001.docx', corpusParagraphs());
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  await page.getByRole('button', { name: 'Kiểm tra văn bản' }).click();
  await page.getByRole('heading', { name: 'Danh sách gửi' }).waitFor();
  return page;
}

/** The entry of the Danh sách gửi written exactly so. @param {import('playwright-core').Page} page @param {string} entry */
const recipient = (page, entry) => page.locator('#recipients .recipient').filter({ has: page.locator('.entry', { hasText: new RegExp(`^${entry}$`) }) });

test('Kiểm tra: the Danh sách gửi shows who each entry reaches, a click selects its line, and Outlook in local mode says why not', async () => {
  const page = await checkWithDirectory();
  assert.match(await page.locator('#recipients-summary').innerText(), /^Gửi được tới 2 địa chỉ thư · \d+ nơi chưa có địa chỉ thư · \d+ nơi chưa có trong danh bạ$/);
  assert.equal(await page.locator('.recipient-line .line').filter({ hasText: NOI_NHAN }).count(), 1, 'the line as written, once above its entries');
  const yt = recipient(page, 'Sở YT');
  assert.match(await yt.innerText(), /Sở Y tế\s+soyte@langson\.gov\.vn/);
  assert.match(await yt.getAttribute('class') ?? '', /\bok\b/);
  assert.match(await recipient(page, 'Sở TC').innerText(), /Sở Tài chính\s+stc@langson\.gov\.vn/);
  assert.match(await recipient(page, 'Sở GDĐT').innerText(), /chưa có địa chỉ thư\s+Sở Giáo dục và Đào tạo/);
  // The units the rule pack knows are in the embedded directory, without an address until the office gives one.
  assert.match(await recipient(page, 'UBND tỉnh').innerText(), /chưa có địa chỉ thư\s+Ủy ban nhân dân tỉnh/);
  const unknown = page.locator('#recipients .recipient').filter({ hasText: 'chưa có trong danh bạ' });
  assert.ok(await unknown.count() > 0, 'some entry is not in the directory');
  const entry = (await unknown.first().locator('.entry').innerText()).trim();
  assert.equal(await page.locator('.finding', { hasText: 'VB-REC-010' }).filter({ hasText: `"${entry}"` }).count(), 1);

  await yt.click();
  assert.deepEqual(await page.evaluate(() => window.wordHost.selection), { paragraph: 58, text: NOI_NHAN });

  const sent = page.waitForRequest((r) => r.url() === `${origin}/api/messages/draft` && r.method() === 'POST');
  await page.getByRole('button', { name: 'Soạn thư trong Outlook' }).click();
  const form = (await (await sent).postDataBuffer())?.toString('utf8') ?? '';
  assert.match(form, /name="subject"\r\n\r\nKế hoạch số 45\/KH-SLĐTBXH: Tổ chức các hoạt động kỷ niệm “Ngày Công tác xã hội Việt Nam” lần thứ 7 năm 2023 trên địa bàn tỉnh Lạng Sơn\r\n/);
  assert.deepEqual([...form.matchAll(/name="to"\r\n\r\n([^\r]*)\r\n/g)].map((m) => m[1]).sort(), ['soyte@langson.gov.vn', 'stc@langson.gov.vn']);
  assert.match(form, /name="file"; filename="van-ban\.docx"/);
  const message = page.getByRole('alert');
  await message.filter({ hasText: 'chế độ cục bộ' }).waitFor();
  assert.doesNotMatch(await message.getAttribute('class') ?? '', /\bok\b/);
  assert.equal(await page.getByRole('button', { name: 'Soạn thư trong Outlook' }).isEnabled(), true);
  await page.locator('#recipients').screenshot({ path: path.join(shots, 'danh-sach-gui.png') });
});

test('Soạn thư trong Outlook: while Microsoft 365 makes the draft the pane says so, then opens it in Outlook on the web', async () => {
  const webLink = 'https://outlook.office365.com/owa/?ItemID=AAMkAGI2&exvsurl=1&viewmodel=ReadMessageItem';
  const page = await checkWithDirectory();
  /** @type {(value?: unknown) => void} */ let answer = () => {};
  const answered = new Promise((resolve) => { answer = resolve; });
  await page.route(`${origin}/api/messages/draft`, async (route) => {
    await answered;
    await route.fulfill({ status: 201, contentType: 'application/json', body: JSON.stringify({ id: 'AAMkAGI2', webLink }) });
  });
  const button = page.getByRole('button', { name: 'Soạn thư trong Outlook' });
  await button.click();
  await page.getByText('Đang tạo thư nháp trong Outlook…').waitFor();
  assert.equal(await button.isDisabled(), true);
  answer();
  await page.getByText('Đã tạo thư nháp trong Outlook; kiểm tra rồi bấm Gửi.').waitFor();
  assert.deepEqual(await page.evaluate(() => window.wordHost.opened), [webLink]);
  assert.equal(await button.isEnabled(), true);
  assert.equal(await page.locator('#draft-progress').innerText(), '');
});

test('an unreachable service is a clear Vietnamese message, not a blank pane', async () => {
  const page = await openPane(null, []);
  await page.route(`${origin}/api/**`, (route) => route.abort());
  await page.getByRole('tab', { name: 'Trích dẫn' }).click();
  await page.getByLabel('Tìm văn bản').fill('1791');
  await page.getByText('Không kết nối được máy chủ WordHelper').waitFor();
});
