/**
 * The extension's IndexedDB: what the service worker must not keep only in memory.
 * Every schema change is a new version with its own step in `upgrade`, applied in order, so a
 * browser that skipped releases still reaches the current shape.
 */
import type { DBSchema } from 'idb';
import { defineDatabase } from './define-database';
import { clearLedgerCache } from './ledger-cache';
import type { CallLogRecord } from './call-log-record';
import type { OutboxItem } from './outbox-record';
import type { MessageLogRecord } from './message-log-record';

export const DB_NAME = 'crm-call-logger';
export const DB_VERSION = 3;

export interface LoggerDb extends DBSchema {
  /** One record per (platform, CRM user, call session): the one-call-one-log ledger. */
  callLogs: {
    key: [string, string, string];
    value: CallLogRecord;
    indexes: { byState: [string, string, string]; state: string };
  };
  /** Creates and updates waiting to be sent again (see src/logging/outbox/). */
  outbox: {
    key: number;
    value: OutboxItem;
    indexes: { bySession: [string, string, string]; byAccount: [string, string] };
  };
  /** One record per (platform, CRM user, conversation-day, contact): the message ledger. */
  messageLogs: {
    key: [string, string, string, string];
    value: MessageLogRecord;
    indexes: { byConversation: [string, string, string]; byPending: number };
  };
}

const database = defineDatabase<LoggerDb>(
  DB_NAME,
  DB_VERSION,
  (db, oldVersion, _newVersion, tx) => {
    if (oldVersion < 1) {
      const callLogs = db.createObjectStore('callLogs', { keyPath: ['platform', 'userId', 'sessionId'] });
      callLogs.createIndex('byState', ['platform', 'userId', 'state']);
    }
    if (oldVersion < 2) {
      // Version 2: the outbox, and a way to find unfinished creates of every account at start-up.
      tx.objectStore('callLogs').createIndex('state', 'state');
      const outbox = db.createObjectStore('outbox', { keyPath: 'id', autoIncrement: true });
      outbox.createIndex('bySession', ['platform', 'userId', 'sessionId']);
      outbox.createIndex('byAccount', ['platform', 'userId']);
    }
    if (oldVersion < 3) {
      // Version 3: the message ledger; records with messages waiting are found by when they are due.
      const messageLogs = db.createObjectStore('messageLogs', { keyPath: ['platform', 'userId', 'conversationLogId', 'contactId'] });
      messageLogs.createIndex('byConversation', ['platform', 'userId', 'conversationLogId']);
      messageLogs.createIndex('byPending', 'pending.nextAttemptAt');
    }
  },
  'the call-log ledger',
);

/**
 * Exactly-once depends on these writes surviving an OS crash or a power cut: the claim written
 * before the CRM is called, the mark written after it answered. Chrome 121+ and Firefox commit
 * with `relaxed` durability by default (the write may still sit in the OS cache when `done`
 * resolves); `strict` waits for the disk (cost: `npm run bench`, docs/benchmarks.md).
 */
export const STRICT = { durability: 'strict' } as const;

export const loggerDb = database.open;

export type LedgerDb = Awaited<ReturnType<typeof loggerDb>>;

/** The open database without waiting, when it is open: a transaction begun in the same turn. */
export const openLedgerNow = database.openNow;

/** One strict readwrite transaction over the ledger and the outbox, which change together. */
export async function writeLedgerAndOutbox() {
  const tx = (await loggerDb()).transaction(['callLogs', 'outbox'], 'readwrite', STRICT);
  return { tx, callLogs: tx.objectStore('callLogs'), outbox: tx.objectStore('outbox') };
}

/** Closes the database; what the worker cached of the ledger goes with it. */
export async function closeLoggerDb(): Promise<void> {
  clearLedgerCache();
  await database.close();
}
