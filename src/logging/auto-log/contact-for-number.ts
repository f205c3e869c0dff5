/**
 * The contact an automatic log goes to, for one number, by the user's rules: one match is taken;
 * none is left (`noMatch`) or made a new contact; several are left (`severalMatches`, with the
 * names) or picked by the policy (choose-contact.ts). Calls and messages decide alike.
 */
import type { ContactInfo } from '../../protocol/crm-shapes';
import type { AutoLogSettings, UnloggedReason } from '../../protocol/schemas/auto-log-settings';
import type { CrmSession } from '../crm-session';
import { chooseContact } from './choose-contact';

/** Contact lookups of one pass, by number: a back-fill of 1,000 calls from a few numbers asks a few times. */
export type ContactLookups = Map<string, Promise<ContactInfo[]>>;

export type Picked = { contact: ContactInfo } | { reason: UnloggedReason; detail?: string };

export interface Party {
  /** A phone number, or an extension number when `isExtension`. */
  number: string;
  name?: string;
  isExtension: boolean;
}

export async function contactForNumber(session: CrmSession, party: Party, settings: AutoLogSettings, lookups: ContactLookups): Promise<Picked> {
  const { number } = party;
  let lookup = lookups.get(number);
  if (!lookup) lookups.set(number, (lookup = findContacts(session, number, party.isExtension)));
  const matches = await lookup;
  if (matches.length === 0) {
    if (settings.unknownNumber === 'skip' || party.isExtension) return { reason: 'noMatch' };
    lookups.delete(number); // the next log for this number finds the new contact
    const type = session.connector.contactTypes[0];
    const created = await session.connector.createContact({
      user: session.user,
      authHeader: session.authHeader,
      phoneNumber: number,
      newContactName: party.name?.trim() || number,
      newContactType: type ?? 'contact',
    });
    if (!created.contactInfo) return { reason: 'crmRefused', detail: created.returnMessage?.message ?? 'The contact was not created.' };
    return { contact: { ...created.contactInfo, type } };
  }
  const chosen = chooseContact(matches, settings.severalMatches);
  return chosen ? { contact: chosen } : { reason: 'severalMatches', detail: matches.map((contact) => contact.name).join(', ') };
}

async function findContacts(session: CrmSession, number: string, isExtension: boolean): Promise<ContactInfo[]> {
  const { connector, user, authHeader } = session;
  const found = await connector.findContact({ user, authHeader, phoneNumber: number, isExtension });
  return (found.matchedContactInfo ?? []).filter((contact) => !contact.isNewContact);
}
