/**
 * Connected CRM users, one per platform, with their credentials. Kept in `storage.local` (never
 * `storage.sync`) and read only by the service worker: no credential leaves it in a message.
 */
import * as z from 'zod/mini';
import type { Credential, CrmUser } from '../connectors/types';
import { defineStoredValue } from './stored-value';

const crmUserSchema = z.object({
  id: z.string(),
  platform: z.string(),
  name: z.string(),
  hostname: z.string(),
  timezoneOffset: z.nullable(z.union([z.string(), z.number()])),
  timezoneName: z.optional(z.string()),
  platformAdditionalInfo: z.record(z.string(), z.unknown()),
});

const credentialSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('apiKey'), apiKey: z.string() }),
  z.object({
    kind: z.literal('oauth'),
    accessToken: z.string(),
    refreshToken: z.optional(z.string()),
    expiresAt: z.optional(z.number()),
  }),
]);

const connectionSchema = z.object({ user: crmUserSchema, credential: credentialSchema });

export interface Connection {
  user: CrmUser;
  credential: Credential;
}

const connections = defineStoredValue('connections', z.record(z.string(), connectionSchema), () => ({}));

export async function getConnection(platform: string): Promise<Connection | undefined> {
  return (await connections.get())[platform];
}

export async function saveConnection(connection: Connection): Promise<void> {
  const all = await connections.get();
  await connections.set({ ...all, [connection.user.platform]: connection });
}

export async function removeConnection(platform: string): Promise<void> {
  const { [platform]: _removed, ...rest } = await connections.get();
  await connections.set(rest);
}
