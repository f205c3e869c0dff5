/**
 * findContact (docs/pipedrive.md, "Finding a contact"): persons whose phone contains the
 * national number, each with its open deals and leads for the log form, plus the "Create new
 * contact..." pseudo contact.
 * Requests: 1 search + 2 per person + 1 batch for created dates (+1 activity types, once a day).
 */
import { nationalSignificantNumber } from '../../phone/national-number';
import { isCrmError } from '../../http/crm-error';
import { internalNumberAnswer, lookupNumber } from '../lookup-number';
import type { ContactInfo, FieldOption } from '../../protocol/crm-shapes';
import { warmActivityTypes } from './activity-types';
import type { PipedriveApi } from './api';
import type { PipedriveCaches } from './caches';
import { inBatches } from '../../http/in-batches';

export const NEW_CONTACT: ContactInfo = { id: 'createNewContact', name: 'Create new contact...', isNewContact: true };

/** Deals and leads are fetched for this many persons at a time: a shared number can match dozens. */
const PERSONS_AT_ONCE = 4;

export async function findContact(api: PipedriveApi, caches: PipedriveCaches, phoneNumber: string, isExtension: boolean | undefined) {
  if (isExtension) return { successful: false, matchedContactInfo: [] };
  const phone = lookupNumber(phoneNumber);
  if (!phone) return internalNumberAnswer();
  const term = (await nationalSignificantNumber(phone)) ?? phone;
  const [items] = await Promise.all([api.searchPersonsByPhone(term), warmActivityTypes(api, caches)]);
  const persons = items.map(({ item }) => item);
  await Promise.all([
    caches.orgIds.setMany(persons.map((person) => [String(person.id), person.organization?.id ?? null] as const)),
    caches.names.setMany(persons.map((person) => [String(person.id), person.name] as const)),
  ]);

  const [options, dates] = await Promise.all([
    inBatches(persons, PERSONS_AT_ONCE, (person) => recordsOf(api, person.id)),
    // Search items carry no timestamps; the client's "earliest created" rule needs them.
    persons.length ? ignoringCrmErrors(api.personDates(persons.slice(0, 100).map((person) => person.id)), []) : [],
  ]);
  const datesById = new Map(dates.map((date) => [date.id, date]));
  const matched = persons.map((person, i): ContactInfo => {
    const { deals, leads } = options[i]!;
    return {
      id: person.id,
      name: person.name,
      phone,
      createdDate: datesById.get(person.id)?.add_time ?? '',
      mostRecentActivityDate: datesById.get(person.id)?.update_time ?? '',
      organization: person.organization?.name ?? '',
      additionalInfo: { ...(deals.length ? { deals } : {}), ...(leads.length ? { leads } : {}) },
      type: 'contact',
    };
  });
  return { successful: true, matchedContactInfo: [...matched, NEW_CONTACT] };
}

async function recordsOf(api: PipedriveApi, personId: number): Promise<{ deals: FieldOption[]; leads: FieldOption[] }> {
  const [deals, leads] = await Promise.all([
    api.openDeals(personId),
    // A failing leads request costs the form its leads, not the whole lookup.
    ignoringCrmErrors(api.leads(personId), []),
  ]);
  return {
    deals: deals.map((deal) => ({ const: deal.id, title: deal.title })),
    leads: leads.map((lead) => ({ const: lead.id, title: lead.title })),
  };
}

async function ignoringCrmErrors<T>(request: Promise<T>, fallback: T): Promise<T> {
  try {
    return await request;
  } catch (failure) {
    if (isCrmError(failure)) return fallback;
    throw failure;
  }
}
