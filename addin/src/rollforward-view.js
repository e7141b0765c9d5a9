// The Năm trước tab: last period's document found in the archive (or the open one), rolled forward by the service,
// what changed shown first, then the result opened in Word.
import { el, onActivate } from './dom.js';
import { BAD_PERIOD, archivedFileName, documentTitle, formatDate, kindLabel, parsePeriod, summarize, summaryLines, titleWithoutYear } from './rollforward.js';
import * as word from './word.js';

/** @typedef {import('./rollforward.js').Rolled} Rolled */
/** @typedef {import('./rollforward.js').ArchivedDocument} ArchivedDocument */
/** @typedef {ReturnType<typeof import('./api.js').createApi>} Api */

/** @param {string} id */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
/** @param {string} id */
const input = (id) => /** @type {HTMLInputElement} */ (document.getElementById(id));

/**
 * Wires the tab.
 * @param {{ api: Api, guarded: (action: () => Promise<void>) => Promise<void>, say: (text: string, ok?: boolean) => void }} pane
 */
export function setupRollForward({ api, guarded, say }) {
  input('roll-period').value = String(new Date().getFullYear());
  /** The type of the open document, from its heading, to search the archive with. @type {string | null} */
  let openType = null;

  /** The new date line's date ("2026-01-15"), or null to leave its day blank. */
  const newDate = () => input('roll-date').value || null;

  /** The period typed, or a message and null. */
  const period = () => {
    const to = parsePeriod(input('roll-period').value);
    if (!to) { say(BAD_PERIOD); input('roll-period').focus(); }
    return to;
  };

  /** Runs a step of the work with its progress line, the buttons off meanwhile. @param {() => Promise<void>} work */
  const busy = async (work) => {
    const buttons = /** @type {NodeListOf<HTMLButtonElement>} */ ($('panel-archive').querySelectorAll('button'));
    buttons.forEach((b) => { b.disabled = true; });
    try { await work(); } finally {
      $('roll-progress').textContent = '';
      buttons.forEach((b) => { b.disabled = false; });
    }
  };
  /** @param {string} text */
  const progress = (text) => { $('roll-progress').textContent = text; };

  $('archive-form').addEventListener('submit', (e) => {
    e.preventDefault();
    guarded(async () => {
      const q = input('archive-query').value.trim();
      if (!q) { say('Nhập vài từ trong tiêu đề văn bản cần tìm.'); return; }
      await busy(async () => {
        progress('Đang tìm trong kho lưu trữ…');
        const found = await api.searchArchive(q, openType);
        // The type read from the heading narrows the search; when it finds nothing, every type is searched.
        const docs = found.length || !openType ? found : await api.searchArchive(q);
        $('archive-count').textContent = docs.length ? `Tìm thấy ${docs.length} văn bản.` : 'Không tìm thấy văn bản nào.';
        $('archive-results').replaceChildren(...docs.map((d) => resultItem(d)));
      });
    });
  });

  /** @param {ArchivedDocument} doc */
  function resultItem(doc) {
    const open = el('button', { type: 'button', 'aria-label': `Mở ${doc.title}` }, ['Mở']);
    open.addEventListener('click', () => guarded(() => rollArchived(doc)));
    const when = formatDate(doc.modified);
    return el('li', { class: 'archived' }, [
      el('span', { class: 'title' }, [doc.title]),
      el('span', { class: 'sub' }, [doc.path]),
      ...(when ? [el('span', { class: 'sub' }, [`Sửa lần cuối: ${when}`])] : []),
      open,
    ]);
  }

  /** @param {ArchivedDocument} doc */
  async function rollArchived(doc) {
    const to = period();
    if (!to) return;
    await busy(async () => {
      progress('Đang tải văn bản từ kho lưu trữ…');
      const docx = await api.archiveContent(doc.id);
      progress(`Đang chuyển sang kỳ ${to}…`);
      const rolled = await api.rollForward(docx, archivedFileName(doc), to, newDate());
      showRolled(rolled, doc.title, null);
      progress('Đang mở văn bản trong Word…');
      const where = await openInWord(rolled);
      if (where === 'replaced') showRolled(rolled, doc.title, 'after');
      if (where) say(where === 'new' ? 'Đã mở văn bản đã chuyển kỳ thành văn bản mới trong Word.' : 'Đã đưa văn bản đã chuyển kỳ vào văn bản đang mở.', true);
    });
  }

  $('roll-open-document').addEventListener('click', () => guarded(async () => {
    const to = period();
    if (!to) return;
    await busy(async () => {
      progress('Đang đọc văn bản…');
      let bytes;
      try {
        bytes = await word.readDocx();
      } catch {
        say('Word không đưa được tệp .docx của văn bản đang mở: hãy lưu văn bản rồi thử lại.');
        return;
      }
      progress(`Đang chuyển sang kỳ ${to}…`);
      const docx = new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
      const rolled = await api.rollForward(docx, 'van-ban.docx', to, newDate());
      showRolled(rolled, 'Văn bản đang mở', 'before');
      progress('Đang mở văn bản mới trong Word…');
      try {
        await word.openNewDocx(rolled.docx);
        say('Đã mở văn bản đã chuyển kỳ thành văn bản mới trong Word; văn bản đang mở giữ nguyên.', true);
      } catch (e) {
        say(`Đã chuyển kỳ nhưng Word không mở được văn bản mới: ${e instanceof Error ? e.message : String(e)}`);
      }
    });
  }));

  /** @param {Rolled} rolled @returns {Promise<'replaced' | 'new' | null>} */
  async function openInWord(rolled) {
    try {
      return await word.openDocx(rolled.docx);
    } catch (e) {
      say(`Đã chuyển kỳ nhưng Word không mở được văn bản: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    }
  }

  /**
   * The summary first, then each change; a change is a link into the open document when that is the document it
   * was made from ('before') or the rolled one ('after').
   * @param {Rolled} rolled @param {string} title @param {'before' | 'after' | null} inOpenDocument
   */
  function showRolled(rolled, title, inOpenDocument) {
    $('roll-result').hidden = false;
    $('roll-title').textContent = title;
    $('roll-summary-text').textContent = summarize(rolled);
    $('roll-summary').replaceChildren(...summaryLines(rolled.summary).map((l) =>
      el('li', {}, [el('span', { class: 'n' }, [String(l.count)]), ` ${l.label}`])));
    $('roll-changes').replaceChildren(...rolled.changes.map((c) => {
      const item = el('li', { class: 'change' }, [
        el('span', { class: 'kind' }, [kindLabel(c.kind)]),
        el('span', { class: 'before' }, [c.before]), ' → ', el('span', { class: 'after' }, [c.after]),
      ]);
      const paragraph = c.paragraph;
      if (!inOpenDocument || paragraph === null) return item;
      item.title = 'Chọn đoạn này trong văn bản';
      return onActivate(item, () => guarded(async () => {
        if (!(await word.selectFinding(paragraph, [inOpenDocument === 'before' ? c.before : c.after]))) say('Đoạn văn này không còn trong văn bản.');
      }));
    }));
    $('roll-comments-title').hidden = rolled.comments.length === 0;
    $('roll-comments').replaceChildren(...rolled.comments.map((c) => el('li', {}, [c.text])));
  }

  return {
    /** Fills the search with the open document's title, its year left out; nothing when it has no heading. */
    async prefill() {
      try {
        const { title, type } = documentTitle(await word.readOpeningParagraphs(40));
        openType = type;
        if (title && !input('archive-query').value) input('archive-query').value = titleWithoutYear(title);
      } catch {
        // The search stays empty: the drafter types it.
      }
    },
  };
}
