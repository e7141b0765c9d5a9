// The findings of the Kiểm tra tab: one group per category, errors and warnings listed, information notes folded.
import { el, onActivate } from './dom.js';
import { foldInformation, foldedLabel, groupFindings, noteLabel, summarize, SEVERITY_TITLES } from './findings.js';

/** @typedef {import('./findings.js').Finding} Finding */
/**
 * What the list asks of the pane: select a finding's text in the draft; apply its fix, calling `fixed` once it is
 * applied.
 * @typedef {{ onSelect: (paragraph: number, excerpt: string) => void, onFix: (finding: Finding, fixed: () => void) => void }} FindingActions
 */

/** @param {Finding} f @param {FindingActions} actions */
function findingItem(f, { onSelect, onFix }) {
  const paragraph = f.paragraph;
  const item = el('div', { class: `finding ${f.severity}` });
  // The text selects; the fix is a button beside it, not inside it, so that neither hides the other from a keyboard.
  const target = el('div', { class: 'target' }, [
    el('span', { class: 'severity' }, [`${SEVERITY_TITLES[f.severity]} · ${f.rule}`]),
    el('div', {}, [f.message]),
    ...(f.note ? [el('span', { class: 'note' }, [noteLabel(f.note)])] : []),
    el('span', { class: 'excerpt' }, [f.excerpt]),
  ]);
  if (paragraph !== null) {
    target.setAttribute('role', 'button');
    target.title = f.note ? 'Chọn đoạn có dấu chú thích này' : 'Chọn đoạn này trong văn bản';
    // The excerpt of a note is not in the body: select the paragraph that holds the note's mark.
    onActivate(target, () => onSelect(paragraph, f.note ? '' : f.excerpt));
  }
  item.append(target);
  const fix = f.fix;
  if (fix && paragraph !== null) {
    const button = el('button', { type: 'button' }, [`Sửa: ${fix.replacement}`]);
    button.addEventListener('click', () => onFix(f, () => item.remove()));
    item.append(button);
  }
  return item;
}

/**
 * Fills the summary line and the groups: a heading with the counts, the errors and warnings, then the information
 * notes under a closed "N thông tin" that the drafter opens when they want them.
 * @param {{ summary: HTMLElement, list: HTMLElement }} where
 * @param {Finding[]} findings
 * @param {FindingActions} actions
 */
export function showFindings({ summary, list }, findings, actions) {
  summary.textContent = summarize(findings);
  list.replaceChildren(...groupFindings(findings).map((group) => {
    const { shown, folded } = foldInformation(group.findings);
    return el('div', { class: 'group' }, [
      el('h2', {}, [group.title, el('span', { class: 'count' }, [`${group.counts.error} lỗi · ${group.counts.warning} cảnh báo · ${group.counts.info} thông tin`])]),
      ...shown.map((f) => findingItem(f, actions)),
      ...(folded.length ? [el('details', { class: 'folded' }, [
        el('summary', {}, [foldedLabel(folded.length)]),
        ...folded.map((f) => findingItem(f, actions)),
      ])] : []),
    ]);
  }));
}
