/** Which backend answers the message API: this browser, or an App Connect server. */
import * as z from 'zod/mini';
import { credentialUrl, parseUrl } from '../http-url';

/**
 * The server's base URL, kept without a trailing slash so `${serverUrl}/callLog` is right and
 * one server has one key in storage. A path prefix is kept: servers may live under one.
 */
const serverUrl = z.pipe(
  credentialUrl.check(
    z.refine((text) => {
      const url = parseUrl(text);
      return !url || (!url.username && !url.password && !url.search && !url.hash);
    }, 'must not contain a user name, a password, a ?query or a #fragment'),
  ),
  z.transform((text) => {
    const url = new URL(text);
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  }),
);

const local = z.object({ kind: z.literal('local') });

export const backendSettingSchema = z.discriminatedUnion('kind', [local, z.object({ kind: z.literal('remote'), serverUrl })]);

export type BackendSetting = z.infer<typeof backendSettingSchema>;

/**
 * PUT /backend may also hand over a JWT issued by the server (an admin's setup); it is kept
 * with the server's connection, never in the setting that GET /backend shows.
 */
export const putBackendBody = z.discriminatedUnion('kind', [
  local,
  z.object({
    kind: z.literal('remote'),
    serverUrl,
    jwtToken: z.optional(z.string().check(z.minLength(1), z.maxLength(8192))),
  }),
]);

export type PutBackendBody = z.infer<typeof putBackendBody>;
