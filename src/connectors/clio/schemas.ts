/** Clio's answers (docs/clio.md), only the fields the connector reads; `fields=` names them in each request. */
import * as z from 'zod/mini';

const one = <T extends z.ZodMiniType>(data: T) => z.object({ data });
const page = <T extends z.ZodMiniType>(item: T) =>
  z.object({ data: z.array(item), meta: z.optional(z.object({ paging: z.optional(z.object({ next: z.optional(z.string()) })) })) });

export const whoAmI = one(z.object({ id: z.number(), name: z.string(), time_zone: z.optional(z.nullable(z.string())) }));

export const contact = z.object({
  id: z.number(),
  name: z.string(),
  type: z.optional(z.string()),
  created_at: z.optional(z.string()),
  updated_at: z.optional(z.string()),
});
export const contactPage = page(contact);
export const contactOne = one(contact);

export const matter = z.object({
  id: z.number(),
  display_number: z.optional(z.nullable(z.string())),
  description: z.optional(z.nullable(z.string())),
  status: z.optional(z.nullable(z.string())),
});
export type Matter = z.infer<typeof matter>;
export const matterPage = page(matter);
export const relationshipPage = page(z.object({ id: z.number(), matter: z.optional(z.nullable(matter)) }));

const participant = z.object({ id: z.number(), type: z.string(), name: z.optional(z.nullable(z.string())) });
export const communication = z.object({
  id: z.number(),
  subject: z.optional(z.nullable(z.string())),
  body: z.optional(z.nullable(z.string())),
  matter: z.optional(z.nullable(z.object({ id: z.number() }))),
  senders: z.optional(z.array(participant)),
  receivers: z.optional(z.array(participant)),
  time_entries: z.optional(z.array(z.object({ id: z.number() }))),
  external_properties: z.optional(z.array(z.object({ name: z.string(), value: z.string() }))),
});
export type Communication = z.infer<typeof communication>;
export const communicationOne = one(communication);
export const communicationPage = page(communication);

export const created = one(z.object({ id: z.number() }));
