/**
 * The side panel: the "Calls" list with what waits to be logged above it, and the view of the
 * call opened from it. The list comes from the worker (GET /calls, refreshed when the panel
 * opens and when the worker says new calls landed) with each call's logged state (GET /callLog)
 * and the outbox (GET /outbox), both read from the worker's IndexedDB without asking the CRM.
 * While changes wait, the outbox is read again when the next try is due (it drains by itself),
 * and the states only when it changed. What the panel knows and how answers change it is
 * panel-state.ts; the two pages draw it; this file asks the worker and wires them.
 */
import browser from 'webextension-polyfill';
import { autoLoggedCall, isCallsChanged } from '../../protocol/api-answers-browser';
import { callApi } from '../api-client';
import { $ } from '../dom';
import { phoneFormatReady, showsNumber } from '../format-call';
import { showToast } from '../toasts';
import { createCallPage } from './call-page';
import { createListPage } from './list-page';
import { getLogStates } from './panel-api';
import * as panel from './panel-state';

export function mountSidePanel(): void {
  let state = panel.emptyPanel;
  let poll: ReturnType<typeof setTimeout> | undefined;
  const listPage = createListPage({
    state: () => state,
    open: (call) => callPage.open(call),
    showAllWaiting: () => ((state = panel.withAllWaitingShown(state)), render()),
    onOutboxDone: (item) => void reloadStates().then(() => callPage.close(item)),
  });
  const callPage = createCallPage({
    list: listPage.list,
    render,
    reloadStates,
    state: () => state,
    learnName: (sessionId, name) => (state = panel.withName(state, sessionId, name)),
  });

  function render(): void {
    listPage.render();
    schedulePoll();
  }

  // Each answer changes the state as it is when the answer comes: the two reads run side by side.
  async function loadStates(): Promise<void> {
    const answer = await getLogStates(state.calls.map((call) => call.sessionId));
    state = panel.withLogEntries(state, answer);
  }

  async function loadOutbox(): Promise<void> {
    const answer = panel.readsOutbox(state) ? await callApi('GET /outbox') : undefined;
    state = panel.withOutbox(state, answer);
  }

  async function reloadConnection(): Promise<void> {
    state = panel.withConnection(state, await callApi('GET /connection'));
  }

  // The connection too: a CRM may have ended the sign-in since (the footer must not still name it).
  async function reloadStates(): Promise<unknown> {
    await reloadConnection();
    return Promise.all([loadOutbox(), loadStates()]);
  }

  function schedulePoll(): void {
    clearTimeout(poll);
    const delay = panel.outboxPollDelay(state, Date.now());
    if (delay !== undefined) poll = setTimeout(() => void pollOutbox(), delay);
  }

  async function pollOutbox(): Promise<void> {
    // A form being filled in is never re-rendered under the user; the list is read when it shows again.
    if (document.visibilityState !== 'visible' || callPage.isOpen()) return schedulePoll();
    const before = panel.outboxKey(state);
    await loadOutbox();
    if (panel.outboxKey(state) !== before) {
      await loadStates();
      if (!callPage.isOpen()) return render();
    } else if (!listPage.waitingHasFocus()) {
      listPage.renderWaiting(); // only "next try in …" moved on
    }
    schedulePoll();
  }

  // The connection and outbox, and the calls and their states, are asked for side by side: the
  // first screen waits for the slower pair, not for all four answers one after another.
  async function load(refresh: boolean): Promise<void> {
    const connected = reloadConnection().then(loadOutbox);
    const snapshot = await show(refresh, connected);
    // Stored calls first, then what the phone system has now.
    if (!refresh && snapshot.source === 'ringcentral' && !snapshot.returnMessage) await show(true);
  }

  async function show(refresh: boolean, connected?: Promise<void>) {
    const snapshot = await callApi('GET /calls', refresh ? { query: { refresh: 'true' } } : {});
    const calls = snapshot.calls ?? [];
    // A call without a name is listed by its number: drawn only once the formatter is there,
    // which then loads while the states are read.
    const formatter = calls.some(showsNumber) ? phoneFormatReady() : undefined;
    const logs = await getLogStates(calls.map((call) => call.sessionId));
    await formatter;
    await connected;
    state = panel.withCalls(state, snapshot, logs);
    showToast(snapshot.returnMessage);
    render();
    // Loaded once this frame is painted, after the rest of the list (phone-format.ts).
    requestAnimationFrame(() => setTimeout(() => void phoneFormatReady()));
    return snapshot;
  }

  $('#refresh').addEventListener('click', () => void load(true));
  $('#open-options').addEventListener('click', () => void browser.runtime.openOptionsPage());
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && callPage.isOpen()) callPage.close();
  });
  // The worker refreshes RingCentral calls on an alarm and says so: show them when they land.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isCallsChanged(message)) {
      if (!callPage.isOpen()) void load(false);
      // A form stays as it is, but the list it goes back to must not name a CRM that signed the user out.
      else void reloadConnection().then(() => callPage.isOpen() || render());
    }
    // Auto-log logged a call that just ended and the user wants its form, to add a note.
    const logged = autoLoggedCall(message);
    if (logged && !callPage.isOpen()) {
      state = panel.withCall(state, logged);
      void reloadStates().then(() => callPage.open(logged));
    }
    return undefined;
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && !callPage.isOpen()) void reloadStates().then(render);
  });
  void load(false);
}
