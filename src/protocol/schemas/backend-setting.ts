/** Which backend answers the message API: this browser, or an App Connect server. */
import * as z from 'zod/mini';
import { credentialUrl, httpUrl, parseUrl } from '../http-url';

/**
 * The server's base URL, kept without a trailing slash so `${serverUrl}/callLog` is right and
 * one server has one key in storage. A path prefix is kept: servers may live under one. A new
 * one must be https (http only on loopback); one stored by an older release that allowed any
 * http URL is still read, so the user is not moved to local logging without a word: the remote
 * backend then refuses to send anything there and says what to change (src/backends/remote/reply.ts).
 */
const serverUrlOf = (url: typeof credentialUrl | typeof httpUrl) =>
  z.pipe(
    url.check(
      z.refine((text) => {
        const parsed = parseUrl(text);
        return !parsed || (!parsed.username && !parsed.password && !parsed.search && !parsed.hash);
      }, 'must not contain a user name, a password, a ?query or a #fragment'),
    ),
    z.transform((text) => {
      const parsed = new URL(text);
      return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
    }),
  );
const serverUrl = serverUrlOf(credentialUrl);

const local = z.object({ kind: z.literal('local') });

export const backendSettingSchema = z.union([local, z.object({ kind: z.literal('remote'), serverUrl: serverUrlOf(httpUrl) })]);

export type BackendSetting = z.infer<typeof backendSettingSchema>;

/**
 * PUT /backend may also hand over a JWT issued by the server (an admin's setup); it is kept
 * with the server's connection, never in the setting that GET /backend shows.
 */
export const putBackendBody = z.union([
  local,
  z.object({
    kind: z.literal('remote'),
    serverUrl,
    jwtToken: z.optional(z.string().check(z.minLength(1), z.maxLength(8192))),
  }),
]);

export type PutBackendBody = z.infer<typeof putBackendBody>;
