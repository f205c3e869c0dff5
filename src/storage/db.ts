/**
 * The extension's IndexedDB: what the service worker must not keep only in memory.
 * Every schema change is a new version with its own step in `upgrade`, applied in order, so a
 * browser that skipped releases still reaches the current shape.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CallLogRecord } from './call-log-record';

export const DB_NAME = 'crm-call-logger';
export const DB_VERSION = 1;

export interface LoggerDb extends DBSchema {
  /** One record per (platform, CRM user, call session): the one-call-one-log ledger. */
  callLogs: {
    key: [string, string, string];
    value: CallLogRecord;
    indexes: { byState: [string, string, string] };
  };
}

let opening: Promise<IDBPDatabase<LoggerDb>> | undefined;

export function loggerDb(): Promise<IDBPDatabase<LoggerDb>> {
  opening ??= openDB<LoggerDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const callLogs = db.createObjectStore('callLogs', { keyPath: ['platform', 'userId', 'sessionId'] });
        callLogs.createIndex('byState', ['platform', 'userId', 'state']);
      }
    },
    // Another context opened a newer version: let it upgrade, reopen on next use.
    blocking() {
      void closeLoggerDb();
    },
    terminated() {
      opening = undefined;
    },
  });
  return opening;
}

export async function closeLoggerDb(): Promise<void> {
  const db = await opening;
  opening = undefined;
  db?.close();
}
