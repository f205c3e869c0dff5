/**
 * What the Example CRM's contact page shows (the dialer's contact pop lands there): the contact,
 * its deals and its call logs, read straight from the Example CRM's database.
 */
import type { ExampleContact, ExampleDeal } from './seed';
import { exampleCrmDb, type ExampleActivity } from './store';

export interface ExampleCrmContactRecord {
  contact: ExampleContact | undefined;
  deals: ExampleDeal[];
  activities: ExampleActivity[];
}

export async function readExampleCrmContact(contactId: string): Promise<ExampleCrmContactRecord> {
  const db = await exampleCrmDb();
  const contact = await db.get('contacts', contactId);
  if (!contact) return { contact, deals: [], activities: [] };
  const deals = await db.getAllFromIndex('deals', 'byContact', contactId);
  // An in-browser CRM of a few hundred logs: a scan is fine.
  const activities = (await db.getAll('activities')).filter((activity) => activity.contactId === contactId).reverse();
  return { contact, deals, activities };
}
