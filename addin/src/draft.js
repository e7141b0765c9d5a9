// The Outlook draft of a document: its subject, the name the document is attached under, and opening the draft.

/** Outlook keeps subjects of up to 255 characters. */
const SUBJECT_LIMIT = 255;
const DEFAULT_NAME = 'van-ban.docx';

/** "KẾ HOẠCH" as a subject starts it: "Kế hoạch". A name already in mixed case stays as it is. @param {string} kind */
function sentenceCase(kind) {
  if (kind !== kind.toLocaleUpperCase('vi')) return kind;
  const lower = kind.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/** @param {string | null | undefined} text */
const tidy = (text) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * The subject of the message: the document's type, number and summary as it states them ("Kế hoạch số 12/KH-UBND:
 * Tổ chức hội nghị…"); a number still blank ("/KH-UBND") is left out; without type and summary, the file's name.
 * @param {import('./api.js').DocumentSummary | null | undefined} document
 * @param {string} fileName
 */
export function draftSubject(document, fileName) {
  const kind = tidy(document?.kind);
  const number = tidy(document?.number);
  const title = tidy(document?.title);
  const numbered = number && !number.startsWith('/') ? number : '';
  const head = kind ? sentenceCase(kind) + (numbered ? ` số ${numbered}` : '') : numbered ? `Văn bản số ${numbered}` : '';
  const subject = head && title ? `${head}: ${title}` : head || title || tidy(fileName.replace(/\.[^.]*$/, '')) || 'Văn bản';
  return subject.length <= SUBJECT_LIMIT ? subject : `${subject.slice(0, SUBJECT_LIMIT - 1).trimEnd()}…`;
}

/**
 * The document's file name from its URL or path as Word gives it (a web address, a local path with either slash),
 * ending in .docx; "van-ban.docx" when the document has not been saved.
 * @param {string | null | undefined} url
 */
export function documentFileName(url) {
  const last = (url ?? '').replace(/[?#].*$/, '').split(/[\\/]/).pop() ?? '';
  let name = last;
  try { name = decodeURIComponent(last); } catch { /* a name with a bare % */ }
  name = name.replace(/[\u0000-\u001f"<>|:*?\\/]/g, '').trim();
  if (!name || name.startsWith('.')) return DEFAULT_NAME;
  return /\.docx$/i.test(name) ? name : `${name.replace(/\.(docm|doc|dotx|dotm|dot|rtf|odt|xml)$/i, '')}.docx`;
}

/**
 * Opens the draft in Outlook on the web: through Office where the host can open a browser window, else a new tab.
 * Only an https address is opened.
 * @param {string} webLink
 * @param {{ office?: typeof Office, open?: (url: string) => unknown }} [host]
 * @returns {boolean} false when it could not be opened (not https, or the window was blocked)
 */
export function openWebLink(webLink, host = {}) {
  const office = host.office ?? (typeof Office === 'undefined' ? undefined : Office);
  const open = host.open ?? ((/** @type {string} */ url) => {
    const opened = window.open(url, '_blank');
    if (opened) opened.opener = null;
    return opened;
  });
  let url;
  try { url = new URL(webLink); } catch { return false; }
  if (url.protocol !== 'https:') return false;
  try {
    if (typeof office?.context?.ui?.openBrowserWindow === 'function' && office.context.requirements.isSetSupported('OpenBrowserWindowApi', '1.1')) {
      office.context.ui.openBrowserWindow(url.href);
      return true;
    }
  } catch { /* fall back to a new tab */ }
  return open(url.href) !== null;
}
