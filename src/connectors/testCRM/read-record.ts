/**
 * What the Example CRM's own page shows: one call log with its contact and deal, or, for an id
 * it does not have, the latest logs. Read straight from the Example CRM's database, as a CRM's
 * web app reads its own data; the page (src/ui/example-crm-page.ts) only draws it.
 */
import type { ExampleContact, ExampleDeal } from './seed';
import { exampleCrmDb, type ExampleActivity } from './store';

/** How many logs the page lists when it has no log to show. */
const LATEST = 20;

export type ExampleCrmRecord =
  { activity: ExampleActivity; contact: ExampleContact | undefined; deal: ExampleDeal | undefined } | { latest: ExampleActivity[] };

export async function readExampleCrmRecord(logId: string): Promise<ExampleCrmRecord> {
  const db = await exampleCrmDb();
  const activity = /^\d+$/.test(logId) ? await db.get('activities', Number(logId)) : undefined;
  if (!activity) return { latest: (await db.getAll('activities')).slice(-LATEST).reverse() };
  const contact = await db.get('contacts', activity.contactId);
  const deal = activity.dealId ? await db.get('deals', activity.dealId) : undefined;
  return { activity, contact, deal };
}
