/**
 * A fake Redtail on 127.0.0.1 (docs/redtail.md, "The fake"): the partner key (the account's
 * token) on every request, with the user's name and password only at `GET /authentication`, and
 * with a user key everywhere else, under `Basic` or `Userkeyauth`.
 */
import { startSmallFake, type Account, type SmallFake } from '../small-fake/server';
import { API_ROOT, credentialParts, error, routeRedtail } from './routes';
import { seedRedtail, type RedtailState } from './seed';

export function startFakeRedtail(): Promise<SmallFake> {
  return startSmallFake<RedtailState>({
    seed: (account) => seedRedtail(account),
    authenticate(request, accounts) {
      const [partnerKey, ...rest] = credentialParts(request);
      const account = [...accounts.values()].find((candidate) => candidate.token === partnerKey);
      if (!account) return undefined;
      // The login checks the name and password itself (routes.ts); every other path wants a user key.
      if (request.path === `${API_ROOT}/authentication`) return rest.length === 2 ? account : undefined;
      return rest.length === 1 && userOf(account, rest[0]!) ? account : undefined;
    },
    route: (account, request) => routeRedtail(account, request),
    errorBody: (status, message) => error(status, message).body,
  });
}

const userOf = (account: Account<RedtailState>, userKey: string) => account.state.users.find((u) => u.user_key === userKey && !u.disabled);
