import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldInformation, foldedLabel, groupFindings, noteLabel, summarize } from '../src/findings.js';

/** @param {string} category @param {'error'|'warning'|'info'} severity @param {number} paragraph */
const finding = (category, severity, paragraph) => ({ rule: 'VB-X-001', category, severity, message: 'm', paragraph, excerpt: 'e', suggestion: null });

test('groups by category, the ones with errors first, errors first within, with counts', () => {
  const groups = groupFindings([
    finding('citation', 'info', 3), finding('structure', 'warning', 9), finding('citation', 'error', 12), finding('citation', 'warning', 1),
  ]);
  assert.deepEqual(groups.map((g) => g.category), ['citation', 'structure']);
  assert.equal(groups[0].title, 'Trích dẫn văn bản');
  assert.deepEqual(groups[0].findings.map((f) => f.severity), ['error', 'warning', 'info']);
  assert.deepEqual(groups[0].counts, { error: 1, warning: 1, info: 1 });
  assert.deepEqual(groupFindings([finding('agency', 'warning', 1), finding('format', 'info', 2)]).map((g) => g.category), ['format', 'agency']);
});

test('summarizes in Vietnamese', () => {
  assert.equal(summarize([]), 'Không phát hiện vấn đề nào.');
  assert.equal(summarize([finding('format', 'error', 0), finding('format', 'info', 1)]), '1 lỗi, 0 cảnh báo, 1 thông tin');
});

test('a group lists its errors and warnings and folds its information notes, order kept', () => {
  const [group] = groupFindings([finding('citation', 'info', 8), finding('citation', 'error', 12), finding('citation', 'info', 3), finding('citation', 'warning', 1)]);
  const { shown, folded } = foldInformation(group.findings);
  assert.deepEqual(shown.map((f) => [f.severity, f.paragraph]), [['error', 12], ['warning', 1]]);
  assert.deepEqual(folded.map((f) => [f.severity, f.paragraph]), [['info', 3], ['info', 8]]);
  assert.deepEqual(foldInformation([finding('format', 'info', 0)]), { shown: [], folded: [finding('format', 'info', 0)] });
  assert.deepEqual(foldInformation([finding('format', 'error', 0)]).folded, []);
  assert.equal(foldedLabel(2), '2 thông tin');
});

test('a finding in a note says which note, as the reader sees it', () => {
  assert.equal(noteLabel({ kind: 'footnote', number: 3 }), 'Trong chú thích 3 (cuối trang)');
  assert.equal(noteLabel({ kind: 'endnote', number: 'ii' }), 'Trong chú thích cuối văn bản ii');
  assert.equal(noteLabel(undefined), '');
});
