/** Bullhorn REST answers (docs/bullhorn.md), only the fields the connector reads. */
import * as z from 'zod/mini';

export const loginInfo = z.object({ oauthUrl: z.optional(z.string()), restUrl: z.string() });
export const restLogin = z.object({ BhRestToken: z.string().check(z.minLength(1)), restUrl: z.string().check(z.minLength(1)) });

const list = <T extends z.ZodMiniType>(item: T) => z.object({ data: z.optional(z.nullable(z.array(item))) });

export const corporateUser = z.object({
  id: z.number(),
  name: z.optional(z.nullable(z.string())),
  firstName: z.optional(z.nullable(z.string())),
  lastName: z.optional(z.nullable(z.string())),
  timeZoneOffsetEST: z.optional(z.nullable(z.number())),
});
export const corporateUserList = list(corporateUser);
export const corporateUserOne = z.object({ data: corporateUser });
export const userIdSetting = z.object({ userId: z.number() });

export const person = z.object({
  id: z.number(),
  name: z.optional(z.nullable(z.string())),
  phone: z.optional(z.nullable(z.string())),
  dateAdded: z.optional(z.nullable(z.number())),
  dateLastComment: z.optional(z.nullable(z.number())),
  dateLastModified: z.optional(z.nullable(z.number())),
  dateLastVisit: z.optional(z.nullable(z.number())),
});
export type Person = z.infer<typeof person>;
export const personList = list(person);

export const commentActionList = z.object({ commentActionList: z.optional(z.nullable(z.array(z.string()))) });
export const statusMeta = z.object({
  fields: z.optional(
    z.array(z.object({ name: z.string(), options: z.optional(z.array(z.object({ value: z.unknown(), label: z.optional(z.string()) }))) })),
  ),
});

export const changed = z.object({ changedEntityId: z.number() });

const reference = z.object({
  id: z.number(),
  firstName: z.optional(z.nullable(z.string())),
  lastName: z.optional(z.nullable(z.string())),
});
export const note = z.object({
  id: z.number(),
  comments: z.optional(z.nullable(z.string())),
  action: z.optional(z.nullable(z.string())),
  externalID: z.optional(z.nullable(z.string())),
  personReference: z.optional(z.nullable(reference)),
  commentingPerson: z.optional(z.nullable(z.object({ id: z.number() }))),
});
export type Note = z.infer<typeof note>;
export const noteOne = z.object({ data: note });
export const noteList = list(note);
