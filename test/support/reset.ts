/** Puts the extension's storage back to a fresh install: fake extension storage and both databases. */
import { deleteDB } from 'idb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeExampleCrmDb, EXAMPLE_CRM_DB } from '../../src/connectors/testCRM/store';
import { closeLoggerDb, DB_NAME } from '../../src/storage/db';
import { forgetStoredValues } from '../../src/storage/stored-value';

export async function resetExtension(): Promise<void> {
  // An open connection would block deleteDB forever.
  await closeLoggerDb();
  await closeExampleCrmDb();
  await deleteDB(DB_NAME);
  await deleteDB(EXAMPLE_CRM_DB);
  fakeBrowser.reset();
  forgetStoredValues();
}
