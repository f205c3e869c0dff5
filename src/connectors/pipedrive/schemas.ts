/**
 * The parts of Pipedrive's answers the connector reads (docs/pipedrive.md, "Response shapes"),
 * checked at the boundary. Unknown fields are dropped; a field Pipedrive may leave out or null
 * is optional.
 */
import * as z from 'zod/mini';

/** `{ success: true, data, additional_data }`: every 2xx answer. */
const envelope = <S extends z.ZodMiniType>(data: S) => z.object({ success: z.optional(z.boolean()), data });
/** List endpoints answer `data: null` instead of `[]` when there is nothing. */
const list = <S extends z.ZodMiniType>(item: S) =>
  envelope(
    z.pipe(
      z.nullable(z.optional(z.array(item))),
      z.transform((items) => items ?? []),
    ),
  );

const id = z.number().check(z.int());
const optionalText = z.optional(z.nullable(z.string()));

export const meResponse = envelope(
  z.object({
    id,
    name: z.string(),
    timezone_name: optionalText,
    timezone_offset: optionalText,
    company_id: id,
    company_name: optionalText,
    // Becomes the API host `<company_domain>.pipedrive.com` that the key is sent to: one DNS label, no `/`, `#` or `@`.
    company_domain: z.string().check(z.regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i)),
  }),
);

export const personSearchResponse = envelope(
  z.object({
    items: z.array(
      z.object({
        item: z.object({
          id,
          name: z.string(),
          organization: z.optional(z.nullable(z.object({ id, name: optionalText }))),
        }),
      }),
    ),
  }),
);

export const dealsResponse = list(z.object({ id, title: z.string() }));
export const leadsResponse = list(z.object({ id: z.string(), title: z.string() }));
export const personDatesResponse = list(z.object({ id, add_time: optionalText, update_time: optionalText }));

export const personResponse = envelope(z.object({ id, name: z.string(), org_id: z.optional(z.nullable(id)) }));

export const activityTypesResponse = list(z.object({ key_string: z.string(), name: z.string(), active_flag: z.boolean() }));

const activity = z.object({
  id,
  subject: optionalText,
  type: optionalText,
  owner_id: z.optional(z.nullable(id)),
  deal_id: z.optional(z.nullable(id)),
  lead_id: optionalText,
  person_id: z.optional(z.nullable(id)),
  due_date: optionalText,
  due_time: optionalText,
  note: optionalText,
  add_time: optionalText,
});
export type Activity = z.infer<typeof activity>;

export const activityResponse = envelope(activity);
/** A v2 list with its cursor: `additional_data.next_cursor` is null on the last page. */
export const activitiesPage = z.object({
  data: z.pipe(
    z.nullable(z.optional(z.array(activity))),
    z.transform((items) => items ?? []),
  ),
  additional_data: z.optional(z.nullable(z.object({ next_cursor: z.optional(z.nullable(z.string())) }))),
});
