import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeRecipient, groupRecipients, recipientMails, summarizeRecipients } from '../src/recipients.js';

const line = '- Các Sở: Y tế, Tài chính, Xây dựng;';
const syt = { name: 'Sở Y tế tỉnh Lâm Đồng', mail: 'syt@lamdong.gov.vn', kind: 'unit' };
const recipients = [
  { paragraph: 40, line: '- UBND tỉnh (b/c);', entry: 'UBND tỉnh', status: 'resolved', matches: [{ name: 'Ủy ban nhân dân tỉnh', mail: null, kind: 'unit' }] },
  { paragraph: 41, line, entry: 'Sở Y tế', status: 'resolved', matches: [syt] },
  { paragraph: 41, line, entry: 'Sở Tài chính', status: 'ambiguous', matches: [
    { name: 'Sở Tài chính tỉnh Lâm Đồng', mail: 'stc@lamdong.gov.vn', kind: 'unit' }, { name: 'Sở Tài chính tỉnh Lạng Sơn', mail: null, kind: 'contact' }] },
  { paragraph: 41, line, entry: 'Sở Xây dựng', status: 'not-found', matches: [] },
  { paragraph: 42, line: '- Các sở, ban, ngành;', entry: 'Các sở, ban, ngành', status: 'collective', matches: [] },
  { paragraph: 43, line: '- Giám đốc Sở Y tế;', entry: 'Giám đốc Sở Y tế', status: 'resolved', matches: [{ ...syt, mail: 'SYT@lamdong.gov.vn' }] },
];

test('each status reads as the drafter needs it, with what it resolved to', () => {
  assert.deepEqual(describeRecipient(recipients[1]), { tone: 'ok', status: null, addressees: [syt], mails: ['syt@lamdong.gov.vn'] });
  assert.deepEqual(describeRecipient(recipients[0]), { tone: 'warning', status: 'chưa có địa chỉ thư', addressees: recipients[0].matches, mails: [] });
  assert.deepEqual(describeRecipient(recipients[2]), { tone: 'warning', status: 'khớp nhiều nơi:', addressees: recipients[2].matches, mails: [] });
  assert.deepEqual(describeRecipient(recipients[3]), { tone: 'warning', status: 'chưa có trong danh bạ', addressees: [], mails: [] });
  assert.deepEqual(describeRecipient(recipients[4]), { tone: 'muted', status: 'nơi nhận chung – không tra', addressees: [], mails: [] });
});

test('entries stay under their line, lines in document order', () => {
  const lines = groupRecipients(recipients);
  assert.deepEqual(lines.map((l) => [l.paragraph, l.entries.map((r) => r.entry)]), [
    [40, ['UBND tỉnh']], [41, ['Sở Y tế', 'Sở Tài chính', 'Sở Xây dựng']], [42, ['Các sở, ban, ngành']], [43, ['Giám đốc Sở Y tế']],
  ]);
  assert.equal(lines[1].line, line);
  assert.deepEqual(lines.map((l) => l.sameAsEntry), [false, false, true, true], 'a line that only repeats its entry need not be shown twice');
  assert.deepEqual(groupRecipients([]), []);
});

test('a message goes to the resolved addresses, each once; ambiguous and unaddressed entries add none', () => {
  assert.deepEqual(recipientMails(recipients), ['syt@lamdong.gov.vn']);
  assert.deepEqual(recipientMails(recipients.filter((r) => r.status !== 'resolved')), []);
});

test('a summary line in Vietnamese, or why the list is empty', () => {
  assert.equal(summarizeRecipients(recipients), 'Gửi được tới 1 địa chỉ thư · 1 nơi chưa có địa chỉ thư · 1 nơi chưa có trong danh bạ · 1 nơi khớp nhiều mục');
  assert.equal(summarizeRecipients([recipients[3]]), 'Chưa có địa chỉ thư nào để gửi · 1 nơi chưa có trong danh bạ');
  assert.equal(summarizeRecipients([]), 'Không thấy Kính gửi hay Nơi nhận trong văn bản.');
});
