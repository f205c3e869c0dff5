/**
 * Checks that a URL is an App Connect server before it becomes the backend: such a server
 * answers `GET /isAlive` with the plain text `OK`. Anything else is refused with a message
 * that says what to check, and the setting is left as it was.
 */
import type { ApiResponse } from '../../protocol/envelope';
import { badRequest } from '../../protocol/respond';
import { callServer } from './remote-http';
import { hasHostAccess } from '../../protocol/host-access';

const PROBE_TIMEOUT_MS = 5000;

/** Undefined when the server answers like App Connect; else the answer that refuses it. */
export async function probeAppConnectServer(serverUrl: string): Promise<ApiResponse | undefined> {
  const reply = await callServer(serverUrl, { method: 'GET', path: '/isAlive', timeoutMs: PROBE_TIMEOUT_MS });
  if (reply.kind === 'answer' && reply.status === 200 && reply.text.trim() === 'OK') return undefined;
  if (reply.kind === 'answer' || reply.kind === 'redirect') {
    return badRequest(
      `${serverUrl} does not answer like an App Connect server.`,
      'Check the address: it is the base URL of the server (its GET /isAlive answers "OK"), such as https://crm-server.example.com.',
    );
  }
  if (reply.reason === 'network' && !(await hasHostAccess(serverUrl))) {
    return badRequest(
      `This extension may not reach ${new URL(serverUrl).origin}.`,
      'Allow access to the server when the browser asks, then save again.',
    );
  }
  return badRequest(
    reply.reason === 'timeout' ? `${serverUrl} did not answer in time.` : `Could not reach ${serverUrl}.`,
    'Check the address and that the server is running, then save again.',
  );
}
