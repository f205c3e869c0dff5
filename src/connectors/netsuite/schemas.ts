/** The parts of NetSuite's REST answers the connector reads (docs/netsuite.md): records and SuiteQL pages. */
import * as z from 'zod/mini';

const text = z.optional(z.nullable(z.string()));
const ref = z.optional(z.nullable(z.object({ id: z.string(), refName: text })));

/** SuiteQL: columns come back lower case, every value as text. */
export const suiteqlPage = <S extends z.ZodMiniType>(row: S) =>
  z.object({ items: z.array(row), hasMore: z.optional(z.boolean()), totalResults: z.optional(z.number()) });

export const employeeRow = z.object({ id: z.string(), firstname: text, lastname: text, entityid: text, email: text, subsidiary: text });

export const entityRow = z.object({
  id: z.string(),
  firstname: text,
  middlename: text,
  lastname: text,
  entitytitle: text,
  companyname: text,
  phone: text,
  company: text,
  datecreated: text,
  lastmodifieddate: text,
});
export type EntityRow = z.infer<typeof entityRow>;

export const transactionRow = z.object({ id: z.string(), trandisplayname: text, type: text });

export const phoneCall = z.object({ id: z.string(), title: text, message: text, contact: ref, company: ref, transaction: ref });
export type PhoneCall = z.infer<typeof phoneCall>;

export const contactRecord = z.object({ id: z.string(), company: ref });

/** A create or update answers 204 with no body. */
export const noContent = z.optional(z.unknown());
