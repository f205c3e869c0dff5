/** What counts as a web address here: an http:// or https:// URL, nothing else (no javascript:, no ftp:). */
import * as z from 'zod/mini';

export function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

export function isHttpUrl(text: string): boolean {
  const protocol = parseUrl(text)?.protocol;
  return protocol === 'http:' || protocol === 'https:';
}

/**
 * This computer: `localhost`, 127.0.0.0/8 or `[::1]`. The URL parser has already turned the other
 * spellings of an IPv4 address (`127.1`, `0x7f.0.0.1`) into dotted decimal.
 */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/**
 * An address a key or token is sent to: https, or plain http only to this computer (a test
 * server, a local proxy), where nobody on the network can read it.
 */
export function isCredentialUrl(text: string): boolean {
  const url = parseUrl(text);
  return url?.protocol === 'https:' || (url?.protocol === 'http:' && isLoopbackHost(url.hostname));
}

/** Any http(s) URL: only for reading what an older release stored; new settings take `credentialUrl`. */
export const httpUrl = z.string().check(z.maxLength(2048), z.refine(isHttpUrl, 'must be an http:// or https:// URL'));

export const CREDENTIAL_URL_RULE =
  'must start with https:// because a key or a sign-in is sent to it (http:// is accepted only for this computer: localhost, 127.0.0.1 or [::1])';

/** An http(s) URL in a setting that carries credentials (a server, an OAuth endpoint, a token-exchange proxy). */
export const credentialUrl = z.string().check(
  z.maxLength(2048),
  z.refine(isHttpUrl, 'must be an http:// or https:// URL'),
  z.refine((text) => !isHttpUrl(text) || isCredentialUrl(text), CREDENTIAL_URL_RULE),
);
