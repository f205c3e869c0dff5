/**
 * findContact (docs/netsuite.md): one SuiteQL query per entity (contact, customer, vendor) with
 * every phone field in one OR list, matched on the national number's digits; then, when the
 * settings ask for them, the open sales orders and opportunities of each match's company.
 */
import { nationalSignificantNumber } from '../../phone/national-number';
import type { ContactInfo, FieldOption } from '../../protocol/crm-shapes';
import { inBatches } from '../../http/in-batches';
import { internalNumberAnswer, lookupNumber } from '../lookup-number';
import type { NetsuiteApi } from './api';
import type { NetsuiteCaches } from './caches';
import { entityRow, transactionRow, type EntityRow } from './schemas';
import { transactionFieldsSetting } from './settings';
import { idLiteral, phoneMatch } from './suiteql';

export const NEW_CONTACT: ContactInfo = { id: 'createNewContact', name: 'Create new contact...', isNewContact: true };

const ENTITIES = [
  {
    table: 'contact',
    type: 'contact',
    columns: 'firstname, middlename, lastname, entitytitle, phone, company',
    phones: ['phone', 'mobilephone', 'homephone', 'officephone'],
  },
  {
    table: 'customer',
    type: 'custjob',
    columns: 'firstname, middlename, lastname, entitytitle, companyname, phone',
    phones: ['phone', 'mobilephone', 'homephone', 'altphone'],
  },
  { table: 'vendor', type: 'vendor', columns: 'entitytitle, companyname, phone', phones: ['phone', 'mobilephone', 'homephone', 'altphone'] },
] as const;

export async function findContact(api: NetsuiteApi, caches: NetsuiteCaches, phoneNumber: string) {
  const phone = lookupNumber(phoneNumber);
  if (!phone) return internalNumberAnswer();
  const digits = (await nationalSignificantNumber(phone)) ?? phone.replace(/\D/g, '');
  const found = await Promise.all(
    ENTITIES.map(async (entity) => {
      const rows = await api.suiteql(
        `SELECT id, ${entity.columns}, datecreated, lastmodifieddate FROM ${entity.table} WHERE ${phoneMatch(entity.phones, digits)}`,
        entityRow,
      );
      return rows.map((row) => ({ row, type: entity.type }));
    }),
  );
  const matches = found.flat();
  await caches.companies.setMany(matches.filter((m) => m.type === 'contact').map(({ row }) => [row.id, row.company ?? null] as const));
  const fields = await transactionFieldsSetting.get();
  const matched = await inBatches(matches, 2, async ({ row, type }): Promise<ContactInfo> => {
    const company = type === 'contact' ? row.company : type === 'custjob' ? row.id : null;
    return {
      id: row.id,
      name: nameOf(row),
      phone: row.phone ?? phone,
      type,
      createdDate: row.datecreated ?? '',
      mostRecentActivityDate: row.lastmodifieddate ?? '',
      additionalInfo: company && (fields.salesOrders || fields.opportunities) ? await transactionsOf(api, company, fields) : {},
    };
  });
  return { successful: true, matchedContactInfo: [...matched, NEW_CONTACT] };
}

async function transactionsOf(api: NetsuiteApi, company: string, fields: { salesOrders: boolean; opportunities: boolean }) {
  const types = [...(fields.salesOrders ? ["'SalesOrd'"] : []), ...(fields.opportunities ? ["'Opprtnty'"] : [])].join(', ');
  const rows = await api.suiteql(
    `SELECT id, trandisplayname, type FROM transaction WHERE entity = ${idLiteral(company)} AND type IN (${types}) ORDER BY id DESC`,
    transactionRow,
    20,
  );
  const options = (type: string): FieldOption[] =>
    rows.filter((row) => row.type === type).map((row) => ({ const: row.id, title: row.trandisplayname ?? row.id }));
  const info: Record<string, FieldOption[]> = {};
  if (fields.salesOrders) info.salesorder = options('SalesOrd');
  if (fields.opportunities) info.opportunity = options('Opprtnty');
  return info;
}

export function nameOf(row: EntityRow): string {
  const person = [row.firstname, row.middlename, row.lastname].filter(Boolean).join(' ');
  return person || row.entitytitle || row.companyname || row.id;
}
