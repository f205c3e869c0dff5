/** A contact of the Example CRM as the log form sees it: its open deals, and when it was last called. */
import type { ContactInfo } from '../../protocol/crm-shapes';
import type { ExampleContact } from './seed';
import { exampleCrmDb } from './store';

export async function toContactInfo(contact: ExampleContact, phone: string): Promise<ContactInfo> {
  const deals = await (await exampleCrmDb()).getAllFromIndex('deals', 'byContact', contact.id);
  const open = deals.filter((deal) => deal.status === 'open').map((deal) => ({ const: deal.id, title: deal.title }));
  return {
    id: contact.id,
    name: contact.name,
    type: contact.type,
    phone,
    organization: contact.company,
    createdDate: contact.createdDate,
    additionalInfo: open.length ? { deals: open } : {},
  };
}

/** When each contact was last called: only asked when a number has several contacts to choose from. */
export async function addLastActivity(contacts: ContactInfo[]): Promise<void> {
  const last = new Map<string, string>();
  for (const activity of await (await exampleCrmDb()).getAll('activities')) {
    if (activity.createdAt > (last.get(activity.contactId) ?? '')) last.set(activity.contactId, activity.createdAt);
  }
  for (const contact of contacts) {
    const at = last.get(String(contact.id));
    if (at) contact.mostRecentActivityDate = at;
  }
}
