// The documents a draft cites (the check report's `citations`) and the status of a registry document, in the words a
// drafter reads at a glance: the Văn bản được dẫn list of the Kiểm tra tab and the search results of the Trích dẫn tab.

/** @typedef {import('./api.js').CitationEntry} CitationEntry */
/** @typedef {'in-force' | 'expired' | 'replaced' | 'unknown'} CitationStatus */
/**
 * A citation the checker found in the draft: where (`paragraph`, `excerpt` as written, at most 255 characters, to
 * search for), the whole citation (`text`), what it names, its status, and the registry entry it matched (or, when its
 * number is ambiguous, the `candidates`).
 * @typedef {{ paragraph: number, excerpt: string, text: string, type: string | null, number: string | null, date: string | null,
 *             status: CitationStatus | string, statusNote?: string | null, registry: CitationEntry | null,
 *             candidates?: CitationEntry[] }} Citation
 */
/**
 * A status as shown: `tone` picks the colour accent, `label` says it in words (so colour is never the only sign), `note`
 * is what the source says when that falls short of a verdict.
 * @typedef {{ tone: CitationStatus, label: string, note: string | null }} StatusBadge
 */
/**
 * One row of the Văn bản được dẫn: the document's name, its date as cited (dd/mm/yyyy), its badge, the replacement the
 * registry names, and how many registry entries share its number when it matched none.
 * @typedef {{ citation: Citation, name: string, date: string | null, badge: StatusBadge, replacedBy: string | null,
 *             candidates: number }} CitedDocumentRow
 */

/** @type {Record<CitationStatus, string>} */
export const STATUS_LABELS = { 'in-force': 'còn hiệu lực', expired: 'hết hiệu lực', replaced: 'đã bị thay thế', unknown: 'chưa rõ' };

/**
 * The badge of a status. "in-force" with a note is "chưa rõ": the note is a source's hedge (a document that left the
 * codification "có thể đã hết hiệu lực"), which the pane must not present as a verdict either way.
 * @param {string | null | undefined} status
 * @param {string | null | undefined} [note]
 * @returns {StatusBadge}
 */
export function statusBadge(status, note = null) {
  const tone = status === 'in-force' || status === 'expired' || status === 'replaced' ? status : 'unknown';
  const said = note?.trim() || null;
  if (tone === 'in-force' && said) return { tone: 'unknown', label: STATUS_LABELS.unknown, note: said };
  return { tone, label: STATUS_LABELS[tone], note: said };
}

/** A registry entry's badge. @param {CitationEntry} entry */
export const entryBadge = (entry) => statusBadge(entry.status, entry.statusNote);

/** "2016-09-15" → "15/09/2016"; anything else → null. @param {string | null | undefined} iso */
export function formatCitedDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : null;
}

/**
 * The name a citation is listed under: type and number ("Quyết định số 1791/QĐ-TTg"), the registry's when the
 * draft does not say them, else the excerpt as written.
 * @param {Citation} c
 */
export function citedDocumentName(c) {
  const type = c.type ?? c.registry?.type ?? null;
  const number = c.number ?? c.registry?.number ?? null;
  return type && number ? `${type} số ${number}` : c.excerpt || c.text;
}

/**
 * The rows of the Văn bản được dẫn, in reading order (by paragraph; within one, as the checker found them). One row
 * per occurrence; an occurrence reported twice (same paragraph, same excerpt) is one row, since selecting either would
 * select the same text. Undefined (a service that does not report citations) is no rows.
 * @param {Citation[] | undefined} citations
 * @returns {CitedDocumentRow[]}
 */
export function citedDocumentRows(citations) {
  const seen = new Set();
  return [...(citations ?? [])]
    .sort((a, b) => a.paragraph - b.paragraph)
    .filter((c) => {
      const key = `${c.paragraph}\u0000${c.excerpt}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((c) => ({
      citation: c,
      name: citedDocumentName(c),
      date: formatCitedDate(c.date ?? c.registry?.date),
      badge: statusBadge(c.status, c.statusNote ?? c.registry?.statusNote),
      replacedBy: c.registry?.replacedBy || null,
      candidates: c.registry ? 0 : (c.candidates ?? []).length,
    }));
}

/** The list's heading with its count. @param {number} count */
export const citedDocumentsTitle = (count) => `Văn bản được dẫn (${count})`;

/**
 * Why inserting a registry document deserves a second thought, or null when it does not: a document that has expired
 * or been replaced is rarely what a new draft should cite, and the drafter may not know it has.
 * @param {CitationEntry} entry
 * @returns {string | null}
 */
export function insertWarning(entry) {
  const name = `${entry.type} số ${entry.number}`;
  const replacement = entry.replacedBy ? `văn bản số ${entry.replacedBy}` : null;
  let reason;
  if (entry.status === 'replaced') reason = `${name} đã bị thay thế${replacement ? ` bằng ${replacement}` : ''}.`;
  else if (entry.status === 'expired') reason = `${name} đã hết hiệu lực${replacement ? `; thay bằng ${replacement}` : ''}.`;
  else return null;
  // The source's own words, as one sentence of the warning.
  const note = entry.statusNote?.trim().replace(/[\s.]+$/, '');
  return `${reason}${note ? ` ${note}.` : ''} Vẫn chèn trích dẫn văn bản này?`;
}
