/**
 * SuiteQL text built from checked values only (docs/netsuite.md, "Finding a contact"): phone
 * digits and ids are digits only, so no quote can reach the query.
 */
import { CrmError } from '../../http/crm-error';

export function idLiteral(value: string | number): string {
  const text = String(value).trim();
  if (!/^\d{1,18}$/.test(text)) throw new CrmError('rejected', 'netsuite', `"${text}" is not a NetSuite record id.`);
  return text;
}

/** Digits-suffix match on each phone field: `+1 (415) 555-0123` in NetSuite matches national `4155550123`. */
export function phoneMatch(fields: readonly string[], digits: string): string {
  if (!/^\d{4,20}$/.test(digits)) throw new CrmError('rejected', 'netsuite', `"${digits}" is not a phone number NetSuite can be searched for.`);
  return fields.map((field) => `REGEXP_REPLACE(${field}, '[^0-9]', '') LIKE '%${digits}'`).join(' OR ');
}
