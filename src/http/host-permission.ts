/**
 * The match pattern for one origin, for `browser.permissions.request` from an extension page
 * when a user enters a base URL outside the CRM's own hosts. Without it the worker's requests
 * still go out, but under CORS, which a proxy may not allow.
 */
export function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}
