/**
 * findContact (docs/insightly.md, "Finding a contact"): Insightly's search is an exact match on
 * one field, so each query value is searched in contacts' PHONE and PHONE_MOBILE and leads' PHONE
 * and MOBILE. E.164 first (what createContact stores); the national number, or the user's
 * alternative formats, only when E.164 found nobody. Each record's links become the form's options.
 */
import { nationalSignificantNumber } from '../../phone/national-number';
import { inBatches } from '../../http/in-batches';
import { isCrmError } from '../../http/crm-error';
import type { ContactInfo, FieldOption } from '../../protocol/crm-shapes';
import { internalNumberAnswer, lookupNumber } from '../lookup-number';
import type { InsightlyApi } from './api';
import type { InsightlyCaches } from './caches';
import { fromInsightlyTime } from './insightly-time';
import type { Link, Person } from './schemas';

export const NEW_CONTACT: ContactInfo = { id: 'createNewContact', name: 'Create new contact...', isNewContact: true };

const SEARCHES = [
  ['Contacts', 'PHONE'],
  ['Contacts', 'PHONE_MOBILE'],
  ['Leads', 'PHONE'],
  ['Leads', 'MOBILE'],
] as const;

const LINKED = { organisation: 'Organisations', opportunity: 'Opportunities', project: 'Projects' } as const;
type LinkKind = keyof typeof LINKED;

export async function findContact(api: InsightlyApi, caches: InsightlyCaches, phoneNumber: string, overridingFormat?: string) {
  const phone = lookupNumber(phoneNumber);
  if (!phone) return internalNumberAnswer();
  const national = await nationalSignificantNumber(phone);
  const fallbacks = overridingFormat?.trim() && national ? formatted(overridingFormat, national) : national ? [national] : [];
  let found: { person: Person; type: 'Contact' | 'Lead'; phone: string }[] = [];
  for (const values of [[phone], fallbacks]) {
    const answers = await Promise.all(
      values.flatMap((value) =>
        SEARCHES.map(async ([collection, field]) => ({ value, collection, people: await api.search(collection, field, value) })),
      ),
    );
    found = answers.flatMap(({ value, collection, people }) =>
      people.map((person) => ({ person, type: collection === 'Contacts' ? ('Contact' as const) : ('Lead' as const), phone: value })),
    );
    if (found.length) break;
  }
  const unique = [...new Map(found.map((hit) => [`${hit.type}:${idOf(hit.person)}`, hit])).values()];
  await caches.names.setMany(unique.map(({ person, type }) => [`${type}:${idOf(person)}`, nameOf(person)] as const));
  const matched = await inBatches(unique, 4, async ({ person, type, phone: matchedPhone }): Promise<ContactInfo> => ({
    id: idOf(person),
    name: nameOf(person),
    phone: matchedPhone,
    type,
    createdDate: fromInsightlyTime(person.DATE_CREATED_UTC),
    mostRecentActivityDate: fromInsightlyTime(person.LAST_ACTIVITY_DATE_UTC || person.DATE_UPDATED_UTC),
    additionalInfo: await optionsOf(api, caches, person.LINKS),
  }));
  return { successful: true, matchedContactInfo: [...matched, NEW_CONTACT] };
}

/** App Connect's `overridingFormat`: up to three formats, comma separated, each `*` a digit of the national number. */
function formatted(formats: string, national: string): string[] {
  return formats
    .split(',')
    .slice(0, 3)
    .map((format) => {
      let i = 0;
      return format.trimStart().replace(/\*/g, () => national[i++] ?? '');
    })
    .filter(Boolean);
}

async function optionsOf(api: InsightlyApi, caches: InsightlyCaches, links: Link[]): Promise<Record<string, FieldOption[]>> {
  const options: Record<string, FieldOption[]> = {};
  for (const link of links) {
    const kind = link.LINK_OBJECT_NAME.toLowerCase() as LinkKind;
    if (!(kind in LINKED)) continue;
    const title = await linkName(api, caches, kind, link.LINK_OBJECT_ID);
    if (title !== undefined) (options[kind] ??= []).push({ const: link.LINK_OBJECT_ID, title });
  }
  return options;
}

async function linkName(api: InsightlyApi, caches: InsightlyCaches, kind: LinkKind, id: number): Promise<string | undefined> {
  const key = `${kind}:${id}`;
  const cached = await caches.linkNames.get(key);
  if (cached !== undefined) return cached;
  try {
    const record = await api.linked(LINKED[kind], id);
    const name = record.ORGANISATION_NAME ?? record.OPPORTUNITY_NAME ?? record.PROJECT_NAME ?? `${kind} ${id}`;
    await caches.linkNames.setMany([[key, name]]);
    return name;
  } catch (failure) {
    // A linked record we may not read costs the form that option, not the whole lookup.
    if (isCrmError(failure) && failure.code !== 'rateLimited' && failure.code !== 'unavailable') return undefined;
    throw failure;
  }
}

export const idOf = (person: Person): number => (person.CONTACT_ID ?? person.LEAD_ID)!;
export const nameOf = (person: Person): string => `${person.FIRST_NAME ?? ''} ${person.LAST_NAME ?? ''}`.trim();
