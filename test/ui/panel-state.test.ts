/**
 * The side panel's rules, with plain objects and no DOM or worker: what each answer changes,
 * which notice shows, the states the list shows, when the outbox is read again, and which
 * answers to "Log call" close the form.
 */
import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../src/protocol/api-answers';
import { warning } from '../../src/protocol/return-message';
import {
  emptyPanel,
  leavesLogForm,
  logStates,
  OUTBOX_POLL_MS,
  outboxKey,
  outboxPollDelay,
  readsOutbox,
  waitingPollDelay,
  withCalls,
  withConnection,
  withLogEntries,
  withName,
  withOutbox,
} from '../../src/ui/sidepanel/panel-state';
import { callWithSession } from '../support/call-fixtures';

const now = 1_700_000_000_000;
const call = (sessionId: string) => callWithSession(1, sessionId);
const item = (id: number, changes: Partial<OutboxEntry> = {}): OutboxEntry => ({
  id,
  sessionId: `s-${id}`,
  operation: 'create',
  state: 'pending',
  attempt: 1,
  nextAttemptAt: now + 30_000,
  createdAt: now - 1000,
  ...changes,
});
const refused = { successful: false as const, returnMessage: warning('Not connected to a CRM.') };
const logs = (...entries: { sessionId: string; matched: false; state?: 'queued' }[]) => ({ successful: true, logs: entries, returnMessage: null });

describe('the side panel state', () => {
  it("takes the calls with their logged states, and shows the phone system's message only when no call is left", () => {
    const calls = [call('a'), call('b')];
    const snapshot = { successful: true as const, source: 'ringcentral' as const, calls, syncedAt: now };
    const state = withCalls(emptyPanel, snapshot, logs({ sessionId: 'a', matched: false }));
    expect(state).toMatchObject({ calls, source: 'ringcentral', notice: undefined });
    expect([...state.entries!.keys()]).toEqual(['a']);

    const signIn = warning('Sign in with RingCentral to see your calls.');
    expect(withCalls(state, { ...snapshot, returnMessage: signIn }, logs()).notice).toBeUndefined();
    expect(withCalls(state, { ...snapshot, calls: [], returnMessage: signIn }, logs()).notice).toBe(signIn.message);
    // A refused answer still shows a list (empty, from the sample source's badge).
    expect(withCalls(state, refused, logs())).toMatchObject({ calls: [], source: 'sample' });
  });

  it('forgets the states it cannot read and says why, and keeps them once read', () => {
    const unread = withLogEntries(withLogEntries(emptyPanel, logs({ sessionId: 'a', matched: false })), refused);
    expect(unread).toMatchObject({ entries: undefined, notice: 'Not connected to a CRM.' });
    expect(logStates(unread)).toBeUndefined();
  });

  it('shows a queued create as the outbox has it, and nothing waiting when not connected', () => {
    const read = withLogEntries(emptyPanel, logs({ sessionId: 's-1', matched: false, state: 'queued' }, { sessionId: 's-2', matched: false }));
    const waiting = withOutbox(read, { successful: true, items: [item(1, { state: 'failed' })] });
    expect(Object.fromEntries(logStates(waiting)!)).toEqual({ 's-1': 'failed', 's-2': 'notLogged' });
    expect(withOutbox(waiting, undefined).waiting).toEqual([]);
    expect(withOutbox(waiting, refused).waiting).toEqual([]);
  });

  it("signed out by the CRM: reads that account's outbox, and shows the calls that wait although the ledger cannot be read", () => {
    const signedOut = withConnection(emptyPanel, { successful: true, connection: null, signedOut: { platform: 'clio', displayName: 'Clio' } });
    expect(readsOutbox(signedOut)).toBe(true);
    expect(readsOutbox(withConnection(emptyPanel, { successful: true, connection: null }))).toBe(false);
    const unread = withLogEntries(signedOut, refused);
    expect(logStates(unread)).toBeUndefined();
    const waiting = withOutbox(unread, {
      successful: true,
      items: [item(1, { state: 'paused' }), item(2, { state: 'paused', operation: 'update' }), item(3, { state: 'failed' })],
    });
    expect(Object.fromEntries(logStates(waiting)!)).toEqual({ 's-1': 'paused', 's-3': 'failed' });
    // Connected again: the sign-out is forgotten.
    const connected = withConnection(waiting, { successful: true, connection: { platform: 'clio', displayName: 'Clio', name: 'Dana' } });
    expect(connected.signedOut).toBeUndefined();
  });

  it('learns names without changing the state it came from', () => {
    const named = withName(emptyPanel, 'a', 'Dana Whitfield');
    expect(named.names.get('a')).toBe('Dana Whitfield');
    expect(emptyPanel.names.size).toBe(0);
    expect(withConnection(emptyPanel, refused).connection).toBeNull();
  });

  it('reads the outbox again soon after the next try, within bounds, and notices only real changes', () => {
    const waiting = (...items: OutboxEntry[]) => withOutbox(emptyPanel, { successful: true, items });
    expect(outboxPollDelay(emptyPanel, now)).toBeUndefined();
    expect(outboxPollDelay(waiting(item(1)), now)).toBe(31_000);
    expect(outboxPollDelay(waiting(item(1, { nextAttemptAt: now })), now)).toBe(OUTBOX_POLL_MS.min);
    expect(outboxPollDelay(waiting(item(1, { state: 'failed' })), now)).toBe(OUTBOX_POLL_MS.max);
    // The Messages view's waiting days carry no state: each will be sent again.
    expect(waitingPollDelay([{ nextAttemptAt: now + 20_000 }], now)).toBe(21_000);
    expect(waitingPollDelay([], now)).toBeUndefined();
    expect(outboxKey(waiting(item(1)))).toBe(outboxKey(waiting(item(1, { nextAttemptAt: now + 99_000 }))));
    expect(outboxKey(waiting(item(1)))).not.toBe(outboxKey(waiting(item(1, { attempt: 2 }))));
  });

  it('keeps the log form open only for a create the worker refused outright', () => {
    const message = warning('x');
    expect(leavesLogForm({ successful: true, logId: '7', returnMessage: message })).toBe(true);
    expect(leavesLogForm({ successful: false, logId: '7', returnMessage: message })).toBe(true); // logged before
    expect(leavesLogForm({ successful: false, queued: true, state: 'queued', returnMessage: message })).toBe(true);
    expect(leavesLogForm({ successful: false, state: 'needsReview', returnMessage: message })).toBe(true);
    expect(leavesLogForm({ successful: false, returnMessage: message })).toBe(false);
  });
});
