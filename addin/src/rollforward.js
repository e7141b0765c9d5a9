// The Năm trước tab without the DOM: the open document's title to search with, the period to roll to, what the
// summary of a roll-forward says.

/** @typedef {{ kind: string, paragraph: number | null, before: string, after: string }} RollChange */
/** @typedef {{ paragraph: number | null, text: string }} RollComment */
/**
 * @typedef {{ from: string, to: string, summary: Record<string, number>, changes: RollChange[], comments: RollComment[], docx: string }} Rolled
 * what POST /api/rollforward answers: docx is the rolled document in base64
 */
/** @typedef {{ id: string, title: string, path: string, modified: string | null, size: number | null }} ArchivedDocument */

/** The kinds of change, in the order the summary lists them, with what they are called. */
export const SUMMARY_LABELS = /** @type {const} */ ([
  ['period', 'kỳ'],
  ['schedule', 'thời hạn'],
  ['ordinal', 'lần tổ chức'],
  ['number', 'số văn bản'],
  ['date-line', 'dòng ngày tháng'],
  ['agency', 'tên cơ quan'],
  ['comment', 'chú thích'],
]);

/** The headings of a Vietnamese administrative document, with the type the archive knows them by. */
const HEADINGS = /** @type {Record<string, string>} */ ({
  'KẾ HOẠCH': 'KH', 'BÁO CÁO': 'BC', 'QUYẾT ĐỊNH': 'QĐ', 'CHƯƠNG TRÌNH': 'CTr', 'ĐỀ ÁN': 'ĐA', 'THÔNG BÁO': 'TB', 'TỜ TRÌNH': 'TTr',
});

/**
 * A title without its period: "năm 2025", "giai đoạn 2021 - 2025", "quý I/2025", "tháng 10/2025" and bare years go.
 * @param {string} title
 */
export function titleWithoutYear(title) {
  return title
    .replace(/\s*\b(giai đoạn|năm|niên độ)\s+\d{4}(\s*[-–]\s*\d{4})?/giu, ' ')
    .replace(/\s*\b(quý\s+[IV]+|tháng\s+\d{1,2}|\d{1,2}\s+tháng\s+(đầu|cuối)\s+năm|\d{1,2})\s*\/\s*\d{4}/giu, ' ')
    .replace(/(^|\s)\d{4}(\s*[-–]\s*\d{4})?(?=\s|$|[,.;:])/gu, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s,.;:–-]+|[\s,.;:–-]+$/gu, '');
}

/**
 * The open document's title from its first paragraphs: the line under its heading (KẾ HOẠCH, BÁO CÁO…), with the
 * type that heading names; an empty title when there is no heading.
 * @param {string[]} paragraphs
 * @returns {{ title: string, type: string | null }}
 */
export function documentTitle(paragraphs) {
  const lines = paragraphs.map((p) => p.replace(/\s+/gu, ' ').trim());
  const at = lines.findIndex((p) => p.toUpperCase() === p && Object.hasOwn(HEADINGS, p));
  if (at < 0) return { title: '', type: null };
  const title = lines.slice(at + 1).find((p) => p.length > 0) ?? '';
  return { title: title.length > 300 ? '' : title, type: HEADINGS[lines[at]] };
}

/**
 * The period typed by the drafter, as the service takes it: "2026", or "2025-10" (also written 10/2025 or 2025-1).
 * @param {string} text
 * @returns {string | null} null when it is no period
 */
export function parsePeriod(text) {
  const t = text.trim();
  let m = /^(\d{4})$/u.exec(t);
  if (m) return Number(m[1]) >= 1945 && Number(m[1]) <= 2100 ? m[1] : null;
  m = /^(\d{4})-(\d{1,2})$/u.exec(t) ?? /^()(\d{1,2})\/(\d{4})$/u.exec(t);
  if (!m) return null;
  const [year, month] = m[1] ? [m[1], m[2]] : [m[3], m[2]];
  if (Number(year) < 1945 || Number(year) > 2100 || Number(month) < 1 || Number(month) > 12) return null;
  return `${year}-${month.padStart(2, '0')}`;
}

export const BAD_PERIOD = 'Kỳ chuyển sang không hợp lệ: ghi năm (ví dụ 2026) hoặc tháng (ví dụ 2025-10).';

/**
 * The summary's lines, in a fixed order, kinds with nothing left out.
 * @param {Record<string, number>} summary
 * @returns {{ kind: string, label: string, count: number }[]}
 */
export function summaryLines(summary) {
  const known = SUMMARY_LABELS.map(([kind, label]) => ({ kind, label, count: summary[kind] ?? 0 }));
  const other = Object.entries(summary).filter(([kind]) => !SUMMARY_LABELS.some(([k]) => k === kind))
    .map(([kind, count]) => ({ kind, label: 'thay đổi khác', count }));
  return [...known, ...other].filter((l) => l.count > 0);
}

/** One sentence for the whole roll-forward. @param {Rolled} rolled */
export function summarize(rolled) {
  const lines = summaryLines(rolled.summary);
  const changes = rolled.changes.length;
  const head = `Từ ${rolled.from} sang ${rolled.to}: ${changes} thay đổi`;
  return lines.length ? `${head} (${lines.map((l) => `${l.count} ${l.label}`).join(', ')}).` : `${head}.`;
}

/** What a change is called, for its line in the list. @param {string} kind */
export function kindLabel(kind) {
  return SUMMARY_LABELS.find(([k]) => k === kind)?.[1] ?? 'thay đổi khác';
}

/** A modification time as Vietnamese write dates: 05/03/2025. @param {string | null} iso */
export function formatDate(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const two = (/** @type {number} */ n) => String(n).padStart(2, '0');
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** The file name of an archived document, for the upload: its path's last part, a .docx. @param {ArchivedDocument} doc */
export function archivedFileName(doc) {
  const last = doc.path.split(/[\\/]/u).filter(Boolean).pop() ?? '';
  return /\.docx$/iu.test(last) ? last : 'van-ban.docx';
}
