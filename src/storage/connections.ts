/**
 * Connected CRM users, one per platform, with their credentials. Kept in `storage.local` (never
 * `storage.sync`) and read only by the service worker: no credential leaves it in a message.
 */
import * as z from 'zod/mini';
import { defineStoredValue } from './stored-value';

/** The connected CRM user, as stored per platform. Never holds a credential. */
export const crmUserSchema = z.object({
  id: z.string(),
  platform: z.string(),
  name: z.string(),
  hostname: z.string(),
  timezoneOffset: z.nullable(z.union([z.string(), z.number()])),
  timezoneName: z.optional(z.string()),
  platformAdditionalInfo: z.record(z.string(), z.unknown()),
});

/** What the user gave us to reach the CRM. Lives in extension storage only. */
export const credentialSchema = z.union([
  z.object({ kind: z.literal('apiKey'), apiKey: z.string() }),
  z.object({
    kind: z.literal('oauth'),
    accessToken: z.string(),
    refreshToken: z.optional(z.string()),
    expiresAt: z.optional(z.number()),
  }),
]);

const connectionSchema = z.object({ user: crmUserSchema, credential: credentialSchema });

export type CrmUser = z.infer<typeof crmUserSchema>;
export type Credential = z.infer<typeof credentialSchema>;
export type Connection = z.infer<typeof connectionSchema>;

const connections = defineStoredValue('connections', z.record(z.string(), connectionSchema), () => ({}));

export async function getConnection(platform: string): Promise<Connection | undefined> {
  return (await connections.get())[platform];
}

/**
 * Platforms whose sign-in the CRM ended (`src/backends/local/end-sign-in.ts`) rather than the
 * user: Options says why it is no longer connected. Forgotten once a connection is saved again.
 */
const signedOut = defineStoredValue('crmSignedOut', z.record(z.string(), z.object({ at: z.number() })), () => ({}));

export async function saveConnection(connection: Connection): Promise<void> {
  const all = await connections.get();
  await connections.set({ ...all, [connection.user.platform]: connection });
  const { [connection.user.platform]: ended, ...others } = await signedOut.get();
  if (ended) await signedOut.set(others);
}

/** `revoked`: the CRM ended the sign-in, not the user (see `wasSignedOutByCrm`). */
export async function removeConnection(platform: string, { revoked = false } = {}): Promise<void> {
  const { [platform]: _removed, ...rest } = await connections.get();
  await connections.set(rest);
  if (revoked) await signedOut.set({ ...(await signedOut.get()), [platform]: { at: Date.now() } });
}

export async function wasSignedOutByCrm(platform: string): Promise<boolean> {
  return platform in (await signedOut.get());
}
