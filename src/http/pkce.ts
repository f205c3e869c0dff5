/**
 * PKCE (RFC 7636) for the OAuth sign-ins (src/auth/oauth-request.ts for CRMs,
 * src/calls/ringcentral/sign-in.ts for RingCentral): random URL-safe text for verifiers and
 * states, and the S256 challenge of a verifier.
 */
export function randomText(bytes: number): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

export async function challengeOf(verifier: string): Promise<string> {
  return base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

function base64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
