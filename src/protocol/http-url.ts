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

/** Any http(s) URL in a setting (a server, an OAuth endpoint, a token-exchange proxy). */
export const httpUrl = z.string().check(z.maxLength(2048), z.refine(isHttpUrl, 'must be an http:// or https:// URL'));
