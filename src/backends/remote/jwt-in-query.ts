/**
 * Which App Connect servers are known to need the JWT in the query (`?jwtToken=`), because they
 * read nothing else. Every request carries it as `Authorization: Bearer` only, which current
 * servers read; a server that answers that with its plain-text "Please go to Settings and
 * authorize" 400, and then accepts the same request with the query parameter, is remembered here
 * (reply.ts). A JWT in a URL reaches logs, so no server gets it there without having asked.
 */
import * as z from 'zod/mini';
import { defineStoredValue } from '../../storage/stored-value';

const serversNeedingQuery = defineStoredValue('remoteJwtInQuery', z.array(z.string()), () => []);

export async function needsJwtInQuery(serverUrl: string): Promise<boolean> {
  return (await serversNeedingQuery.get()).includes(serverUrl);
}

export async function rememberJwtInQuery(serverUrl: string): Promise<void> {
  const known = await serversNeedingQuery.get();
  if (!known.includes(serverUrl)) await serversNeedingQuery.set([...known, serverUrl]);
}
