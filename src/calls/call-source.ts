/**
 * A place the side panel's calls come from. Each source is one module; the worker picks the one
 * the user chose in Options (phone-account.ts). Calls are kept in extension storage, never only
 * in the worker's memory, so the list survives the worker being stopped.
 */
import type { ReturnMessage } from '../protocol/return-message';
import type { CallRecord } from '../protocol/call-record';
import type { CallsSnapshot } from '../protocol/api-answers-browser';

export interface CallSource {
  /** The calls as last stored, without asking the phone system. */
  list(): Promise<CallsSnapshot>;
  /** Reads new calls from the phone system when the last read is not recent (or `force`). */
  refresh(options?: { force?: boolean }): Promise<CallsSnapshot>;
}
