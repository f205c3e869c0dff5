/**
 * findContact (docs/bullhorn.md, "Finding a contact"): client contacts, candidates and leads whose
 * phone fields hold the national number, searched at once, then the account's note actions for
 * the log form. Requests: 3 searches (+1 for the note actions once a day).
 */
import type { ContactInfo, FieldOption } from '../../protocol/crm-shapes';
import { nationalSignificantNumber } from '../../phone/national-number';
import type { CrmUser } from '../../storage/connections';
import { warning } from '../../protocol/return-message';
import { internalNumberAnswer, lookupNumber } from '../lookup-number';
import type { BullhornApi, PersonEntity } from './api';
import { noteActions as accountNoteActions } from './account-data';
import type { Person } from './schemas';

const SEARCHES: readonly { entity: PersonEntity; type: string; fields: string; phones: string; exclude: string }[] = [
  { entity: 'ClientContact', type: 'Contact', fields: 'dateLastVisit', phones: '', exclude: 'Archive' },
  { entity: 'Candidate', type: 'Candidate', fields: 'dateLastComment', phones: ' OR workPhone:N', exclude: 'Archived' },
  { entity: 'Lead', type: 'Lead', fields: 'status,dateLastComment', phones: '', exclude: 'Converted' },
];

export async function findContact(api: BullhornApi, user: CrmUser, phoneNumber: string, isExtension: boolean | undefined) {
  if (isExtension) return { successful: false, matchedContactInfo: [] };
  const phone = lookupNumber(phoneNumber);
  if (!phone) return internalNumberAnswer();
  const national = await nationalSignificantNumber(phone);
  if (!national) return { successful: false, matchedContactInfo: [], returnMessage: warning('Invalid phone number format', 3000) };
  // The searches first: a Bullhorn that fails them fails the lookup, whatever the cached form data.
  const found = await Promise.all(
    SEARCHES.map(({ entity, fields, phones, exclude }) =>
      api.search(
        entity,
        `id,name,email,phone,dateAdded,dateLastModified,${fields}`,
        `(phone:N OR mobile:N OR phone2:N OR phone3:N${phones}) AND isDeleted:false NOT status:"${exclude}"`.replace(/\bN\b/g, national),
      ),
    ),
  );
  const actions = await accountNoteActions(api, user);
  const noteActions: Record<string, FieldOption[]> = actions.length ? { noteActions: actions } : {};
  const matched = SEARCHES.flatMap(({ type }, i) => found[i]!.map((person) => toContact(person, type, noteActions)));
  const newContact: ContactInfo = {
    id: 'createNewContact',
    name: 'Create new contact...',
    isNewContact: true,
    additionalInfo: noteActions,
  };
  return { successful: true, matchedContactInfo: [...matched, newContact] };
}

function toContact(person: Person, type: string, additionalInfo: Record<string, FieldOption[]>): ContactInfo {
  const iso = (ms: number | null | undefined) => (typeof ms === 'number' ? new Date(ms).toISOString() : '');
  const latest = Math.max(...[person.dateLastModified, person.dateLastComment, person.dateLastVisit, person.dateAdded].map((d) => d ?? 0));
  return {
    id: person.id,
    name: person.name ?? '',
    phone: person.phone ?? '',
    type,
    createdDate: iso(person.dateAdded),
    mostRecentActivityDate: latest ? iso(latest) : '',
    additionalInfo: Object.keys(additionalInfo).length ? additionalInfo : null,
  };
}
