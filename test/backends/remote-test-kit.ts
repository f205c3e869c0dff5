/** Shared set-up of the remote backend's browser-mode tests: a fresh extension and a fresh fake server. */
import { inject } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CallRecord } from '../../src/protocol/call-record';
import { createRemoteBackend } from '../../src/backends/remote/remote-backend';
import type { RemoteOptions } from '../../src/backends/remote/session';
import type { RemoteConnection } from '../../src/storage/remote-connections';
import { fakeAppConnect } from '../fake-servers/app-connect/control';
import { callWithSession } from '../support/call-fixtures';
import { resetExtension } from '../support/reset';
import { createTestApi, type TestApi } from '../support/api';

export const server = fakeAppConnect(inject('appConnectUrl'));

export async function freshStart(): Promise<void> {
  await resetExtension();
  await server.reset();
}

/** The API answered by a remote backend for the fake server, with `options` for its timings. */
export function remoteApi(options: Partial<RemoteOptions> = {}, serverUrl = server.url): TestApi {
  const backend = createRemoteBackend(serverUrl, options);
  return createTestApi(async () => backend);
}

export async function connect(api: TestApi, apiKey = 'test-api-key'): Promise<void> {
  const { body } = await api({ method: 'POST', path: '/apiKeyLogin', body: { platform: 'peerCRM', apiKey } });
  if (!body.successful) throw new Error(`login failed: ${JSON.stringify(body)}`);
}

export async function storedConnection(serverUrl = server.url): Promise<RemoteConnection | undefined> {
  const { remoteConnections } = await fakeBrowser.storage.local.get('remoteConnections');
  return (remoteConnections as Record<string, RemoteConnection> | undefined)?.[serverUrl];
}

/** A fixture call under a new session id, with the contact the fake CRM knows for its number. */
export function logRequest(sessionId: string, call: Partial<CallRecord> = {}) {
  return {
    logInfo: { ...callWithSession(1, sessionId), ...call },
    contactId: 'c-2',
    contactName: 'Dana Whitfield',
    note: 'Asked about the renewal.',
  };
}
