/**
 * findContact (docs/clio.md, "Finding a contact"): Clio's wildcard contact search by the E.164
 * number, then each contact's matters for the log form, those it is client of first, then those
 * related through a relationship, without duplicates and without closed ones unless asked.
 * Requests: 1 search + 2 per contact (run a few contacts at a time).
 */
import type { ContactInfo, FieldOption } from '../../protocol/crm-shapes';
import { inBatches } from '../../http/in-batches';
import { internalNumberAnswer, lookupNumber } from '../lookup-number';
import type { ClioApi } from './api';
import type { Matter } from './schemas';

export const NEW_CONTACT: ContactInfo = { id: 'createNewContact', name: 'Create new contact...', isNewContact: true };
const CONTACTS_AT_ONCE = 4;

export function billableOptions(billableByDefault: boolean): FieldOption[] {
  const options = [
    { const: 'billable', title: 'Billable' },
    { const: 'non-billable', title: 'Non-billable' },
  ];
  return billableByDefault ? options : options.reverse();
}

export async function findContact(
  api: ClioApi,
  phoneNumber: string,
  isExtension: boolean | undefined,
  settings: { billableByDefault: boolean; seeClosedMatters?: boolean },
) {
  if (isExtension) return { successful: false, matchedContactInfo: [] };
  const phone = lookupNumber(phoneNumber);
  if (!phone) return internalNumberAnswer();
  const contacts = await api.searchContacts(phone);
  const matters = await inBatches(contacts, CONTACTS_AT_ONCE, async (contact) => {
    const [own, related] = await Promise.all([api.clientMatters(contact.id), api.relatedMatters(contact.id)]);
    const seen = new Set<number>();
    return [...own, ...related].filter(
      (matter) => !seen.has(matter.id) && seen.add(matter.id) && (settings.seeClosedMatters || matter.status !== 'Closed'),
    );
  });
  const matched = contacts.map((contact, i): ContactInfo => {
    const options = matters[i]!.map(toOption);
    return {
      id: contact.id,
      name: contact.name,
      phone,
      type: contact.type ?? 'Person',
      createdDate: contact.created_at ?? '',
      mostRecentActivityDate: contact.updated_at ?? '',
      additionalInfo: { ...(options.length ? { matters: options } : {}), billableStatus: billableOptions(settings.billableByDefault) },
    };
  });
  return { successful: true, matchedContactInfo: [...matched, NEW_CONTACT] };
}

function toOption(matter: Matter): FieldOption {
  const number = matter.display_number ?? String(matter.id);
  return { const: matter.id, title: matter.description ? `${number} - ${matter.description}` : number };
}
