/**
 * Shows that a long operation is running: the button is disabled and says what is happening,
 * an indeterminate progress bar appears next to it, and the surrounding form is `aria-busy`.
 */
import { h } from './dom';

export async function whileBusy<T>(button: HTMLButtonElement, doing: string, work: () => Promise<T>): Promise<T> {
  const label = button.textContent;
  const form = button.closest('form, section');
  const progress = h('progress', { class: 'busy', 'aria-label': doing });
  button.disabled = true;
  button.textContent = doing;
  form?.setAttribute('aria-busy', 'true');
  button.after(progress);
  try {
    return await work();
  } finally {
    progress.remove();
    form?.removeAttribute('aria-busy');
    button.textContent = label;
    button.disabled = false;
  }
}
