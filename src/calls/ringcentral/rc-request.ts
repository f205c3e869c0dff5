/**
 * One HTTP request to RingCentral with a timeout, its answer read as JSON and every failure
 * turned into a RingCentralError. RingCentral answers CORS requests, so no host permission is
 * needed for its API (nor for a fake server on 127.0.0.1 that does the same).
 */
import { serverWaitMs } from '../../http/rate-limit';
import { isRedirect, redirectMessage } from '../../http/redirect-guard';
import { RingCentralError } from './ringcentral-error';

const TIMEOUT_MS = 15_000;
const DEFAULT_RETRY_AFTER_MS = 60_000;

export async function rcRequest(url: string, init: RequestInit): Promise<unknown> {
  let response: Response;
  // One deadline for the answer and its body; whether it passed is read from the signal, since
  // browsers differ in the error a body cut off by it gives (src/backends/remote/remote-http.ts).
  const deadline = AbortSignal.timeout(TIMEOUT_MS);
  const unavailable = () =>
    new RingCentralError('unavailable', deadline.aborted ? 'RingCentral did not answer in time.' : 'RingCentral could not be reached.');
  try {
    // A token is in the header or the body: never carried along a redirect (src/http/redirect-guard.ts).
    response = await fetch(url, { ...init, signal: deadline, redirect: 'manual' });
  } catch {
    throw unavailable();
  }
  if (isRedirect(response)) {
    throw new RingCentralError('rejected', `${redirectMessage('The RingCentral server')} Check the RingCentral server address in Options.`);
  }
  if (response.ok) {
    const text = await response.text().catch(() => {
      throw unavailable();
    });
    if (!text) return null;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new RingCentralError('unavailable', 'RingCentral answered with something that is not JSON.');
    }
  }
  if (response.status === 429) {
    const wait = serverWaitMs(response.headers);
    throw new RingCentralError('rateLimited', 'RingCentral asked us to slow down.', wait ? wait : DEFAULT_RETRY_AFTER_MS);
  }
  if (response.status >= 500) throw new RingCentralError('unavailable', `RingCentral answered ${response.status}.`);
  const body = (await response.json().catch(() => ({}))) as { error?: unknown; error_description?: unknown };
  // 401 from the API = the access token is not accepted; invalid_grant = the refresh token is dead.
  if (response.status === 401 || body.error === 'invalid_grant') {
    throw new RingCentralError('signedOut', 'RingCentral no longer accepts the sign-in.');
  }
  const reason = typeof body.error_description === 'string' ? body.error_description.slice(0, 200) : `HTTP ${response.status}`;
  throw new RingCentralError('rejected', `RingCentral refused the request (${reason}).`);
}
