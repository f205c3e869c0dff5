/**
 * An authorized GET to the RingCentral API. A 401 means the access token was refused (revoked,
 * or expired early): it is refreshed once and the request sent again. The token only ever goes
 * to the configured server's origin, also when following a `nextPage` link.
 */
import { type PhoneAccount } from '../../protocol/schemas/phone-account';
import { serverOrigin } from '../phone-account';
import { rcRequest } from './rc-request';
import { RingCentralError, isRingCentralError } from './ringcentral-error';
import { accessToken } from './rc-tokens';

export async function rcGet(account: PhoneAccount, pathOrUrl: string): Promise<unknown> {
  const url = new URL(pathOrUrl, serverOrigin(account));
  if (url.origin !== serverOrigin(account)) {
    throw new RingCentralError('rejected', 'RingCentral pointed to another server; the request was not sent.');
  }
  const send = (token: string) => rcRequest(url.href, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
  const token = await accessToken(account);
  try {
    return await send(token);
  } catch (failure) {
    if (!isRingCentralError(failure) || failure.code !== 'signedOut') throw failure;
    return await send(await accessToken(account, token));
  }
}
