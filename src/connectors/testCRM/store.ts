/**
 * The Example CRM's own database: a CRM that lives in this browser, apart from the extension's
 * ledger (a real CRM's data is not ours either). Seeded on first open.
 */
import type { DBSchema } from 'idb';
import { defineDatabase } from '../../storage/define-database';
import { seedContacts, seedDeals, type ExampleContact, type ExampleDeal } from './seed';

export interface ExampleActivity {
  id: number;
  contactId: string;
  ownerId: string;
  /** The call session; for a message log, `messages:<conversationLogId>`. */
  sessionId: string;
  /** Set on a message log: the conversation-day it holds. */
  conversationLogId?: string;
  subject: string;
  body: string;
  dealId: string | null;
  duration: number | null;
  createdAt: string;
  updatedAt: string;
}

interface ExampleCrmDb extends DBSchema {
  contacts: { key: string; value: ExampleContact; indexes: { byPhone: string } };
  deals: { key: string; value: ExampleDeal; indexes: { byContact: string } };
  activities: { key: number; value: ExampleActivity; indexes: { bySession: string } };
}

export const EXAMPLE_CRM_DB = 'example-crm';
const database = defineDatabase<ExampleCrmDb>(EXAMPLE_CRM_DB, 1, (db, oldVersion, _newVersion, tx) => {
  if (oldVersion < 1) {
    db.createObjectStore('contacts', { keyPath: 'id' }).createIndex('byPhone', 'phones', { multiEntry: true });
    db.createObjectStore('deals', { keyPath: 'id' }).createIndex('byContact', 'contactId');
    db.createObjectStore('activities', { keyPath: 'id', autoIncrement: true }).createIndex('bySession', 'sessionId');
    for (const contact of seedContacts) void tx.objectStore('contacts').add(contact);
    for (const deal of seedDeals) void tx.objectStore('deals').add(deal);
  }
});

export const exampleCrmDb = database.open;
export const closeExampleCrmDb = database.close;
