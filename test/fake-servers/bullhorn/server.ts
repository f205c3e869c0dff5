/** A fake Bullhorn on 127.0.0.1: one origin for its loginInfo, OAuth and REST hosts (docs/bullhorn.md). */
import { startSmallFake, type SmallFake } from '../small-fake/server';
import { authorize, exchange, loginInfo, revokeGrant, token } from './oauth';
import { accountOf, routeBullhorn } from './routes';
import { seedBullhorn, type BullhornState } from './seed';

export function startFakeBullhorn(): Promise<SmallFake> {
  let base = '';
  return startSmallFake<BullhornState>({
    seed: ({ id, token: accessToken }) => seedBullhorn(id, accessToken),
    open(request, accounts, baseUrl) {
      base = baseUrl;
      const at = `${request.method} ${request.path}`;
      if (at === 'GET /rest-services/loginInfo') return loginInfo(accounts, request.query, baseUrl);
      if (at === 'GET /oauth/authorize') return authorize(accounts, request.query);
      if (at === 'POST /oauth/token') return token(accounts, request);
      if (at === 'POST /exchange/token') return exchange(accounts, request);
      return undefined;
    },
    authenticate: accountOf,
    route: (account, request) => routeBullhorn(account, request, base),
    errorBody: (status, message) => ({ errorMessage: message, errorCode: status }),
    allowHeaders: 'bhresttoken, content-type',
    exposeHeaders: 'retry-after',
    control(what, account, request, baseUrl) {
      const s = account.state;
      if (what === 'consent') {
        const answer = authorize(new Map([[account.id, account]]), new URL(request.query.get('url') ?? '', baseUrl).searchParams);
        return { status: 200, body: { location: answer.headers?.location ?? null, status: answer.status } };
      }
      if (what === 'expire-sessions') return ((s.sessions = {}), { status: 200, body: {} });
      if (what === 'expire-access-tokens') {
        for (const key of Object.keys(s.accessTokens)) s.accessTokens[key] = 0;
        return { status: 200, body: {} };
      }
      if (what === 'revoke-grant') return (revokeGrant(account), { status: 200, body: {} });
      if (what === 'advance-clock') return ((s.clockOffsetMs += Number(request.query.get('ms') ?? 0)), { status: 200, body: {} });
      return undefined;
    },
  });
}
