/**
 * findContact (docs/google-sheets.md): the `ID`, `Contact name` and `Phone` columns of the
 * `Contacts` tab in one request, matched on digits, so `+1 (415) 555-0123` typed by a person
 * matches `+14155550123`. A contact's id is its `ID` cell.
 */
import { nationalSignificantNumber } from '../../phone/national-number';
import type { ContactInfo } from '../../protocol/crm-shapes';
import type { CrmUser } from '../../storage/connections';
import { internalNumberAnswer, lookupNumber } from '../lookup-number';
import { CONTACTS, columnRange } from './a1';
import type { SheetsApi } from './api';
import { column, columnsOf } from './tabs';

export const NEW_CONTACT: ContactInfo = { id: 'createNewContact', name: 'Create new contact...', isNewContact: true };

export async function findContact(api: SheetsApi, user: CrmUser, phoneNumber: string) {
  const phone = lookupNumber(phoneNumber);
  if (!phone) return internalNumberAnswer();
  const digits = phone.replace(/\D/g, '');
  const national = await nationalSignificantNumber(phone);
  const columns = await columnsOf(api, user, CONTACTS);
  const [ids = [], names = [], phones = []] = await api.readMany(
    ['ID', 'Contact name', 'Phone'].map((name) => columnRange(CONTACTS, column(columns, name))),
  );
  const matched: ContactInfo[] = [];
  for (let row = 1; row < ids.length; row += 1) {
    const cell = (phones[row]?.[0] ?? '').replace(/\D/g, '');
    const same = cell === digits || (national !== undefined && national.length >= 7 && cell.endsWith(national));
    if (cell && same && ids[row]?.[0])
      matched.push({ id: ids[row]![0]!, name: names[row]?.[0] ?? '', phone: phones[row]![0]!, type: 'contact', additionalInfo: {} });
  }
  return { successful: true, matchedContactInfo: [...matched, NEW_CONTACT] };
}
