/** The state a call shows in the list, from its ledger entry and its create in the outbox. */
import { describe, expect, it } from 'vitest';
import { logStateOf } from '../../src/ui/sidepanel/log-state';
import type { OutboxEntry } from '../../src/protocol/api-answers';

const create = (state: OutboxEntry['state']): OutboxEntry => ({
  id: 1,
  sessionId: 's',
  operation: 'create',
  state,
  attempt: 1,
  nextAttemptAt: 0,
  createdAt: 0,
});

describe('logStateOf', () => {
  it('reads the ledger: logged, not logged, needs review, and a create on its way', () => {
    expect(logStateOf(undefined)).toBe('notLogged');
    expect(logStateOf({ sessionId: 's', matched: false })).toBe('notLogged');
    expect(logStateOf({ sessionId: 's', matched: true, logId: '7' })).toBe('logged');
    expect(logStateOf({ sessionId: 's', matched: false, state: 'needsReview' })).toBe('needsReview');
    expect(logStateOf({ sessionId: 's', matched: false, state: 'logging' })).toBe('pending');
    expect(logStateOf({ sessionId: 's', matched: false, state: 'queued' })).toBe('pending');
  });

  it('tells a queued create the CRM refused for good, or one waiting for a reconnect, from one that is retried', () => {
    const queued = { sessionId: 's', matched: false, state: 'queued' } as const;
    expect(logStateOf(queued, create('pending'))).toBe('pending');
    expect(logStateOf(queued, create('failed'))).toBe('failed');
    expect(logStateOf(queued, create('paused'))).toBe('paused');
    // The ledger wins: a logged call with a leftover item is logged.
    expect(logStateOf({ sessionId: 's', matched: true, logId: '7' }, create('failed'))).toBe('logged');
  });
});
