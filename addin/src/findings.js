// Findings of a check, grouped as the Kiểm tra tab shows them.

/** @typedef {{ start: number, length: number, replacement: string }} Fix */
/** @typedef {{ kind: 'footnote' | 'endnote', number: number | string }} NoteLocation */
/** @typedef {{ rule: string, category: string, severity: 'error' | 'warning' | 'info', message: string,
 *              paragraph: number | null, excerpt: string, suggestion: string | null, fix?: Fix, note?: NoteLocation }} Finding */
/** @typedef {{ category: string, title: string, findings: Finding[], counts: { error: number, warning: number, info: number } }} FindingGroup */

/** Categories in the order a drafter reads a document, with their Vietnamese headings. */
/** @type {[string, string][]} */
export const CATEGORIES = [
  ['structure', 'Bố cục văn bản'],
  ['format', 'Thể thức, trình bày'],
  ['citation', 'Trích dẫn văn bản'],
  ['numbering', 'Đánh số đề mục'],
  ['recipients', 'Nơi nhận'],
  ['agency', 'Tên cơ quan'],
  ['consistency', 'Tính nhất quán'],
];

/**
 * Where a finding about a note's text is: the note as the reader sees it. Its paragraph is the one holding the note's
 * reference mark, which is what the pane selects.
 * @param {NoteLocation | undefined} note
 */
export const noteLabel = (note) => !note ? '' :
  note.kind === 'endnote' ? `Trong chú thích cuối văn bản ${note.number}` : `Trong chú thích ${note.number} (cuối trang)`;

export const SEVERITY_TITLES = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' };

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };

/**
 * Groups findings by category, each group sorted by severity then by paragraph, with its counts. Groups holding an
 * error come first; otherwise categories keep reading order. Empty categories are left out.
 * @param {Finding[]} findings
 * @returns {FindingGroup[]}
 */
export function groupFindings(findings) {
  const known = new Map(CATEGORIES);
  const categories = [...CATEGORIES.map(([c]) => c), ...new Set(findings.map((f) => f.category).filter((c) => !known.has(c)))];
  return categories
    .map((category) => {
      const items = findings
        .filter((f) => f.category === category)
        .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.paragraph ?? -1) - (b.paragraph ?? -1));
      const counts = { error: 0, warning: 0, info: 0 };
      for (const f of items) counts[f.severity] += 1;
      return { category, title: known.get(category) ?? category, findings: items, counts };
    })
    .filter((g) => g.findings.length > 0)
    .sort((a, b) => Number(b.counts.error > 0) - Number(a.counts.error > 0));
}

/**
 * A group's findings as the pane lists them: errors and warnings one by one (`shown`), information notes folded away
 * (`folded`) so that they do not bury what must be fixed. Order is kept.
 * @param {Finding[]} findings
 * @returns {{ shown: Finding[], folded: Finding[] }}
 */
export function foldInformation(findings) {
  return { shown: findings.filter((f) => f.severity !== 'info'), folded: findings.filter((f) => f.severity === 'info') };
}

/** The label of the folded notes: "3 thông tin". @param {number} count */
export const foldedLabel = (count) => `${count} thông tin`;

/**
 * A one-line summary: "3 lỗi, 2 cảnh báo, 1 thông tin", or a word of comfort when there is nothing.
 * @param {Finding[]} findings
 */
export function summarize(findings) {
  if (findings.length === 0) return 'Không phát hiện vấn đề nào.';
  const count = (/** @type {Finding['severity']} */ s) => findings.filter((f) => f.severity === s).length;
  return `${count('error')} lỗi, ${count('warning')} cảnh báo, ${count('info')} thông tin`;
}
