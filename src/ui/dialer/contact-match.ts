/**
 * `/contacts/match`: each number asked of the worker (GET /contact), all at once. The widget waits 30 s; numbers not found by 25 s are answered as no match, and the
 * widget is told to match them again when they arrive.
 */
import type { ContactInfo } from '../../protocol/crm-shapes';
import type { RouteAnswer } from '../../protocol/routes';
import { callApi } from '../api-client';
import { SERVICE_NAME } from './service';
import { contactMatchBody } from './widget-schemas';

const DEADLINE_MS = 25_000;

export interface WidgetContact {
  id: string;
  type: typeof SERVICE_NAME;
  name: string;
  entityType: string;
  phoneNumbers: { phoneNumber: string; phoneType: 'direct' }[];
}

export function toWidgetContact(contact: ContactInfo, phoneNumber: string): WidgetContact {
  return {
    id: String(contact.id),
    type: SERVICE_NAME,
    name: contact.name,
    entityType: contact.type ?? 'contact',
    phoneNumbers: [{ phoneNumber, phoneType: 'direct' }],
  };
}

/** The CRM's contacts for a number, without the "create new contact" stand-in. */
export async function crmContacts(phoneNumber: string): Promise<ContactInfo[]> {
  const answer: RouteAnswer<'GET /contact'> = await callApi('GET /contact', { query: { phoneNumber } });
  return (answer.contact ?? []).filter((contact) => !contact.isNewContact);
}

export async function matchContacts(body: unknown, onLate: (phoneNumbers: string[]) => void): Promise<Record<string, WidgetContact[]>> {
  const { phoneNumbers } = contactMatchBody.parse(body);
  const result: Record<string, WidgetContact[]> = {};
  const late: string[] = [];
  const lookups = phoneNumbers.map(async (number) => {
    const found = await crmContacts(number);
    if (late.includes(number)) onLate([number]);
    else result[number] = found.map((contact) => toWidgetContact(contact, number));
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, DEADLINE_MS)));
  await Promise.race([Promise.allSettled(lookups), deadline]);
  clearTimeout(timer);
  for (const number of phoneNumbers) if (!(number in result)) ((result[number] = []), late.push(number));
  return result;
}
