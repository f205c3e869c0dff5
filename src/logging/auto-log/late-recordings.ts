/**
 * A log made before RingCentral had the recording gets the recording link once the call log shows
 * it: a PATCH through the same path as the side panel's (updateCallLog: session lock, applied now
 * or queued in the outbox behind the create), so it is added once and never overtakes the create.
 */
import type { CallRecord } from '../../protocol/call-record';
import type { LedgerState } from '../../storage/ledger-cache';
import type { CrmSession } from '../crm-session';
import { isCrmError } from '../../http/crm-error';
import { updateCallLog } from '../update-call-log';
import type { AutoLogOutcome } from './outcomes';

export async function addLateRecordings(
  session: CrmSession,
  calls: readonly CallRecord[],
  states: readonly (LedgerState | undefined)[],
  outcomes: Readonly<Record<string, AutoLogOutcome>>,
  changes: Map<string, AutoLogOutcome | undefined>,
): Promise<void> {
  for (const [i, call] of calls.entries()) {
    const before = outcomes[call.sessionId];
    const link = call.recording?.link;
    if (before?.recording !== 'missing' || states[i]?.state !== 'logged' || !link) continue;
    try {
      const answer = await updateCallLog(session, { sessionId: call.sessionId, recordingLink: link });
      if (answer.successful || answer.queued) changes.set(call.sessionId, { ...before, recording: 'added', at: Date.now() });
    } catch (failure) {
      // Refused for good (the log was deleted in the CRM): stop asking.
      if (!isCrmError(failure)) throw failure;
      changes.set(call.sessionId, { ...before, recording: 'added', detail: failure.message, at: Date.now() });
    }
  }
}
