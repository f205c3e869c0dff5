/**
 * One IndexedDB database opened once per worker life and shared. The handle is only a cache: it
 * is dropped when another context needs a newer version (`blocking`) or the browser closes it.
 */
import { openDB, type DBSchema, type IDBPDatabase, type OpenDBCallbacks } from 'idb';

export interface Database<Schema extends DBSchema> {
  readonly name: string;
  open(): Promise<IDBPDatabase<Schema>>;
  close(): Promise<void>;
}

export function defineDatabase<Schema extends DBSchema>(
  name: string,
  version: number,
  upgrade: NonNullable<OpenDBCallbacks<Schema>['upgrade']>,
): Database<Schema> {
  let opening: Promise<IDBPDatabase<Schema>> | undefined;
  const database: Database<Schema> = {
    name,
    open() {
      opening ??= openDB<Schema>(name, version, {
        upgrade,
        blocking: () => void database.close(),
        terminated: () => {
          opening = undefined;
        },
      });
      return opening;
    },
    async close() {
      const db = await opening;
      opening = undefined;
      db?.close();
    },
  };
  return database;
}
