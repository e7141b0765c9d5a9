// The status of cited documents on screen: the Văn bản được dẫn list of the Kiểm tra tab, and the registry search
// results of the Trích dẫn tab with their inline warning before an expired or replaced document goes in.
import { el, onActivate } from './dom.js';
import { citedDocumentRows, citedDocumentsTitle, entryBadge, formatCitedDate, insertWarning } from './cited-documents.js';

/** @typedef {import('./cited-documents.js').Citation} Citation */
/** @typedef {import('./cited-documents.js').CitedDocumentRow} CitedDocumentRow */
/** @typedef {import('./cited-documents.js').StatusBadge} StatusBadge */
/** @typedef {import('./api.js').CitationEntry} CitationEntry */

/** A status badge: words on a coloured accent; the note, when there is one, as its title. @param {StatusBadge} badge */
export function badgeElement(badge) {
  return el('span', { class: `badge ${badge.tone}`, ...(badge.note ? { title: badge.note } : {}) }, [badge.label]);
}

/**
 * The small lines under a name: the replacement, then the source's note (visible: a title alone is lost on touch).
 * @param {string | null} replacedBy @param {string | null} note
 */
const statusLines = (replacedBy, note) => [
  ...(replacedBy ? [el('span', { class: 'sub replaced-by' }, [`thay bằng ${replacedBy}`])] : []),
  ...(note ? [el('span', { class: 'sub note' }, [note])] : []),
];

/** @param {CitedDocumentRow} row @param {(paragraph: number, excerpt: string) => void} onSelect */
function citedItem(row, onSelect) {
  const { citation } = row;
  const item = el('li', { class: 'cited', title: `Chọn trong văn bản: ${citation.text || citation.excerpt}` }, [
    el('span', { class: 'name' }, [row.name]),
    badgeElement(row.badge),
    ...(row.date ? [el('span', { class: 'sub' }, [`ngày ${row.date}`])] : []),
    ...statusLines(row.replacedBy, row.badge.note),
    ...(row.candidates > 1 ? [el('span', { class: 'sub' }, [`số này khớp ${row.candidates} văn bản trong sổ đăng ký`])] : []),
  ]);
  return onActivate(item, () => onSelect(citation.paragraph, citation.excerpt));
}

/**
 * Fills the Văn bản được dẫn: its heading with the count, then one row per citation in reading order; activating a
 * row calls onSelect with where its text is. Hidden when the service did not report citations (an older one).
 * @param {{ section: HTMLElement, title: HTMLElement, list: HTMLElement }} where
 * @param {Citation[] | undefined} citations
 * @param {(paragraph: number, excerpt: string) => void} onSelect
 */
export function showCitedDocuments({ section, title, list }, citations, onSelect) {
  section.hidden = !citations;
  if (!citations) return;
  const rows = citedDocumentRows(citations);
  title.textContent = citedDocumentsTitle(rows.length);
  list.replaceChildren(...(rows.length
    ? rows.map((row) => citedItem(row, onSelect))
    : [el('li', { class: 'empty' }, ['Văn bản không dẫn văn bản nào khác.'])]));
}

let warnings = 0;

/**
 * A registry search result: name, badge, issuer and summary. Activating it inserts the document at once when nothing
 * speaks against it; an expired or replaced one first shows, under it, why, with "Vẫn chèn" and "Huỷ" (Office add-ins
 * have no window.confirm).
 * @param {CitationEntry} entry
 * @param {(entry: CitationEntry) => void} onInsert
 */
export function registryResult(entry, onInsert) {
  const badge = entryBadge(entry);
  const date = formatCitedDate(entry.date);
  const item = el('li', { class: 'registry-entry' }, [
    el('span', { class: 'name' }, [`${entry.type} số ${entry.number}`]),
    badgeElement(badge),
    el('span', { class: 'sub' }, [[entry.issuer, date && `ngày ${date}`, entry.summary].filter(Boolean).join(' · ')]),
    ...statusLines(entry.replacedBy, badge.note),
  ]);
  return onActivate(item, () => {
    const warning = insertWarning(entry);
    if (!warning) { onInsert(entry); return; }
    item.parentElement?.querySelectorAll('.insert-warning').forEach((w) => w.remove());
    const id = `insert-warning-${++warnings}`;
    const insert = el('button', { type: 'button', class: 'danger', 'aria-describedby': id }, ['Vẫn chèn']);
    const cancel = el('button', { type: 'button', 'aria-describedby': id }, ['Huỷ']);
    const box = el('li', { class: 'insert-warning' }, [el('p', { id, role: 'alert' }, [warning]), el('div', { class: 'actions' }, [insert, cancel])]);
    insert.addEventListener('click', () => { box.remove(); onInsert(entry); });
    cancel.addEventListener('click', () => { box.remove(); item.focus(); });
    item.after(box);
    cancel.focus();
  });
}
