/**
 * Logout (docs/clio.md, "Signing in"): Clio's `POST /oauth/deauthorize` takes the access token as
 * the form's `token` and as the Bearer header, and needs no client secret, so the extension calls
 * the user's region itself. Best effort: a failed revoke still ends with the tokens forgotten.
 */
import { httpTimeouts } from '../../http/crm-client';
import type { AuthHeader } from '../types';

export async function deauthorize(baseUrl: string, authHeader: AuthHeader): Promise<void> {
  const token = /^Bearer (.+)$/.exec(authHeader.authorization ?? '')?.[1];
  if (!token) return;
  await fetch(`${baseUrl}/oauth/deauthorize`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: new URLSearchParams({ token }),
    redirect: 'manual',
    signal: AbortSignal.timeout(httpTimeouts.attemptMs),
  }).catch(() => undefined);
}
