import { test } from 'node:test';
import assert from 'node:assert/strict';
import { archivedFileName, documentTitle, formatDate, kindLabel, parsePeriod, summarize, summaryLines, titleWithoutYear } from '../src/rollforward.js';

test('a title loses its period, whatever the way it is written', () => {
  assert.equal(titleWithoutYear('Cải cách hành chính nhà nước năm 2026 tỉnh Lâm Đồng'), 'Cải cách hành chính nhà nước tỉnh Lâm Đồng');
  assert.equal(titleWithoutYear('Kết quả công tác cải cách hành chính quý I/2026'), 'Kết quả công tác cải cách hành chính');
  assert.equal(titleWithoutYear('Tình hình kinh tế - xã hội tháng 10/2025'), 'Tình hình kinh tế - xã hội');
  assert.equal(titleWithoutYear('Chương trình giai đoạn 2021 - 2025'), 'Chương trình');
  assert.equal(titleWithoutYear('Tổng kết công tác phòng, chống ma túy 2025.'), 'Tổng kết công tác phòng, chống ma túy');
  assert.equal(titleWithoutYear('Tuyên truyền cải cách hành chính'), 'Tuyên truyền cải cách hành chính');
});

test("the open document's title is the line under its heading, with the type the heading names", () => {
  assert.deepEqual(documentTitle(['ỦY BAN NHÂN DÂN', 'Số: /KH-UBND', '', 'KẾ HOẠCH', '', 'Cải cách hành chính  năm 2026', 'Căn cứ…']),
    { title: 'Cải cách hành chính năm 2026', type: 'KH' });
  assert.deepEqual(documentTitle(['BÁO CÁO', 'Kết quả quý I/2026']), { title: 'Kết quả quý I/2026', type: 'BC' });
  assert.deepEqual(documentTitle(['Kế hoạch này nói về…', 'Nội dung']), { title: '', type: null });
  assert.deepEqual(documentTitle([]), { title: '', type: null });
});

test('a period is a year or a month, as the service takes it', () => {
  assert.equal(parsePeriod(' 2026 '), '2026');
  assert.equal(parsePeriod('2025-10'), '2025-10');
  assert.equal(parsePeriod('2025-1'), '2025-01');
  assert.equal(parsePeriod('10/2025'), '2025-10');
  for (const bad of ['', '26', '2025-13', '2025-0', '13/2025', '1900', 'năm 2026', '2026-10-01']) assert.equal(parsePeriod(bad), null, bad);
});

const rolled = {
  from: 'năm 2025', to: 'năm 2026',
  summary: { period: 3, schedule: 1, ordinal: 1, number: 1, 'date-line': 2, agency: 0, comment: 4 },
  changes: [{ kind: 'period', paragraph: 9, before: 'năm 2025', after: 'năm 2026' }], comments: [], docx: '',
};

test('the summary counts by kind in Vietnamese, in a fixed order, nothing said of what did not happen', () => {
  assert.deepEqual(summaryLines(rolled.summary).map((l) => `${l.count} ${l.label}`),
    ['3 kỳ', '1 thời hạn', '1 lần tổ chức', '1 số văn bản', '2 dòng ngày tháng', '4 chú thích']);
  assert.equal(summarize(rolled), 'Từ năm 2025 sang năm 2026: 1 thay đổi (3 kỳ, 1 thời hạn, 1 lần tổ chức, 1 số văn bản, 2 dòng ngày tháng, 4 chú thích).');
  assert.equal(summarize({ ...rolled, summary: {}, changes: [] }), 'Từ năm 2025 sang năm 2026: 0 thay đổi.');
  assert.deepEqual(summaryLines({ figure: 2 }), [{ kind: 'figure', label: 'thay đổi khác', count: 2 }]);
  assert.equal(kindLabel('date-line'), 'dòng ngày tháng');
  assert.equal(kindLabel('unknown'), 'thay đổi khác');
});

test('dates and file names of archived documents', () => {
  assert.equal(formatDate('2025-03-05T10:00:00'), '05/03/2025');
  assert.equal(formatDate(null), '');
  assert.equal(formatDate('not a date'), '');
  const doc = { id: 'x', title: 't', modified: null, size: null };
  assert.equal(archivedFileName({ ...doc, path: 'KH/2025/Kế hoạch CCHC 2025.docx' }), 'Kế hoạch CCHC 2025.docx');
  assert.equal(archivedFileName({ ...doc, path: 'C:\\kho\\a.DOCX' }), 'a.DOCX');
  assert.equal(archivedFileName({ ...doc, path: 'sites/x/y' }), 'van-ban.docx');
});
