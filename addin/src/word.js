// What the task pane does in Word, through Office.js. Requirement sets: WordApi 1.1 (search, OOXML, content
// controls), 1.3 (a new document), 1.4 (comments, checked at run time), 1.5 (a file into the open document, checked
// at run time).

/** Prefix of the tag of citation content controls: the registry id follows. */
export const CITATION_TAG = 'wordhelper:citation:';

/** Word's search takes at most 255 characters. */
const SEARCH_LIMIT = 255;
const SLICE_SIZE = 4 * 1024 * 1024;

/**
 * The open document for checking: the .docx itself, read in slices; where Word cannot give it (Word on the web has
 * been fragile here), the flat-OPC package of the body.
 * @returns {Promise<{ kind: 'docx', bytes: Uint8Array<ArrayBuffer> } | { kind: 'ooxml', xml: string }>}
 */
export async function readDocumentForCheck() {
  try {
    return { kind: 'docx', bytes: await readDocx() };
  } catch {
    return Word.run(async (context) => {
      const ooxml = context.document.body.getOoxml();
      await context.sync();
      return { kind: 'ooxml', xml: ooxml.value };
    });
  }
}

/** The open document as a .docx, read in slices; rejects where Word cannot give it. @returns {Promise<Uint8Array<ArrayBuffer>>} */
export function readDocx() {
  return new Promise((resolve, reject) => {
    Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: SLICE_SIZE }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) return reject(result.error);
      const file = result.value;
      /** @type {Uint8Array[]} */
      const slices = [];
      const close = () => file.closeAsync(() => {});
      /** @param {number} index */
      const next = (index) => {
        if (index >= file.sliceCount) {
          close();
          const bytes = new Uint8Array(slices.reduce((n, s) => n + s.length, 0));
          let at = 0;
          for (const s of slices) { bytes.set(s, at); at += s.length; }
          return resolve(bytes);
        }
        file.getSliceAsync(index, (slice) => {
          if (slice.status !== Office.AsyncResultStatus.Succeeded) { close(); return reject(slice.error); }
          slices.push(new Uint8Array(slice.value.data));
          next(index + 1);
        });
      };
      next(0);
    });
  });
}

/**
 * Selects what a finding (or a recipient) points at: the excerpt inside its paragraph when Word finds it, else the
 * next excerpt given, else the whole paragraph. Paragraph indexes count the body's paragraphs in document order, table
 * cells included, as the checker does.
 * @param {number} index
 * @param {string | string[]} excerpts
 * @returns {Promise<boolean>} false when the document no longer has that paragraph
 */
export async function selectFinding(index, excerpts) {
  return Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items');
    await context.sync();
    if (index < 0 || index >= paragraphs.items.length) return false;
    const paragraph = paragraphs.items[index];
    for (const excerpt of typeof excerpts === 'string' ? [excerpts] : excerpts) {
      const needle = excerpt.trim();
      if (needle.length === 0 || needle.length > SEARCH_LIMIT) continue;
      const found = paragraph.search(needle, { matchCase: true });
      found.load('items');
      await context.sync();
      if (found.items.length > 0) {
        found.items[0].select();
        await context.sync();
        return true;
      }
    }
    paragraph.select();
    await context.sync();
    return true;
  });
}

/** @param {string} roman @returns {number} 0 when it is not a Roman numeral */
export function fromRoman(roman) {
  /** @type {Record<string, number>} */
  const values = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = values[roman[i]];
    if (!v) return 0;
    total += v < (values[roman[i + 1]] ?? 0) ? -v : v;
  }
  return total;
}

/** @param {number} n @returns {string} */
export function toRoman(n) {
  /** @type {[number, string][]} */
  const table = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

/**
 * The number a section inserted at the cursor should carry: one more than the last Roman-numbered heading before
 * the cursor ("II. NỘI DUNG" → "III"), or "I".
 * @returns {Promise<string>}
 */
export async function nextSectionNumber() {
  return Word.run(async (context) => {
    const before = context.document.getSelection().expandTo(context.document.body.getRange(Word.RangeLocation.start));
    const paragraphs = before.paragraphs;
    paragraphs.load('items/text');
    await context.sync();
    let last = 0;
    for (const p of paragraphs.items) {
      const m = /^\s*([IVXLC]{1,7})\s*[.)]\s/.exec(p.text);
      if (m) last = fromRoman(m[1]) || last;
    }
    return toRoman(last + 1);
  });
}

/**
 * Inserts a rendered section (flat OPC from the service) where the cursor is.
 * @param {string} ooxml
 */
export async function insertOoxmlAtCursor(ooxml) {
  await Word.run(async (context) => {
    context.document.getSelection().insertOoxml(ooxml, Word.InsertLocation.replace);
    await context.sync();
  });
}

/**
 * Inserts a citation at the cursor as a content control tagged with its registry id, so that it can be found and
 * refreshed later.
 * @param {string} text
 * @param {string} registryId
 */
export async function insertCitation(text, registryId) {
  await Word.run(async (context) => {
    const control = context.document.getSelection().insertContentControl();
    control.tag = CITATION_TAG + registryId;
    control.title = 'Trích dẫn';
    control.insertText(text, Word.InsertLocation.replace);
    await context.sync();
  });
}

/**
 * The citations already inserted: registry id and current text of each content control.
 * @returns {Promise<{ id: string, text: string }[]>}
 */
export async function listCitations() {
  return Word.run(async (context) => {
    const controls = context.document.contentControls;
    controls.load('items');
    await context.sync();
    return controls.items
      .filter((c) => (c.tag ?? '').startsWith(CITATION_TAG))
      .map((c) => ({ id: c.tag.slice(CITATION_TAG.length), text: c.text }));
  });
}

/**
 * Replaces the text of every content control of a citation with its current formatted text.
 * @param {string} registryId
 * @param {string} text
 * @returns {Promise<number>} how many were refreshed
 */
export async function refreshCitation(registryId, text) {
  return Word.run(async (context) => {
    const controls = context.document.contentControls.getByTag(CITATION_TAG + registryId);
    controls.load('items');
    await context.sync();
    for (const c of controls.items) c.insertText(text, Word.InsertLocation.replace);
    await context.sync();
    return controls.items.length;
  });
}

/**
 * Applies a mechanical fix: the characters it replaces are taken from the paragraph as Word has it now, found, and
 * replaced.
 * @param {number} index paragraph index
 * @param {import('./findings.js').Fix} fix
 * @returns {Promise<boolean>} false when the paragraph or the text is no longer there
 */
export async function applyFix(index, fix) {
  return Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items');
    await context.sync();
    const paragraph = paragraphs.items[index];
    if (!paragraph) return false;
    paragraph.load('text');
    await context.sync();
    const old = paragraph.text.substr(fix.start, fix.length);
    if (old.length === 0 || old.length > SEARCH_LIMIT) return false;
    const found = paragraph.search(old, { matchCase: true });
    found.load('items');
    await context.sync();
    if (found.items.length === 0) return false;
    found.items[0].insertText(fix.replacement, Word.InsertLocation.replace);
    await context.sync();
    return true;
  });
}

/**
 * Adds each finding as a Word comment on its paragraph (WordApi 1.4).
 * @param {import('./findings.js').Finding[]} findings
 * @returns {Promise<number>} how many comments were added
 */
export async function addComments(findings) {
  if (!Office.context.requirements.isSetSupported('WordApi', '1.4')) throw new Error('Phiên bản Word này chưa hỗ trợ chú thích (WordApi 1.4).');
  return Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items');
    await context.sync();
    let added = 0;
    for (const f of findings) {
      const paragraph = f.paragraph === null ? undefined : paragraphs.items[f.paragraph];
      if (!paragraph) continue;
      paragraph.getRange().insertComment(`${f.rule}: ${f.message}`);
      added++;
    }
    await context.sync();
    return added;
  });
}

/**
 * The texts of the document's first paragraphs, where its heading and title are.
 * @param {number} count
 * @returns {Promise<string[]>}
 */
export async function readOpeningParagraphs(count) {
  return Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items/text');
    await context.sync();
    return paragraphs.items.slice(0, count).map((p) => p.text);
  });
}

/**
 * Opens a .docx (base64) in Word: into the open document when that one is empty and Word can replace its body
 * (WordApi 1.5), else as a new document (WordApi 1.3).
 * @param {string} base64
 * @returns {Promise<'replaced' | 'new'>}
 */
export async function openDocx(base64) {
  return Word.run(async (context) => {
    if (Office.context.requirements.isSetSupported('WordApi', '1.5')) {
      const body = context.document.body;
      body.load('text');
      await context.sync();
      if (body.text.trim().length === 0) {
        body.insertFileFromBase64(base64, Word.InsertLocation.replace);
        await context.sync();
        return 'replaced';
      }
    }
    context.application.createDocument(base64).open();
    await context.sync();
    return 'new';
  });
}

/** Opens a .docx (base64) as a new document in Word (WordApi 1.3). @param {string} base64 */
export async function openNewDocx(base64) {
  await Word.run(async (context) => {
    context.application.createDocument(base64).open();
    await context.sync();
  });
}
