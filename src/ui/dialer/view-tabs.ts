/**
 * The side panel's view switch, "Calls" and "Phone", shown only when the dialer is on. The
 * Phone view keeps its iframe while hidden, so a call goes on while the calls are looked at.
 */
import { $ } from '../dom';

type View = 'calls' | 'phone';

export function createViewTabs(phoneView: HTMLElement, onPhoneShown: () => void): { show(view: View): void } {
  const nav = $('#view-tabs');
  const buttons = { calls: $<HTMLButtonElement>('#tab-calls'), phone: $<HTMLButtonElement>('#tab-phone') };
  const callViews = [$('#list-view'), $('#form-view')];
  let hiddenBefore = callViews.map((view) => view.hidden);

  function show(view: View): void {
    if (buttons[view].getAttribute('aria-pressed') === 'true') return;
    if (view === 'phone') {
      hiddenBefore = callViews.map((element) => element.hidden);
      callViews.forEach((element) => (element.hidden = true));
    } else callViews.forEach((element, i) => (element.hidden = hiddenBefore[i]!));
    phoneView.hidden = view !== 'phone';
    buttons.calls.setAttribute('aria-pressed', String(view === 'calls'));
    buttons.phone.setAttribute('aria-pressed', String(view === 'phone'));
    if (view === 'phone') onPhoneShown();
  }

  buttons.calls.addEventListener('click', () => show('calls'));
  buttons.phone.addEventListener('click', () => show('phone'));
  nav.hidden = false;
  return { show };
}
