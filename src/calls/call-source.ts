/**
 * A place the side panel's calls come from. Each source is one module; the worker picks the one
 * the user chose in Options (phone-account.ts). Calls are kept in extension storage, never only
 * in the worker's memory, so the list survives the worker being stopped.
 */
import type { ReturnMessage } from '../api/return-message';
import type { CallRecord } from './call-record';

export interface CallsSnapshot {
  source: 'sample' | 'ringcentral';
  /** Newest first. */
  calls: CallRecord[];
  /** When the calls were last read from the phone system (epoch ms); null = never / not applicable. */
  syncedAt: number | null;
  /** Set when the calls could not be refreshed: the cached ones are still given. */
  returnMessage?: ReturnMessage;
}

export interface CallSource {
  /** The calls as last stored, without asking the phone system. */
  list(): Promise<CallsSnapshot>;
  /** Reads new calls from the phone system when the last read is not recent (or `force`). */
  refresh(options?: { force?: boolean }): Promise<CallsSnapshot>;
}
