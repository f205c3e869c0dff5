/** The parts of Insightly's v3.1 answers the connector reads (docs/insightly.md): bare JSON, UPPER_SNAKE fields. */
import * as z from 'zod/mini';

const id = z.number().check(z.int());
const text = z.optional(z.nullable(z.string()));

export const link = z.object({ LINK_ID: z.optional(z.nullable(id)), LINK_OBJECT_NAME: z.string(), LINK_OBJECT_ID: id });
export type Link = z.infer<typeof link>;
const links = z.pipe(
  z.optional(z.nullable(z.array(link))),
  z.transform((items) => items ?? []),
);

export const me = z.object({ USER_ID: id, FIRST_NAME: text, LAST_NAME: text, TIMEZONE_ID: text });

export const person = z.object({
  CONTACT_ID: z.optional(id),
  LEAD_ID: z.optional(id),
  FIRST_NAME: text,
  LAST_NAME: text,
  TITLE: text,
  DATE_CREATED_UTC: text,
  DATE_UPDATED_UTC: text,
  LAST_ACTIVITY_DATE_UTC: text,
  LINKS: links,
});
export type Person = z.infer<typeof person>;
export const people = z.array(person);

export const event = z.object({ EVENT_ID: id, TITLE: text, DETAILS: text, START_DATE_UTC: text, END_DATE_UTC: text, LINKS: links });
export type InsightlyEvent = z.infer<typeof event>;
export const events = z.array(event);

/** Organisation, Opportunity or Project: only the name is read. */
export const named = z.object({ ORGANISATION_NAME: text, OPPORTUNITY_NAME: text, PROJECT_NAME: text });
export const anything = z.optional(z.unknown());
