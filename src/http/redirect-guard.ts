/**
 * No request that carries a key or a token follows a redirect. `fetch` would send the
 * Authorization header on to the new address (across origins it drops only some headers, and
 * never a token in the URL or the body), so every such request is made with `redirect: 'manual'`
 * and a redirect is answered as a refusal. In a browser a manual redirect is opaque (status 0,
 * type `opaqueredirect`): where it pointed cannot be read, so same-origin redirects are refused too;
 * a CRM API, an App Connect server and an OAuth token endpoint answer where they are asked.
 */
import { CrmError } from './crm-error';

export function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
}

/** What a person reads when an address answered with a redirect. */
export function redirectMessage(what: string): string {
  return `${what} answered with a redirect to another address, and this extension does not send your key or sign-in there.`;
}

export const REDIRECT_HINT = 'Check the address in Options: it must be the API address itself (https://, no path the server moves).';

export function redirectRefused(connectorId: string, crmName: string, outcomeUnknown: boolean): CrmError {
  // A POST answered 303 may have been carried out before the redirect.
  return new CrmError('rejected', connectorId, `${redirectMessage(crmName)} ${REDIRECT_HINT}`, { outcomeUnknown });
}
