// The task pane: four tabs over the service and the open document.
import { createApi, ApiError } from './api.js';
import { el, onActivate } from './dom.js';
import { draftSubject, documentFileName, openWebLink } from './draft.js';
import { registryResult, showCitedDocuments } from './cited-documents-view.js';
import { showFindings } from './findings-view.js';
import { recipientMails } from './recipients.js';
import { showRecipients } from './recipients-view.js';
import { setupRollForward } from './rollforward-view.js';
import { createSignIn, readSettings } from './signin.js';
import * as word from './word.js';

/** @typedef {import('./api.js').SignIn} SignIn */

/** The sign-in the service asks for (/addin/signin.json), made once Office is ready; tried again after a failure. */
/** @type {Promise<SignIn> | null} */
let started = null;
function currentSignIn() {
  return (started ??= (async () => {
    await Office.onReady();
    let settings;
    try {
      const response = await fetch(`${location.origin}/addin/signin.json`, { cache: 'no-store' });
      if (!response.ok) throw new Error(String(response.status));
      settings = await response.json();
    } catch {
      throw new ApiError('Không đọc được thiết lập đăng nhập từ máy chủ WordHelper. Kiểm tra kết nối mạng rồi thử lại.', 0);
    }
    return createSignIn(readSettings(settings), { Office, origin: location.origin });
  })().catch((e) => { started = null; throw e; }));
}

/** Shows who is signed in, discreetly, in the header (nothing in local mode). @param {SignIn} signIn */
function showAccount(signIn) {
  const name = signIn.account?.() ?? null;
  const box = $('account');
  box.textContent = name ?? '';
  box.title = name ? `Đã đăng nhập: ${name}` : '';
  box.hidden = !name;
}

/** @type {SignIn} */
const signIn = {
  async token(options) {
    const current = await currentSignIn();
    const token = await current.token(options);
    showAccount(current);
    return token;
  },
  async reauthenticate(challenge) {
    const current = await currentSignIn();
    const token = await current.reauthenticate(challenge);
    showAccount(current);
    return token;
  },
};

const api = createApi(location.origin, fetch, signIn);

/** @param {string} id */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** Shows a message (an error unless ok); nothing ever leaves the pane blank. @param {string} text @param {boolean} [ok] */
function say(text, ok = false) {
  const box = $('message');
  box.textContent = text;
  box.classList.toggle('ok', ok);
  box.hidden = text.length === 0;
}

/** Runs an action, turning any failure into a Vietnamese message. @param {() => Promise<void>} action */
async function guarded(action) {
  say('');
  try {
    await action();
  } catch (e) {
    say(e instanceof ApiError ? e.message : `Word báo lỗi: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** A list item that acts on click and on Enter. @param {HTMLElement} item @param {() => Promise<void>} action */
function actionable(item, action) {
  return onActivate(item, () => guarded(action));
}

/**
 * Selects what a finding or a cited document points at: its excerpt in its paragraph, as the check found it.
 * @param {number} paragraph @param {string} excerpt
 */
function selectInDraft(paragraph, excerpt) {
  return guarded(async () => {
    if (!(await word.selectFinding(paragraph, excerpt))) say('Đoạn văn này không còn trong văn bản: hãy kiểm tra lại.');
  });
}

// Tabs, with arrow-key navigation as the ARIA tab pattern asks.
const tabs = ['compose', 'cite', 'check', 'archive'];
/** @param {string} name */
function showTab(name) {
  for (const t of tabs) {
    const selected = t === name;
    $(`tab-${t}`).setAttribute('aria-selected', String(selected));
    $(`tab-${t}`).tabIndex = selected ? 0 : -1;
    $(`panel-${t}`).hidden = !selected;
  }
}
tabs.forEach((t, i) => {
  $(`tab-${t}`).addEventListener('click', () => showTab(t));
  $(`tab-${t}`).addEventListener('keydown', (e) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const next = tabs[(i + step + tabs.length) % tabs.length];
    showTab(next);
    $(`tab-${next}`).focus();
  });
});

// Soạn thảo: standard sections of the chosen type, filled and inserted at the cursor.
/** @type {import('./api.js').Clause | null} */
let chosen = null;

async function loadSections() {
  const sections = await api.sections(/** @type {HTMLSelectElement} */ ($('doc-type')).value);
  $('sections').replaceChildren(...sections.map((s, i) =>
    actionable(el('li', {}, [`${i + 1}. ${s.title}`, el('span', { class: 'sub' }, [s.variables.length ? `Cần điền: ${s.variables.join(', ')}` : 'Không cần điền thêm'])]),
      async () => chooseClause(s))));
}

/** @param {import('./api.js').Clause} clause */
function chooseClause(clause) {
  chosen = clause;
  $('section-title').textContent = clause.title;
  $('variables').replaceChildren(...clause.variables.flatMap((v, i) => [
    el('label', { for: `var-${i}` }, [v]),
    el('input', { id: `var-${i}`, 'data-variable': v }),
  ]));
  $('section-form').hidden = false;
  // Numbered to fit: the section after the last one before the cursor.
  return word.nextSectionNumber().then((n) => { /** @type {HTMLInputElement} */ ($('section-number')).value = n; });
}

$('section-form').addEventListener('submit', (e) => {
  e.preventDefault();
  guarded(async () => {
    if (!chosen) return;
    /** @type {Record<string, string>} */
    const variables = {};
    for (const input of $('variables').querySelectorAll('input')) {
      if (input.value.trim()) variables[/** @type {string} */ (input.dataset.variable)] = input.value.trim();
    }
    const number = /** @type {HTMLInputElement} */ ($('section-number')).value.trim() || null;
    const rendered = await api.renderClause(chosen.id, variables, number);
    await word.insertOoxmlAtCursor(rendered.ooxml);
    say(rendered.missing.length
      ? `Đã chèn "${chosen.title}". Còn để trống (tô vàng): ${rendered.missing.join(', ')}.`
      : `Đã chèn "${chosen.title}".`, true);
  });
});

$('doc-type').addEventListener('change', () => guarded(loadSections));

/**
 * Searches as the drafter types (a quarter of a second after the last key) and lists what comes back.
 * @template T
 * @param {string} inputId @param {string} listId
 * @param {(q: string) => Promise<T[]>} search
 * @param {(item: T) => HTMLElement} render
 */
function searchAsYouType(inputId, listId, search, render) {
  let timer = 0;
  $(inputId).addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => guarded(async () => {
      const q = /** @type {HTMLInputElement} */ ($(inputId)).value.trim();
      $(listId).replaceChildren(...(q ? await search(q) : []).map(render));
    }), 250);
  });
}

searchAsYouType('clause-query', 'clauses', (q) => api.searchClauses(q), (c) =>
  actionable(el('li', {}, [c.title, el('span', { class: 'sub' }, [`${c.docType} · ${c.section}`])]), () => chooseClause(c)));

// Trích dẫn: registry search with each document's status, insertion as a tagged content control (an expired or
// replaced document only once the drafter confirms), the citations already in the draft.
searchAsYouType('citation-query', 'citations', (q) => api.searchCitations(q), (c) =>
  registryResult(c, (entry) => guarded(async () => {
    const { text } = await api.citationText(entry.id);
    await word.insertCitation(text, entry.id);
    say(`Đã chèn trích dẫn ${entry.number}.`, true);
    await listInserted();
  })));

async function listInserted() {
  const inserted = await word.listCitations();
  $('inserted-citations').replaceChildren(...inserted.map((c) => el('li', {}, [c.text])));
}

$('refresh-citations').addEventListener('click', () => guarded(async () => {
  const inserted = await word.listCitations();
  for (const id of new Set(inserted.map((c) => c.id))) {
    const { text } = await api.citationText(id);
    await word.refreshCitation(id, text);
  }
  await listInserted();
  say(`Đã làm mới ${inserted.length} trích dẫn.`, true);
}));

// Kiểm tra: the open document to the checker, findings by category, click to select, fix, comments; the documents it
// cites with their status; the recipients looked up in the directory, and a draft to them in Outlook.
/** The report of the last check, which the draft is made from. @type {import('./api.js').Report | null} */
let checked = null;

$('run-check').addEventListener('click', () => guarded(async () => {
  const button = /** @type {HTMLButtonElement} */ ($('run-check'));
  button.disabled = true;
  checked = null;
  $('cited').hidden = true;
  $('recipients').hidden = true;
  try {
    $('check-progress').textContent = 'Đang đọc văn bản…';
    const docu = await word.readDocumentForCheck();
    $('check-progress').textContent = 'Đang kiểm tra…';
    /** @param {boolean} directory */
    const send = (directory) => docu.kind === 'docx'
      ? api.checkDocx(new Blob([docu.bytes]), 'van-ban.docx', { directory })
      : api.checkFlatOpc(docu.xml, 'van-ban.xml', { directory });
    // The directory is a help, not a condition: when Microsoft 365 refuses it, the draft is checked without it.
    let report, unresolved = '';
    try {
      report = await send(true);
    } catch (e) {
      if (!(e instanceof ApiError) || ![403, 502, 503].includes(e.status)) throw e;
      unresolved = e.message;
      report = await send(false);
    }
    const findings = report.findings ?? [];
    showFindingList(findings);
    showCitedDocuments({ section: $('cited'), title: $('cited-title'), list: $('cited-list') }, report.citations, selectInDraft);
    checked = report;
    showRecipientList(report.recipients);
    if (unresolved) say(`Đã kiểm tra văn bản nhưng chưa tra được danh sách gửi: ${unresolved}`);
    if (/** @type {HTMLInputElement} */ ($('as-comments')).checked) {
      const added = await word.addComments(findings);
      say(`Đã thêm ${added} chú thích vào văn bản.`, true);
    }
  } finally {
    $('check-progress').textContent = '';
    button.disabled = false;
  }
}));

/** The Danh sách gửi, when the service looked the recipients up. @param {import('./recipients.js').Recipient[] | undefined} recipients */
function showRecipientList(recipients) {
  $('recipients').hidden = !recipients;
  if (!recipients) return;
  showRecipients({ summary: $('recipients-summary'), list: $('recipient-lines') }, recipients, (r) => guarded(async () => {
    if (!(await word.selectFinding(r.paragraph, [r.entry, r.line]))) say('Dòng này không còn trong văn bản: hãy kiểm tra lại.');
  }));
  /** @type {HTMLButtonElement} */ ($('draft-message')).disabled = recipientMails(recipients).length === 0;
}

$('draft-message').addEventListener('click', () => guarded(async () => {
  const report = checked;
  const mails = recipientMails(report?.recipients ?? []);
  if (!report || mails.length === 0) return;
  const button = /** @type {HTMLButtonElement} */ ($('draft-message'));
  button.disabled = true;
  try {
    $('draft-progress').textContent = 'Đang đọc văn bản…';
    let bytes;
    try {
      bytes = await word.readDocx();
    } catch {
      say('Word không đưa được tệp .docx của văn bản để đính kèm: hãy lưu văn bản rồi thử lại.');
      return;
    }
    $('draft-progress').textContent = 'Đang tạo thư nháp trong Outlook…';
    const name = documentFileName(Office.context.document.url);
    const docx = new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    const draft = await api.draftMessage(docx, name, draftSubject(report.document, name), mails);
    say(openWebLink(draft.webLink ?? '')
      ? 'Đã tạo thư nháp trong Outlook; kiểm tra rồi bấm Gửi.'
      : 'Đã tạo thư nháp trong Outlook nhưng không mở được cửa sổ thư: hãy mở thư mục Thư nháp (Drafts) trong Outlook, kiểm tra rồi bấm Gửi.', true);
  } finally {
    $('draft-progress').textContent = '';
    button.disabled = recipientMails(checked?.recipients ?? []).length === 0;
  }
}));

/** The findings, a click selecting their text; "Sửa" applies a fix. @param {import('./findings.js').Finding[]} findings */
function showFindingList(findings) {
  showFindings({ summary: $('check-summary'), list: $('findings') }, findings, {
    onSelect: selectInDraft,
    onFix: (f, fixed) => guarded(async () => {
      if (f.paragraph !== null && f.fix && await word.applyFix(f.paragraph, f.fix)) { fixed(); say('Đã sửa.', true); }
      else say('Không còn thấy đoạn cần sửa: văn bản đã thay đổi, hãy kiểm tra lại.');
    }),
  });
}

// Năm trước: last period's document, from the archive or the open one, rolled forward and opened in Word.
const rollForward = setupRollForward({ api, guarded, say });

Office.onReady(() => {
  if (!Office.context.requirements.isSetSupported('WordApi', '1.3')) {
    say('Phiên bản Word này chưa hỗ trợ WordHelper (cần WordApi 1.3): hãy cập nhật Word hoặc dùng Word trên web.');
    return;
  }
  guarded(loadSections);
  rollForward.prefill();
});
