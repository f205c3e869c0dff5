/**
 * Where a Bullhorn user's REST login is (docs/bullhorn.md, "Data centre"): each data centre
 * ("swimlane") has its own hosts, and `GET https://rest.bullhornstaffing.com/rest-services/loginInfo?username=…`
 * names the user's. A base URL override (a test server, a proxy on this computer or over https)
 * is asked the same question; without a user name the override itself takes the login.
 */
import { createCrmClient } from '../../http/crm-client';
import { CrmError } from '../../http/crm-error';
import { isCredentialUrl, parseUrl } from '../../protocol/http-url';
import * as s from './schemas';

const GLOBAL_LOGIN = 'https://rest.bullhornstaffing.com';
const isBullhornHost = (url: URL) => url.protocol === 'https:' && url.hostname.endsWith('.bullhornstaffing.com');

/** An override from the connect form's address or the OAuth app's authorize URL, when it is not Bullhorn's own. */
export function overrideOf(hostname: string | undefined, authorizeUrl: unknown): string | undefined {
  for (const candidate of [hostname, authorizeUrl]) {
    const url = typeof candidate === 'string' && isCredentialUrl(candidate) ? parseUrl(candidate) : undefined;
    if (url && !isBullhornHost(url)) return url.origin;
  }
  return undefined;
}

/** The origin whose `/rest-services/login` opens this user's sessions. Requests: 1 (`loginInfo`) with a user name, else 0. */
export async function findLoginUrl(override: string | undefined, username: string | undefined): Promise<string> {
  if (!username) {
    if (override) return override;
    throw new CrmError('rejected', 'bullhorn', 'Enter your Bullhorn user name in Options: it tells which Bullhorn data centre you are on.');
  }
  const client = createCrmClient({ connectorId: 'bullhorn', crmName: 'Bullhorn', baseUrl: override ?? GLOBAL_LOGIN, headers: {} });
  const info = await client.send({
    method: 'GET',
    path: 'rest-services/loginInfo',
    searchParams: { username },
    schema: s.loginInfo,
    notFound: `Bullhorn does not know the user name "${username}": check it in Options.`,
  });
  const rest = parseUrl(info.restUrl);
  // The session's token goes there: only Bullhorn's own https hosts, or the override's.
  if (!rest || !(override ? rest.origin === override || isBullhornHost(rest) : isBullhornHost(rest)))
    throw new CrmError('rejected', 'bullhorn', 'Bullhorn named a data centre this extension does not trust. Contact your admin.');
  return rest.origin;
}
