/**
 * Reconciles a create whose answer was lost (docs/connectors.md, "Finding a lost create"): every
 * Note the connector creates carries the call's session id in `externalID`, and
 * `query/Note?where=externalID='…'` finds it, whoever the person. A Note another Bullhorn user
 * wrote is not ours (`commentingPerson` is the session's user when a Note is created).
 * Requests: 1.
 */
import type { CrmUser } from '../../storage/connections';
import type { BullhornApi } from './api';
import { bullhornUserIdOf } from './to-note';

export async function findCallLogBySession(api: BullhornApi, user: CrmUser, sessionId: string): Promise<{ logId: string | null }> {
  const ownId = bullhornUserIdOf(user);
  const mine = (await api.notesOfSession(sessionId)).find((note) => note.externalID === sessionId && note.commentingPerson?.id === ownId);
  return { logId: mine ? String(mine.id) : null };
}
