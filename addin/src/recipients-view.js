// The Danh sách gửi of the Kiểm tra tab: each line of Kính gửi and Nơi nhận with what its entries resolved to.
import { el, onActivate } from './dom.js';
import { describeRecipient, groupRecipients, summarizeRecipients } from './recipients.js';

/** @typedef {import('./recipients.js').Recipient} Recipient */

/** @param {Recipient} r @param {(r: Recipient) => void} onSelect */
function entryItem(r, onSelect) {
  const view = describeRecipient(r);
  const item = el('li', { class: `recipient ${view.tone}`, title: 'Chọn dòng này trong văn bản' }, [
    el('span', { class: 'entry' }, [r.entry]),
    ...(view.status ? [el('span', { class: 'status' }, [view.status])] : []),
    ...view.addressees.map((a) => el('span', { class: 'addressee' }, [
      a.name,
      ...(a.mail ? [el('span', { class: 'mail' }, [a.mail])] : []),
    ])),
  ]);
  return onActivate(item, () => onSelect(r));
}

/**
 * Fills the list: a summary line, then each line as written with its entries under it (a line that only repeats its
 * entry is not written twice). Clicking an entry (or Enter) calls onSelect.
 * @param {{ summary: HTMLElement, list: HTMLElement }} where
 * @param {Recipient[]} recipients
 * @param {(r: Recipient) => void} onSelect
 */
export function showRecipients({ summary, list }, recipients, onSelect) {
  summary.textContent = summarizeRecipients(recipients);
  list.replaceChildren(...groupRecipients(recipients).map((line) =>
    el('li', { class: 'recipient-line' }, [
      ...(line.sameAsEntry ? [] : [el('span', { class: 'line' }, [line.line])]),
      el('ul', { class: 'entries' }, line.entries.map((r) => entryItem(r, onSelect))),
    ])));
}
