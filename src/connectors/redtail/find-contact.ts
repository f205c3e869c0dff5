/**
 * findContact (docs/redtail.md, "Finding a contact"): one basic search by the national number (the
 * number as given when it is not a possible international one), each contact offered with the
 * database's activity categories, which are read once a day.
 */
import * as z from 'zod/mini';
import { nationalSignificantNumber } from '../../phone/national-number';
import type { ContactInfo, FieldOption } from '../../protocol/crm-shapes';
import type { CrmUser } from '../../storage/connections';
import { clearCaches, defineTtlCache } from '../../storage/ttl-cache';
import { internalNumberAnswer, lookupNumber } from '../lookup-number';
import type { RedtailApi } from './api';
import type { RedtailContact } from './schemas';

const DAY = 24 * 60 * 60 * 1000;
const scopeOf = (user: CrmUser) => `redtail:${user.id}:`;
const categoryCache = (user: CrmUser) =>
  defineTtlCache(`${scopeOf(user)}categories`, z.array(z.object({ const: z.number(), title: z.string() })), { ttlMs: DAY });

export const clearRedtailCaches = (user: CrmUser) => clearCaches(scopeOf(user));

export async function findContact(api: RedtailApi, user: CrmUser, phoneNumber: string) {
  const phone = lookupNumber(phoneNumber);
  if (!phone) return internalNumberAnswer();
  const [{ contacts }, category] = await Promise.all([api.searchByPhone((await nationalSignificantNumber(phone)) ?? phone), categories(api, user)]);
  const matched: ContactInfo[] = contacts.map((contact) => ({
    id: contact.id,
    name: nameOf(contact),
    phone,
    type: 'contact',
    createdDate: contact.created_at ?? '',
    mostRecentActivityDate: contact.updated_at ?? '',
    additionalInfo: { category },
  }));
  const create: ContactInfo = { id: 'createNewContact', name: 'Create new contact...', isNewContact: true, additionalInfo: { category } };
  return { successful: true, matchedContactInfo: [...matched, create] };
}

async function categories(api: RedtailApi, user: CrmUser): Promise<FieldOption[]> {
  const cache = categoryCache(user);
  const cached = await cache.get('active');
  if (cached) return cached;
  const { categories: all } = await api.categories();
  const active = all.filter((category) => !category.deleted).map((category) => ({ const: category.id, title: category.name }));
  await cache.setMany([['active', active]]);
  return active;
}

export function nameOf(contact: Pick<RedtailContact, 'first_name' | 'middle_name' | 'last_name' | 'full_name'>): string {
  const parts = [contact.first_name, contact.middle_name, contact.last_name].map((part) => part?.trim()).filter(Boolean);
  return parts.length ? parts.join(' ') : (contact.full_name ?? '').trim();
}
