import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OfficeMockObject } from 'office-addin-mock';
import { openDocx, openNewDocx, readOpeningParagraphs, selectFinding, insertCitation, listCitations, readDocumentForCheck, nextSectionNumber, fromRoman, toRoman, CITATION_TAG } from '../src/word.js';

/** A paragraph whose search finds `text` when it holds it, and which records what was selected. */
function paragraph(text, log) {
  return {
    text,
    select() { log.push(`paragraph:${text}`); },
    search(needle) {
      // A range collection: loaded with its parent's sync, as in Word.
      return { items: text.includes(needle) ? [{ select() { log.push(`range:${needle}`); } }] : [], load() {} };
    },
  };
}

/** Installs a Word host over an in-memory document. */
function wordHost(document) {
  const mock = new OfficeMockObject({
    context: { document },
    InsertLocation: { replace: 'Replace' },
    RangeLocation: { start: 'Start' },
    run: async function (callback) { return callback(this.context); },
  });
  globalThis.Word = mock;
  return mock;
}

test('a finding selects its excerpt inside the right paragraph', async () => {
  const log = [];
  wordHost({ body: { paragraphs: { items: [paragraph('KẾ HOẠCH', log), paragraph('3. Yêu cầu', log)] } } });
  assert.equal(await selectFinding(1, 'Yêu cầu'), true);
  assert.deepEqual(log, ['range:Yêu cầu']);
});

test('without the excerpt the whole paragraph is selected; a paragraph that is gone is reported', async () => {
  const log = [];
  wordHost({ body: { paragraphs: { items: [paragraph('KẾ HOẠCH', log)] } } });
  assert.equal(await selectFinding(0, 'không có'), true);
  assert.deepEqual(log, ['paragraph:KẾ HOẠCH']);
  assert.equal(await selectFinding(5, 'x'), false);
});

test('a citation goes in as a tagged content control and is listed back', async () => {
  const inserted = [];
  const control = { tag: '', title: '', insertText(text) { inserted.push(text); } };
  wordHost({
    getSelection() { return { insertContentControl() { return control; } }; },
    contentControls: { items: [{ tag: CITATION_TAG + '1791-qd-ttg', text: 'Quyết định số 1791/QĐ-TTg' }, { tag: 'khác', text: 'x' }] },
  });
  await insertCitation('Quyết định số 1791/QĐ-TTg ngày 15/9/2016', '1791-qd-ttg');
  assert.equal(control.tag, 'wordhelper:citation:1791-qd-ttg');
  assert.equal(control.title, 'Trích dẫn');
  assert.deepEqual(inserted, ['Quyết định số 1791/QĐ-TTg ngày 15/9/2016']);
  assert.deepEqual(await listCitations(), [{ id: '1791-qd-ttg', text: 'Quyết định số 1791/QĐ-TTg' }]);
});

test('the document is read in slices, and from the body OOXML when Word cannot give the file', async () => {
  const ok = { status: 'succeeded' };
  const slices = [[80, 75], [3, 4]];
  globalThis.Office = {
    FileType: { Compressed: 'compressed' },
    AsyncResultStatus: { Succeeded: 'succeeded' },
    context: { document: { getFileAsync(_type, _options, callback) {
      callback({ ...ok, value: { sliceCount: 2, getSliceAsync(i, cb) { cb({ ...ok, value: { data: slices[i] } }); }, closeAsync(cb) { cb(); } } });
    } } },
  };
  const docx = await readDocumentForCheck();
  assert.equal(docx.kind, 'docx');
  assert.deepEqual([...docx.bytes], [80, 75, 3, 4]);

  globalThis.Office.context.document.getFileAsync = (_t, _o, callback) => callback({ status: 'failed', error: new Error('không hỗ trợ') });
  wordHost({ body: { getOoxml() { return { value: '<pkg:package/>' }; } } });
  assert.deepEqual(await readDocumentForCheck(), { kind: 'ooxml', xml: '<pkg:package/>' });
});

test('Roman numerals both ways', () => {
  assert.deepEqual(['I', 'IV', 'IX', 'XIV', 'XL'].map(fromRoman), [1, 4, 9, 14, 40]);
  assert.deepEqual([1, 4, 9, 14, 40].map(toRoman), ['I', 'IV', 'IX', 'XIV', 'XL']);
  assert.equal(fromRoman('ABC'), 0);
});

test('a section inserted at the cursor follows the last numbered section before it', async () => {
  const before = (texts) => ({ paragraphs: { items: texts.map((text) => ({ text })), load() {} } });
  const host = (texts) => wordHost({ body: { getRange() { return {}; } }, getSelection() { return { expandTo() { return before(texts); } }; } });
  host(['KẾ HOẠCH', 'I. MỤC ĐÍCH', 'Nội dung', 'II. NỘI DUNG', '1. Chủ đề']);
  assert.equal(await nextSectionNumber(), 'III');
  host(['KẾ HOẠCH']);
  assert.equal(await nextSectionNumber(), 'I');
});

test('a recipient selects its entry, else its line, else its paragraph', async () => {
  const log = [];
  wordHost({ body: { paragraphs: { items: [paragraph('Nơi nhận:', log), paragraph('- Các Sở: Y tế, Tài chính;', log)] } } });
  assert.equal(await selectFinding(1, ['Sở Y tế', '- Các Sở: Y tế, Tài chính;']), true);
  assert.equal(await selectFinding(1, ['Tài chính', 'x']), true);
  assert.equal(await selectFinding(1, ['Sở Xây dựng', 'không có']), true);
  assert.deepEqual(log, ['range:- Các Sở: Y tế, Tài chính;', 'range:Tài chính', 'paragraph:- Các Sở: Y tế, Tài chính;']);
});

/** A Word host with a body of the given text, recording what is opened or inserted; WordApi 1.5 as told. */
function openingHost(text, { insertFile = true } = {}) {
  const log = [];
  const context = {
    application: { createDocument: (base64) => ({ open: () => log.push(`new:${base64}`) }) },
    document: { body: { text, load() {}, insertFileFromBase64: (base64, where) => log.push(`${where}:${base64}`),
      paragraphs: { items: text.split('\n').map((t) => ({ text: t })), load() {} } } },
    sync: async () => {},
  };
  globalThis.Word = /** @type {any} */ ({ run: async (callback) => callback(context), InsertLocation: { replace: 'Replace' } });
  globalThis.Office = /** @type {any} */ ({ context: { requirements: { isSetSupported: (_set, version) => insertFile || version !== '1.5' } } });
  return log;
}

test('a rolled document goes in place of an empty one, else into a new document', async () => {
  let log = openingHost(' \n');
  assert.equal(await openDocx('UEsDBA=='), 'replaced');
  assert.deepEqual(log, ['Replace:UEsDBA==']);
  log = openingHost('KẾ HOẠCH');
  assert.equal(await openDocx('UEsDBA=='), 'new');
  assert.deepEqual(log, ['new:UEsDBA==']);
  log = openingHost('', { insertFile: false });
  assert.equal(await openDocx('UEsDBA=='), 'new', 'without WordApi 1.5 even an empty document stays as it is');
  assert.deepEqual(log, ['new:UEsDBA==']);
  log = openingHost('');
  await openNewDocx('UEsDBA==');
  assert.deepEqual(log, ['new:UEsDBA==']);
});

test('the opening paragraphs are read as text', async () => {
  openingHost('ỦY BAN NHÂN DÂN\nKẾ HOẠCH\nCải cách hành chính năm 2025\nCăn cứ');
  assert.deepEqual(await readOpeningParagraphs(3), ['ỦY BAN NHÂN DÂN', 'KẾ HOẠCH', 'Cải cách hành chính năm 2025']);
});
