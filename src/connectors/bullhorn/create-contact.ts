/**
 * createContact (docs/bullhorn.md, "New contacts"): a lead or candidate is one `PUT`; a client
 * contact must belong to a company, so it goes under the placeholder company the App Connect
 * connector uses too (found by name, made when missing, its id cached). Requests: 1 (a client
 * contact: 1, or 2–3 the first time).
 */
import { success, warning } from '../../protocol/return-message';
import type { Connector } from '../types';
import { placeholderCompanies } from './account-data';
import type { BullhornApi } from './api';
import { entityOf } from './to-note';

type CreateArgs = Parameters<Connector['createContact']>[0];

const PLACEHOLDER = 'RingCentral_CRM_Extension_Placeholder_Company';

export async function createContact(api: BullhornApi, args: CreateArgs) {
  if (!args.newContactType) return { contactInfo: null, returnMessage: warning('Choose a contact type', 3000) };
  const entity = entityOf(args.newContactType)!;
  const name = args.newContactName.trim();
  const [firstName = '', ...rest] = name.split(/\s+/);
  const status = args.additionalSubmission?.status;
  const body = { name, firstName, lastName: rest.join(' '), phone: args.phoneNumber, ...(typeof status === 'string' && status ? { status } : {}) };
  const company = entity === 'ClientContact' ? { clientCorporation: { id: await placeholderCompany(api, args.user.id) } } : {};
  const id = await api.create(entity, { ...body, ...company });
  return { contactInfo: { id, name }, returnMessage: success(`${args.newContactType} created.`, 2000) };
}

async function placeholderCompany(api: BullhornApi, userId: string): Promise<number> {
  const cached = await placeholderCompanies.get(userId);
  if (cached) return cached;
  const [found] = await api.search('ClientCorporation', 'id,name', `name:${PLACEHOLDER}`);
  const id =
    found?.id ??
    (await api.create('ClientCorporation', {
      name: PLACEHOLDER,
      companyDescription: '<p>Holds client contacts created from RingCentral calls. Move each one to its real company.</p>',
    }));
  await placeholderCompanies.setMany([[userId, id]]);
  return id;
}
