/** A fake Insightly on 127.0.0.1: API key as the HTTP Basic user name, daily rate-limit headers on every answer. */
import { startSmallFake, type SmallFake } from '../small-fake/server';
import { error, routeInsightly } from './routes';
import { seedInsightly } from './seed';

export function startFakeInsightly(): Promise<SmallFake> {
  return startSmallFake({
    seed: () => seedInsightly(),
    authenticate(request, accounts) {
      const basic = /^Basic (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      const key = basic ? Buffer.from(basic, 'base64').toString('utf8').split(':')[0] : undefined;
      return [...accounts.values()].find((account) => account.token === key);
    },
    route(account, request) {
      const answer = routeInsightly(account, request);
      account.state.remaining = Math.max(0, account.state.remaining - 1);
      return { ...answer, headers: { 'x-ratelimit-limit': '100000', 'x-ratelimit-remaining': String(account.state.remaining), ...answer.headers } };
    },
    errorBody: (status, message) => error(status, message).body,
    exposeHeaders: 'retry-after, x-ratelimit-limit, x-ratelimit-remaining',
  });
}
