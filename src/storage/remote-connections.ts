/**
 * Logins through App Connect servers, one per server URL: the JWT the server issued and whom it
 * stands for. Kept in `storage.local` and read only by the service worker; the JWT never leaves
 * it in an answer. Changes are made under one Web Lock so a refreshed token and a logout that
 * arrive together cannot undo each other.
 */
import * as z from 'zod/mini';
import { defineStoredValue } from './stored-value';

const remoteConnectionSchema = z.object({
  jwtToken: z.string(),
  platform: z.string(),
  /** The server's id of the user (the JWT's `id`, such as `u-1001-peerCRM`). */
  userId: z.string(),
  name: z.string(),
  hostname: z.string(),
});

export type RemoteConnection = z.infer<typeof remoteConnectionSchema>;

const remoteConnections = defineStoredValue('remoteConnections', z.record(z.string(), remoteConnectionSchema), () => ({}));

type All = Record<string, RemoteConnection>;

async function change(apply: (all: All) => All | undefined): Promise<void> {
  await navigator.locks.request('remote-connections', async () => {
    const next = apply(await remoteConnections.get());
    if (next) await remoteConnections.set(next);
  });
}

export async function getRemoteConnection(serverUrl: string): Promise<RemoteConnection | undefined> {
  return (await remoteConnections.get())[serverUrl];
}

export function saveRemoteConnection(serverUrl: string, connection: RemoteConnection): Promise<void> {
  return change((all) => ({ ...all, [serverUrl]: connection }));
}

/** Keeps the fresh JWT of `x-refreshed-jwt-token`, unless the user logged in anew meanwhile. */
export function replaceRemoteToken(serverUrl: string, sent: string, refreshed: string): Promise<void> {
  return change((all) => {
    const current = all[serverUrl];
    return current?.jwtToken === sent ? { ...all, [serverUrl]: { ...current, jwtToken: refreshed } } : undefined;
  });
}

/** Forgets the login to a server; with `sent`, only if that is still the stored JWT. */
export function forgetRemoteConnection(serverUrl: string, sent?: string): Promise<void> {
  return change((all) => {
    const current = all[serverUrl];
    if (!current || (sent !== undefined && current.jwtToken !== sent)) return undefined;
    const { [serverUrl]: _forgotten, ...rest } = all;
    return rest;
  });
}
