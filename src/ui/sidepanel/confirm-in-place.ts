/**
 * A discard asked once more, in place of an item's buttons: the words say what is lost; "Yes,
 * discard" runs it, "Keep it" brings the buttons back (focus follows, for keyboard users).
 */
import { h } from '../dom';

export function confirmInPlace(actions: HTMLElement, consequence: string, onYes: (button: HTMLButtonElement) => void, onKeep: () => void): void {
  const yes = h('button', { type: 'button', class: 'danger' }, 'Yes, discard');
  const keep = h('button', { type: 'button', onclick: () => (onKeep(), actions.querySelector('button')?.focus()) }, 'Keep it');
  yes.addEventListener('click', () => onYes(yes));
  actions.replaceChildren(h('p', { class: 'confirm', role: 'alert' }, consequence), yes, keep);
  keep.focus();
}
