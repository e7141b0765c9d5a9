// The recipients of a check (Kính gửi and Nơi nhận, looked up in the directory), as the Danh sách gửi shows them.

/** @typedef {{ name: string, mail: string | null, kind: 'unit' | 'user' | 'group' | 'contact' | string }} Addressee */
/** @typedef {'resolved' | 'not-found' | 'ambiguous' | 'collective'} RecipientStatus */
/** @typedef {{ paragraph: number, line: string, entry: string, status: RecipientStatus | string, matches: Addressee[] }} Recipient */
/** @typedef {{ paragraph: number, line: string, entries: Recipient[], sameAsEntry: boolean }} RecipientLine sameAsEntry: the line says no more than its only entry ("- Sở Y tế;") */
/**
 * How an entry is shown: `tone` ok when a message can go to it, warning when the drafter has something to do, muted
 * when there is nothing to look up; `status` says why not (null when all is well); `addressees` what it resolved to or,
 * after "khớp nhiều nơi:", what it could mean; `mails` the addresses a message to it goes to.
 * @typedef {{ tone: 'ok' | 'warning' | 'muted', status: string | null, addressees: Addressee[], mails: string[] }} RecipientView
 */

/**
 * What an entry resolved to, in words a drafter reads at a glance.
 * @param {Recipient} r
 * @returns {RecipientView}
 */
export function describeRecipient(r) {
  const matches = r.matches ?? [];
  switch (r.status) {
    case 'resolved': {
      const mails = matches.flatMap((m) => (m.mail ? [m.mail] : []));
      return mails.length > 0
        ? { tone: 'ok', status: null, addressees: matches, mails }
        : { tone: 'warning', status: 'chưa có địa chỉ thư', addressees: matches, mails };
    }
    case 'not-found':
      return { tone: 'warning', status: 'chưa có trong danh bạ', addressees: [], mails: [] };
    case 'ambiguous':
      return { tone: 'warning', status: 'khớp nhiều nơi:', addressees: matches, mails: [] };
    case 'collective':
      return { tone: 'muted', status: 'nơi nhận chung – không tra', addressees: [], mails: [] };
    default:
      return { tone: 'muted', status: 'chưa tra được', addressees: matches, mails: [] };
  }
}

/** A line without its dash and its closing punctuation. @param {string} line */
const bare = (line) => line.replace(/^[\s\-–—•+*]+/, '').replace(/[\s;,.:]+$/, '');

/**
 * Entries under the line they come from, lines in document order: "- Các Sở: Y tế, Tài chính;" holds two.
 * @param {Recipient[]} recipients
 * @returns {RecipientLine[]}
 */
export function groupRecipients(recipients) {
  /** @type {RecipientLine[]} */
  const lines = [];
  for (const r of recipients) {
    const last = lines.at(-1);
    if (last && last.paragraph === r.paragraph && last.line === r.line) last.entries.push(r);
    else lines.push({ paragraph: r.paragraph, line: r.line, entries: [r], sameAsEntry: false });
  }
  for (const l of lines) l.sameAsEntry = l.entries.length === 1 && bare(l.line) === l.entries[0].entry.trim();
  return lines;
}

/**
 * The addresses a message goes to: those of the resolved entries, each once (addresses compare without case).
 * @param {Recipient[]} recipients
 * @returns {string[]}
 */
export function recipientMails(recipients) {
  const seen = new Set();
  return recipients.flatMap((r) => describeRecipient(r).mails).filter((mail) => {
    const key = mail.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A one-line summary: "Gửi được tới 2 địa chỉ thư · 1 nơi chưa có trong danh bạ · 1 nơi khớp nhiều mục", or why
 * there is nothing.
 * @param {Recipient[]} recipients
 */
export function summarizeRecipients(recipients) {
  if (recipients.length === 0) return 'Không thấy Kính gửi hay Nơi nhận trong văn bản.';
  const count = (/** @type {string} */ status) => recipients.filter((r) => r.status === status).length;
  const noMail = recipients.filter((r) => r.status === 'resolved' && describeRecipient(r).mails.length === 0).length;
  const mails = recipientMails(recipients).length;
  return [
    mails ? `Gửi được tới ${mails} địa chỉ thư` : 'Chưa có địa chỉ thư nào để gửi',
    noMail && `${noMail} nơi chưa có địa chỉ thư`,
    count('not-found') && `${count('not-found')} nơi chưa có trong danh bạ`,
    count('ambiguous') && `${count('ambiguous')} nơi khớp nhiều mục`,
  ].filter(Boolean).join(' · ');
}
