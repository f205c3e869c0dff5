/** The parts of RingCentral's answers the extension reads, checked at the boundary. */
import * as z from 'zod/mini';

/** `POST /restapi/oauth/token` (authorization_code and refresh_token grants). */
export const tokenResponseSchema = z.looseObject({
  access_token: z.string().check(z.minLength(1)),
  expires_in: z.number(),
  refresh_token: z.string().check(z.minLength(1)),
  refresh_token_expires_in: z.optional(z.number()),
});
export type TokenResponse = z.infer<typeof tokenResponseSchema>;

/** `GET /restapi/v1.0/account/~/extension/~`: who signed in. */
export const extensionInfoSchema = z.looseObject({
  id: z.union([z.number(), z.string()]),
  extensionNumber: z.optional(z.string()),
  name: z.optional(z.string()),
});

/** One page of `GET /restapi/v1.0/account/~/extension/~/call-log`; records are checked one by one. */
export const callLogPageSchema = z.looseObject({
  records: z.array(z.unknown()),
  navigation: z.optional(z.looseObject({ nextPage: z.optional(z.looseObject({ uri: z.string() })) })),
});
