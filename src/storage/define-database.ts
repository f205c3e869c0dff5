/**
 * One IndexedDB database opened once per worker life and shared. The handle is only a cache: it
 * is dropped when another context needs a newer version (`blocking`), the browser closes it, or
 * the open failed — a failed open is tried again by the next request instead of failing every
 * request until the worker stops (docs/reliability.md, "When storage fails").
 */
import { openDB, type DBSchema, type IDBPDatabase, type OpenDBCallbacks } from 'idb';
import { storageErrorOf } from './storage-error';

export interface Database<Schema extends DBSchema> {
  readonly name: string;
  open(): Promise<IDBPDatabase<Schema>>;
  /** The handle if the database is open now, else undefined (then `open()`). */
  openNow(): IDBPDatabase<Schema> | undefined;
  close(): Promise<void>;
}

export function defineDatabase<Schema extends DBSchema>(
  name: string,
  version: number,
  upgrade: NonNullable<OpenDBCallbacks<Schema>['upgrade']>,
  /** The database in a person's words, for error messages ("the call-log ledger"). */
  what = `the database "${name}"`,
): Database<Schema> {
  let opening: Promise<IDBPDatabase<Schema>> | undefined;
  let opened: IDBPDatabase<Schema> | undefined;
  const database: Database<Schema> = {
    name,
    openNow: () => opened,
    open() {
      if (opening) return opening;
      const attempt = openDB<Schema>(name, version, {
        upgrade,
        blocking: () => void database.close(),
        terminated: () => {
          if (opening === attempt) [opening, opened] = [undefined, undefined];
        },
      }).then(
        (db) => {
          if (opening === attempt) opened = db;
          return db;
        },
        (failure: unknown) => {
          if (opening === attempt) opening = undefined;
          throw storageErrorOf(failure, what) ?? failure;
        },
      );
      opening = attempt;
      return attempt;
    },
    async close() {
      const db = await opening?.catch(() => undefined);
      [opening, opened] = [undefined, undefined];
      db?.close();
    },
  };
  return database;
}
