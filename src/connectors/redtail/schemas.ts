/** The parts of Redtail's answers the connector reads (docs/redtail.md): JSON wrapped in the resource's name. */
import * as z from 'zod/mini';

const id = z.number().check(z.int());
const text = z.optional(z.nullable(z.string()));

export const authentication = z.object({
  authenticated_user: z.object({ user_key: z.string().check(z.minLength(1)), name: text, database_id: z.optional(z.nullable(id)) }),
});

export const contact = z.object({
  id,
  first_name: text,
  middle_name: text,
  last_name: text,
  full_name: text,
  job_title: text,
  created_at: text,
  updated_at: text,
});
export type RedtailContact = z.infer<typeof contact>;
export const contacts = z.object({ contacts: z.array(contact) });
export const oneContact = z.object({ contact });

export const categories = z.object({ categories: z.array(z.object({ id, name: z.string(), deleted: z.optional(z.boolean()) })) });

const linkedContact = z.object({ contact_id: z.optional(id), first_name: text, last_name: text });
export const activity = z.object({
  id,
  subject: text,
  description: text,
  category_id: z.optional(z.nullable(id)),
  completed: z.optional(z.nullable(z.boolean())),
  linked_contacts: z.optional(z.nullable(z.array(linkedContact))),
});
export type RedtailActivity = z.infer<typeof activity>;
export const oneActivity = z.object({ activity });
/** A page of a contact's activities; `meta` as Redtail's list answers carry it (unverified). */
export const activityPage = z.object({
  activities: z.array(activity),
  meta: z.optional(z.object({ total_pages: z.optional(z.number()) })),
});
export const notes = z.object({ notes: z.array(z.object({ id, body: text })) });
export const anything = z.optional(z.unknown());
