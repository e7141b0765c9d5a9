import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citedDocumentName, citedDocumentRows, citedDocumentsTitle, formatCitedDate, insertWarning, statusBadge, STATUS_LABELS } from '../src/cited-documents.js';

const NOTE = 'Không còn trong Bộ pháp điển bản 2025 (có thể đã hết hiệu lực; cần kiểm tra)';

/** A registry entry as GET /api/citations and the report's `registry` give it. */
const entry = (over = {}) => ({
  id: '1791-qd-ttg', type: 'Quyết định', number: '1791/QĐ-TTg', date: '2016-09-15', issuer: 'Thủ tướng Chính phủ',
  summary: 'về Ngày Công tác xã hội Việt Nam', status: 'in-force', replacedBy: null, source: 'from memory', statusNote: null, effectiveFrom: null, ...over,
});

/** A citation of the check report. */
const citation = (over = {}) => ({
  paragraph: 21, excerpt: 'Quyết định số 1791/QĐ-TTg ngày 15/9/2016', text: 'Quyết định số 1791/QĐ-TTg ngày 15/9/2016 của Thủ tướng Chính phủ về Ngày Công tác xã hội',
  type: 'Quyết định', number: '1791/QĐ-TTg', date: '2016-09-15', status: 'in-force', registry: entry(), ...over,
});

const replaced110 = entry({ id: '110-2004-nd-cp', type: 'Nghị định', number: '110/2004/NĐ-CP', date: '2004-04-08', issuer: 'Chính phủ', summary: 'về công tác văn thư', status: 'replaced', replacedBy: '30/2020/NĐ-CP' });

test('each status has its label; an unknown or missing one is "chưa rõ"', () => {
  assert.deepEqual(statusBadge('in-force'), { tone: 'in-force', label: 'còn hiệu lực', note: null });
  assert.deepEqual(statusBadge('expired'), { tone: 'expired', label: 'hết hiệu lực', note: null });
  assert.deepEqual(statusBadge('replaced'), { tone: 'replaced', label: 'đã bị thay thế', note: null });
  assert.deepEqual(statusBadge('unknown'), { tone: 'unknown', label: 'chưa rõ', note: null });
  assert.deepEqual(statusBadge('repealed'), { tone: 'unknown', label: 'chưa rõ', note: null });
  assert.deepEqual(statusBadge(undefined), { tone: 'unknown', label: 'chưa rõ', note: null });
  assert.deepEqual(Object.values(STATUS_LABELS), ['còn hiệu lực', 'hết hiệu lực', 'đã bị thay thế', 'chưa rõ']);
});

test('"in-force" with a note from its source is "chưa rõ", explained by the note; other statuses keep their label and the note', () => {
  assert.deepEqual(statusBadge('in-force', NOTE), { tone: 'unknown', label: 'chưa rõ', note: NOTE });
  assert.deepEqual(statusBadge('in-force', '  '), { tone: 'in-force', label: 'còn hiệu lực', note: null });
  assert.deepEqual(statusBadge('expired', NOTE), { tone: 'expired', label: 'hết hiệu lực', note: NOTE });
});

test('a cited document is named by its type and number, the registry\'s when the draft lacks them, else by the excerpt', () => {
  assert.equal(citedDocumentName(citation()), 'Quyết định số 1791/QĐ-TTg');
  assert.equal(citedDocumentName(citation({ type: null })), 'Quyết định số 1791/QĐ-TTg');
  assert.equal(citedDocumentName(citation({ type: null, registry: null, excerpt: 'Công văn 593/LĐTBXH-BTXH' })), 'Công văn 593/LĐTBXH-BTXH');
  assert.equal(citedDocumentName(citation({ number: null, registry: null, excerpt: 'Luật Ban hành văn bản quy phạm pháp luật' })), 'Luật Ban hành văn bản quy phạm pháp luật');
  assert.equal(formatCitedDate('2016-09-15'), '15/09/2016');
  assert.equal(formatCitedDate(null), null);
  assert.equal(formatCitedDate('15/9/2016'), null);
});

test('rows in reading order, one per occurrence, an occurrence reported twice shown once', () => {
  const c593 = citation({ paragraph: 8, excerpt: 'Công văn số 593/LĐTBXH-BTXH ngày 24/02/2023', type: 'Công văn', number: '593/LĐTBXH-BTXH', date: '2023-02-24', status: 'unknown', registry: null });
  const c112 = citation({ excerpt: 'Quyết định số 112/QĐ-TTg ngày 22/01/2021', number: '112/QĐ-TTg', date: '2021-01-22', registry: entry({ id: '112-qd-ttg', number: '112/QĐ-TTg' }) });
  const later = citation({ paragraph: 40 });
  const rows = citedDocumentRows([later, c112, citation(), c593, citation()]);
  assert.deepEqual(rows.map((r) => [r.citation.paragraph, r.name]), [
    [8, 'Công văn số 593/LĐTBXH-BTXH'], [21, 'Quyết định số 112/QĐ-TTg'], [21, 'Quyết định số 1791/QĐ-TTg'], [40, 'Quyết định số 1791/QĐ-TTg'],
  ]);
  assert.deepEqual(rows.map((r) => r.badge.label), ['chưa rõ', 'còn hiệu lực', 'còn hiệu lực', 'còn hiệu lực']);
  assert.deepEqual(rows.map((r) => r.date), ['24/02/2023', '22/01/2021', '15/09/2016', '15/09/2016']);
  assert.deepEqual(citedDocumentRows(undefined), []);
  assert.deepEqual(citedDocumentRows([]), []);
  assert.equal(citedDocumentsTitle(rows.length), 'Văn bản được dẫn (4)');
});

test('a row carries the replacement, the source\'s note and, without a match, how many entries share the number', () => {
  const [replaced] = citedDocumentRows([citation({ type: 'Nghị định', number: '110/2004/NĐ-CP', date: null, status: 'replaced', registry: replaced110 })]);
  assert.deepEqual([replaced.name, replaced.date, replaced.badge.label, replaced.replacedBy], ['Nghị định số 110/2004/NĐ-CP', '08/04/2004', 'đã bị thay thế', '30/2020/NĐ-CP']);
  const [hedged] = citedDocumentRows([citation({ statusNote: NOTE })]);
  assert.deepEqual(hedged.badge, { tone: 'unknown', label: 'chưa rõ', note: NOTE });
  const [fromRegistry] = citedDocumentRows([citation({ registry: entry({ statusNote: NOTE }) })]);
  assert.equal(fromRegistry.badge.note, NOTE, 'the registry entry\'s note when the citation carries none');
  const [ambiguous] = citedDocumentRows([citation({ status: 'unknown', registry: null, candidates: [entry(), entry({ id: 'other' })] })]);
  assert.deepEqual([ambiguous.badge.label, ambiguous.candidates, ambiguous.replacedBy], ['chưa rõ', 2, null]);
});

test('inserting an expired or replaced document asks first, with the reason and the replacement; others go in at once', () => {
  assert.equal(insertWarning(replaced110), 'Nghị định số 110/2004/NĐ-CP đã bị thay thế bằng văn bản số 30/2020/NĐ-CP. Vẫn chèn trích dẫn văn bản này?');
  assert.equal(insertWarning({ ...replaced110, replacedBy: null }), 'Nghị định số 110/2004/NĐ-CP đã bị thay thế. Vẫn chèn trích dẫn văn bản này?');
  const expired = entry({ number: '32/2010/QĐ-TTg', status: 'expired', replacedBy: '112/QĐ-TTg' });
  assert.equal(insertWarning(expired), 'Quyết định số 32/2010/QĐ-TTg đã hết hiệu lực; thay bằng văn bản số 112/QĐ-TTg. Vẫn chèn trích dẫn văn bản này?');
  assert.equal(insertWarning({ ...expired, replacedBy: null, statusNote: 'Hết thời hạn thực hiện đề án.' }),
    'Quyết định số 32/2010/QĐ-TTg đã hết hiệu lực. Hết thời hạn thực hiện đề án. Vẫn chèn trích dẫn văn bản này?');
  assert.equal(insertWarning(entry()), null);
  assert.equal(insertWarning(entry({ statusNote: NOTE })), null, 'a hedge is shown on the badge, not in the way');
});
