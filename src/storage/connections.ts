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
 * user: Options says why it is no longer connected, and the pages still list that user's changes
 * that wait, paused (`userId`; absent in a mark kept before it was recorded). Forgotten once a
 * connection is saved again.
 */
const signedOut = defineStoredValue('crmSignedOut', z.record(z.string(), z.object({ at: z.number(), userId: z.optional(z.string()) })), () => ({}));

export async function saveConnection(connection: Connection): Promise<void> {
  const all = await connections.get();
  await connections.set({ ...all, [connection.user.platform]: connection });
  const { [connection.user.platform]: ended, ...others } = await signedOut.get();
  if (ended) await signedOut.set(others);
}

/** `revoked`: the CRM ended the sign-in, not the user (see `crmSignOut`). */
export async function removeConnection(platform: string, { revoked = false } = {}): Promise<void> {
  const { [platform]: removed, ...rest } = await connections.get();
  await connections.set(rest);
  if (!revoked) return;
  const marks = await signedOut.get();
  // A second refusal racing the first finds the connection gone: the user it ended is still the first's.
  const userId = removed?.user.id ?? marks[platform]?.userId;
  await signedOut.set({ ...marks, [platform]: { at: Date.now(), ...(userId ? { userId } : {}) } });
}

/** When the CRM ended this platform's sign-in, and whose it was; undefined when it did not. */
export async function crmSignOut(platform: string): Promise<{ at: number; userId?: string } | undefined> {
  return (await signedOut.get())[platform];
}
