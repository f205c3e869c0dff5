/**
 * What the remote backend keeps of the server's logs in the IndexedDB ledger, so a session
 * known to be logged is answered without asking the server again and never posted twice.
 */
import { claimSession, updateCallLogRecord } from '../../storage/call-log-store';
import type { CallLogRecord, SessionKey } from '../../storage/call-log-record';
import type { ReturnMessage } from '../../protocol/return-message';
import { warning } from '../../protocol/return-message';
import { toReturnMessage } from './schemas';

/** Records (or adopts) a session the server says is logged under `logId`. */
export async function rememberLogged(key: SessionKey, logId: string, now = Date.now()): Promise<CallLogRecord> {
  const fresh: CallLogRecord = { ...pick(key), state: 'logged', logId, contactId: '', subject: '', createdAt: now, updatedAt: now };
  const claim = await claimSession(fresh);
  if (claim.claimed || (claim.record.state === 'logged' && claim.record.logId === logId)) return claim.record;
  const updated = await updateCallLogRecord(key, (record) => ({ ...record, state: 'logged', logId, updatedAt: now, intent: undefined }));
  return updated ?? fresh;
}

function pick({ platform, userId, sessionId }: SessionKey): SessionKey {
  return { platform, userId, sessionId };
}

/** The message of a `successful: false` answer: its returnMessage, or the bare `message` some paths send. */
export function messageOf(answer: { returnMessage?: unknown; message?: unknown }): ReturnMessage | undefined {
  const returnMessage = toReturnMessage(answer.returnMessage);
  if (returnMessage) return returnMessage;
  return typeof answer.message === 'string' && answer.message ? warning(answer.message) : undefined;
}
