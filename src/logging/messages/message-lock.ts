/**
 * Serialises work on one conversation-day of one contact, as session-lock.ts does for a call: a
 * Web Lock, dropped by the browser when the worker stops. The durable truth is the message ledger.
 */
import { messageLogKeyOf, type MessageLogKey } from '../../storage/message-log-record';

export async function withMessageLock<T>(key: MessageLogKey, work: () => Promise<T>): Promise<T> {
  return await navigator.locks.request(`message-log:${JSON.stringify(messageLogKeyOf(key))}`, work);
}
