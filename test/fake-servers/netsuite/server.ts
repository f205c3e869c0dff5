/** A fake NetSuite on 127.0.0.1: one origin for the account's REST and login hosts; Bearer tokens from its OAuth endpoints. */
import { startSmallFake, type SmallFake } from '../small-fake/server';
import { authorize, revoke, token } from './oauth';
import { nsError, routeNetsuite } from './routes';
import { seedNetsuite, type NetsuiteState } from './seed';

export function startFakeNetsuite(): Promise<SmallFake> {
  let base = '';
  return startSmallFake<NetsuiteState>({
    seed: ({ id }) => seedNetsuite(id),
    open(request, accounts, baseUrl) {
      base = baseUrl;
      if (request.method === 'GET' && request.path === '/app/login/oauth2/authorize.nl') return authorize(accounts, request.query);
      if (request.method === 'POST' && request.path === '/services/rest/auth/oauth2/v1/token') return token(accounts, request);
      if (request.method === 'POST' && request.path === '/services/rest/auth/oauth2/v1/revoke') return revoke(accounts, request);
      return undefined;
    },
    authenticate(request, accounts) {
      const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      return [...accounts.values()].find((account) => bearer && account.state.accessTokens.includes(bearer));
    },
    route: (account, request) => routeNetsuite(account, request, base),
    errorBody: (status, message) => nsError(status, message, status === 401 ? 'INVALID_LOGIN' : 'UNEXPECTED_ERROR').body,
    exposeHeaders: 'location, retry-after',
    /** `consent?url=<authorize URL>`: where the consent page would redirect, as JSON (a browser test cannot read a redirect). */
    control(what, _account, request, baseUrl) {
      if (what !== 'consent') return undefined;
      const url = new URL(request.query.get('url') ?? '', baseUrl);
      const answer = authorize(new Map([[_account.id, _account]]), url.searchParams);
      return { status: 200, body: { location: answer.headers?.location ?? null, status: answer.status } };
    },
  });
}
