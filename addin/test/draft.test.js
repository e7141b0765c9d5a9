import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftSubject, documentFileName, openWebLink } from '../src/draft.js';

const summary = (fields) => ({ kind: null, number: null, date: null, issuer: null, title: null, ...fields });

test('the subject is the document as it names itself: type, number, summary', () => {
  assert.equal(draftSubject(summary({ kind: 'KẾ HOẠCH', number: '12/KH-UBND', title: 'Tổ chức hội nghị   tổng kết\nnăm 2025' }), 'van-ban.docx'),
    'Kế hoạch số 12/KH-UBND: Tổ chức hội nghị tổng kết năm 2025');
  assert.equal(draftSubject(summary({ kind: 'ĐIỀU LỆ', title: 'Hội Cựu chiến binh' }), 'a.docx'), 'Điều lệ: Hội Cựu chiến binh');
  assert.equal(draftSubject(summary({ kind: 'KẾ HOẠCH', number: '/KH-SLĐTBXH', title: 'Tổ chức Ngày Công tác xã hội' }), 'a.docx'), 'Kế hoạch: Tổ chức Ngày Công tác xã hội');
  assert.equal(draftSubject(summary({ number: '45/UBND-VX', title: 'V/v triển khai kế hoạch' }), 'a.docx'), 'Văn bản số 45/UBND-VX: V/v triển khai kế hoạch');
  assert.equal(draftSubject(summary({ kind: 'Công văn', number: '45/UBND-VX' }), 'a.docx'), 'Công văn số 45/UBND-VX');
});

test('without type or summary the subject is the file name; a long one is cut to what Outlook keeps', () => {
  assert.equal(draftSubject(undefined, 'Kế hoạch hội nghị.docx'), 'Kế hoạch hội nghị');
  assert.equal(draftSubject(summary({}), '.docx'), 'Văn bản');
  const long = draftSubject(summary({ kind: 'BÁO CÁO', title: 'kết quả '.repeat(60) }), 'a.docx');
  assert.equal(long.length, 255);
  assert.ok(long.endsWith('…'));
});

test('the attachment is named after the open document, whatever form its address takes', () => {
  assert.equal(documentFileName('https://contoso.sharepoint.com/sites/vp/Shared%20Documents/K%E1%BA%BF%20ho%E1%BA%A1ch%2012.docx?web=1'), 'Kế hoạch 12.docx');
  assert.equal(documentFileName('C:\\Users\\an\\Documents\\Báo cáo.docx'), 'Báo cáo.docx');
  assert.equal(documentFileName('/home/an/Tờ trình.doc'), 'Tờ trình.docx');
  assert.equal(documentFileName('https://x/y/100%.docx'), '100%.docx');
  assert.equal(documentFileName(''), 'van-ban.docx');
  assert.equal(documentFileName(null), 'van-ban.docx');
});

test('the draft opens through Office where it can, else in a new tab; only https', () => {
  const opened = [];
  const office = (supported) => ({ context: { requirements: { isSetSupported: () => supported }, ui: { openBrowserWindow: (url) => opened.push(['office', url]) } } });
  const open = (url) => { opened.push(['tab', url]); return {}; };
  const link = 'https://outlook.office.com/mail/deeplink/compose/AAMk%3D?ItemID=AAMk%3D';
  assert.equal(openWebLink(link, { office: office(true), open }), true);
  assert.equal(openWebLink(link, { office: office(false), open }), true);
  assert.deepEqual(opened, [['office', link], ['tab', link]]);
  assert.equal(openWebLink(link, { open: () => null }), false, 'a blocked window');
  assert.equal(openWebLink('javascript:alert(1)', { office: office(true), open }), false);
  assert.equal(openWebLink('không phải địa chỉ', { open }), false);
  assert.equal(opened.length, 2);
});
