/** The "Calls" list: one button per call, newest first, optionally only the unlogged ones. */
import type { CallEntry } from '../../protocol/api-answers-browser';
import type { CallRecord } from '../../protocol/call-record';
import { h } from '../dom';
import { callResult, formatDuration, formatStartTime, isMissed, partyLabel } from '../format-call';
import { logStateLabel, type LogState } from './log-state';
import { unloggedText } from './unlogged-text';
import { t } from '../i18n';

export interface ListModel {
  /** With why auto-log left a call unlogged, if it did. */
  calls: CallEntry[];
  /** Undefined while the states are unknown (not connected to a CRM). */
  states: ReadonlyMap<string, LogState> | undefined;
  /** Contact names learned in this panel, by session id. */
  names: ReadonlyMap<string, string>;
  unloggedOnly: boolean;
  now: Date;
}

/** What fills the side panel's first screen: drawn at once, the rest after that frame is painted. */
const FIRST_SCREEN = 30;
const pendingRest = new WeakMap<HTMLUListElement, () => void>();

export function renderCallList(list: HTMLUListElement, empty: HTMLElement, model: ListModel, onOpen: (call: CallRecord) => void): void {
  const visible = model.calls.filter((call) => !model.unloggedOnly || model.states?.get(call.sessionId) !== 'logged');
  const item = (call: CallEntry) => h('li', {}, callButton(call, model, onOpen));
  // A newer model replaces what an older one had left to draw. A list already drawn past its
  // first screen is drawn whole again, so that a re-render keeps where the user scrolled to.
  const drawnPast = list.childElementCount > FIRST_SCREEN && !pendingRest.has(list);
  pendingRest.delete(list);
  list.replaceChildren(...visible.slice(0, drawnPast ? undefined : FIRST_SCREEN).map(item));
  empty.hidden = visible.length > 0;
  empty.textContent = model.calls.length === 0 ? t('list_no_calls') : t('list_all_logged');
  if (drawnPast || visible.length <= FIRST_SCREEN) return;
  // A thousand calls take longer to build and lay out than the first screen needs: the rest is
  // appended in order in a task queued from the next frame, so that frame paints the first screen.
  const drawRest = () => {
    if (pendingRest.get(list) !== drawRest) return;
    pendingRest.delete(list);
    list.append(...visible.slice(FIRST_SCREEN).map(item));
  };
  pendingRest.set(list, drawRest);
  if (document.visibilityState === 'hidden') return drawRest(); // no frame to paint first
  requestAnimationFrame(() => setTimeout(drawRest));
}

/** A call's button in the list, drawing the rest of the list first if it is still to come. */
export function callButtonIn(list: HTMLUListElement, sessionId: string): HTMLButtonElement | null {
  pendingRest.get(list)?.();
  return list.querySelector<HTMLButtonElement>(`button[data-session-id="${CSS.escape(sessionId)}"]`);
}

function callButton(call: CallEntry, model: ListModel, onOpen: (call: CallRecord) => void): HTMLButtonElement {
  const inbound = call.direction !== 'Outbound';
  const state = model.states?.get(call.sessionId);
  const meta = [
    inbound ? t('list_inbound') : t('list_outbound'),
    formatStartTime(call.startTime, model.now),
    formatDuration(call.duration),
    callResult(call.result),
  ]
    .filter(Boolean)
    .join(' · ');
  return h(
    'button',
    { type: 'button', class: `call${isMissed(call) ? ' missed' : ''}`, 'data-session-id': call.sessionId, onclick: () => onOpen(call) },
    h('span', { class: `call-direction ${inbound ? 'inbound' : 'outbound'}`, 'aria-hidden': 'true' }, inbound ? '↙' : '↗'),
    h(
      'span',
      { class: 'call-main' },
      h('span', { class: 'call-party' }, partyLabel(call, model.names.get(call.sessionId))),
      h('span', { class: 'call-meta' }, meta),
      state !== 'logged' && unloggedText(call) ? h('span', { class: 'call-reason' }, unloggedText(call)!) : null,
    ),
    state ? h('span', { class: `call-state state-${state}` }, logStateLabel(state)) : null,
  );
}
