/**
 * What the side panel knows, as plain data, and how each answer of the worker changes it. No DOM
 * and no messages here: side-panel.ts asks the worker and draws, this module decides, so the
 * panel's rules can be tested with plain objects.
 */
import type { Connection } from '../../protocol/api-answers';
import type { CallLogEntry, OutboxEntry } from '../../protocol/api-answers';
import type { CallEntry } from '../../protocol/api-answers-browser';
import type { RouteAnswer } from '../../protocol/routes';
import { logStateOf, type LogState } from './log-state';
import { t } from '../i18n';

export interface PanelState {
  /** Undefined until the worker said; null when no CRM is connected. */
  connection: Connection | null | undefined;
  /** With no CRM connected: the CRM that ended the sign-in, whose paused changes are still listed. */
  signedOut?: SignedOutCrm | undefined;
  /** Undefined until the calls came. */
  source: 'sample' | 'ringcentral' | undefined;
  /** Newest first, with why auto-log left a call unlogged. */
  calls: CallEntry[];
  /** Each call's ledger entry by session id; undefined while it cannot be read (not connected). */
  entries: ReadonlyMap<string, CallLogEntry> | undefined;
  /** This account's changes in the outbox. */
  waiting: OutboxEntry[];
  showAllWaiting: boolean;
  /** Contact names learned in this panel, by session id. */
  names: ReadonlyMap<string, string>;
  /** Why the list cannot be shown as it should; the panel offers Options with it. */
  notice: string | undefined;
}

export type SignedOutCrm = NonNullable<RouteAnswer<'GET /connection'>['signedOut']>;

export const emptyPanel: PanelState = {
  connection: undefined,
  source: undefined,
  calls: [],
  entries: undefined,
  waiting: [],
  showAllWaiting: false,
  names: new Map(),
  notice: undefined,
};

/** Soon after the next try is due, between these bounds: a panel left open must not keep the worker busy. */
export const OUTBOX_POLL_MS = { min: 5_000, max: 60_000 };

export function withConnection(state: PanelState, answer: RouteAnswer<'GET /connection'>): PanelState {
  return { ...state, connection: answer.connection ?? null, signedOut: answer.connection ? undefined : answer.signedOut };
}

/** Whose outbox there is to read: the connected account's, or the one the CRM signed out (read-only). */
export function readsOutbox({ connection, signedOut }: PanelState): boolean {
  return Boolean(connection || signedOut);
}

/** New calls with their logged states. Calls that could not be refreshed come with a message; with no calls at all it is the notice. */
export function withCalls(state: PanelState, snapshot: RouteAnswer<'GET /calls'>, logs: RouteAnswer<'GET /callLog'>): PanelState {
  const calls = snapshot.calls ?? [];
  const next = withLogEntries({ ...state, calls, source: snapshot.source ?? 'sample', notice: undefined }, logs);
  return snapshot.returnMessage && !calls.length ? { ...next, notice: snapshot.returnMessage.message } : next;
}

export function withLogEntries(state: PanelState, answer: RouteAnswer<'GET /callLog'>): PanelState {
  if (!answer.successful) {
    return { ...state, entries: undefined, notice: answer.returnMessage?.message ?? t('list_states_unreadable') };
  }
  return { ...state, entries: new Map((answer.logs ?? []).map((entry) => [entry.sessionId, entry])) };
}

/** Not asked (`undefined`: not connected, so there is no account's outbox), or refused: nothing waits. */
export function withOutbox(state: PanelState, answer: RouteAnswer<'GET /outbox'> | undefined): PanelState {
  return { ...state, waiting: answer?.successful ? (answer.items ?? []) : [] };
}

/** A call the worker just logged that the list does not show yet (the dialer's, before the next sync). */
export function withCall(state: PanelState, call: CallEntry): PanelState {
  return state.calls.some((c) => c.sessionId === call.sessionId) ? state : { ...state, calls: [call, ...state.calls] };
}

export function withName(state: PanelState, sessionId: string, name: string): PanelState {
  return { ...state, names: new Map(state.names).set(sessionId, name) };
}

export function withAllWaitingShown(state: PanelState): PanelState {
  return { ...state, showAllWaiting: true };
}

/**
 * Each call's state as the list shows it; undefined while the entries are unknown. Signed out by
 * the CRM, the ledger cannot be read, but a call whose log waits still says so.
 */
export function logStates({ entries, waiting, signedOut }: PanelState): Map<string, LogState> | undefined {
  const creates = new Map(waiting.filter((item) => item.operation === 'create').map((item) => [item.sessionId, item]));
  if (!entries) return signedOut && creates.size ? new Map([...creates].map(([sessionId, item]) => [sessionId, item.state])) : undefined;
  return new Map([...entries].map(([sessionId, entry]) => [sessionId, logStateOf(entry, creates.get(sessionId))]));
}

/** Changes when anything the list shows of the outbox changed (not when only time passed). */
export function outboxKey({ waiting }: PanelState): string {
  return waiting.map((item) => `${item.id}:${item.state}:${item.attempt}`).join();
}

/** When to read the outbox again (ms from `now`); undefined when nothing waits. */
export function outboxPollDelay({ waiting }: PanelState, now: number): number | undefined {
  return waitingPollDelay(waiting, now);
}

/** The same for any waiting list (the Messages view's too): an item without a state is pending. */
export function waitingPollDelay(items: readonly { state?: string; nextAttemptAt: number }[], now: number): number | undefined {
  if (!items.length) return undefined;
  const nextTry = Math.min(...items.filter((item) => (item.state ?? 'pending') === 'pending').map((item) => item.nextAttemptAt));
  return Math.min(Math.max(nextTry - now + 1000, OUTBOX_POLL_MS.min), OUTBOX_POLL_MS.max);
}

/** A create the worker refused outright keeps the form open; logged, queued or in progress, the form is done. */
export function leavesLogForm(answer: RouteAnswer<'POST /callLog'>): boolean {
  return answer.successful || Boolean(answer.logId || answer.queued || answer.state);
}
