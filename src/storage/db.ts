/**
 * The extension's IndexedDB: what the service worker must not keep only in memory.
 * Every schema change is a new version with its own step in `upgrade`, applied in order, so a
 * browser that skipped releases still reaches the current shape.
 */
import type { DBSchema } from 'idb';
import { defineDatabase } from './define-database';
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

const database = defineDatabase<LoggerDb>(DB_NAME, DB_VERSION, (db, oldVersion) => {
  if (oldVersion < 1) {
    const callLogs = db.createObjectStore('callLogs', { keyPath: ['platform', 'userId', 'sessionId'] });
    callLogs.createIndex('byState', ['platform', 'userId', 'state']);
  }
});

export const loggerDb = database.open;
export const closeLoggerDb = database.close;
