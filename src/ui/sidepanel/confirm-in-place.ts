/**
 * A discard asked once more, in place of an item's buttons: the words say what is lost; "Yes,
 * discard" runs it, "Keep it" brings the buttons back (focus follows, for keyboard users).
 */
import { h } from '../dom';
import { t } from '../i18n';

export function confirmInPlace(actions: HTMLElement, consequence: string, onYes: (button: HTMLButtonElement) => void, onKeep: () => void): void {
  const yes = h('button', { type: 'button', class: 'danger' }, t('outbox_yes_discard'));
  const keep = h('button', { type: 'button', onclick: () => (onKeep(), actions.querySelector('button')?.focus()) }, t('outbox_keep'));
  yes.addEventListener('click', () => onYes(yes));
  actions.replaceChildren(h('p', { class: 'confirm', role: 'alert' }, consequence), yes, keep);
  keep.focus();
}
