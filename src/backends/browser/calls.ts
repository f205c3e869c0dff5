/**
 * The side panel's calls and the phone account behind them (local paths, never forwarded: the
 * phone system is this browser's business, whatever backend logs the calls). RingCentral tokens
 * stay in the worker; answers say only who is signed in.
 */
import { currentCallSource } from '../../calls/current-call-source';
import { autoLogCurrentCalls } from '../../logging/auto-log/start-auto-log';
import { withUnloggedReasons } from '../../logging/auto-log/unlogged-reasons';
import { updateCallSyncAlarm } from '../../calls/call-sync-alarm';
import { type PhoneAccount } from '../../protocol/schemas/phone-account';
import { phoneAccountSetting, serverOrigin } from '../../calls/phone-account';
import { cachedCalls, ringCentralCalls } from '../../calls/ringcentral/call-log-sync';
import { isRingCentralError, ringCentralMessage } from '../../calls/ringcentral/ringcentral-error';
import { tokensFor } from '../../calls/ringcentral/rc-tokens';
import { finishSignIn, redirectUri, signOut, startSignIn } from '../../calls/ringcentral/sign-in';
import { ringCentralSource } from '../../calls/ringcentral/ringcentral-source';
import type { ApiResponse } from '../../protocol/envelope';
import { badRequest, ok } from '../../protocol/respond';
import { success } from '../../protocol/return-message';
import type { RouteRequest } from '../../protocol/routes';

export async function getCalls({ query }: RouteRequest<'GET /calls'>): Promise<ApiResponse> {
  const source = await currentCallSource();
  const snapshot = query.refresh === 'true' ? await source.refresh() : await source.list();
  // Every sync is followed by an auto-log pass; it tells the pages when it changed something.
  void autoLogCurrentCalls();
  return ok({ successful: true, ...snapshot, calls: await withUnloggedReasons(snapshot.calls) });
}

export async function getPhoneAccount(): Promise<ApiResponse> {
  return ok({ successful: true, ...(await phoneAccountState()) });
}

export async function putPhoneAccount({ body }: RouteRequest<'PUT /phoneAccount'>): Promise<ApiResponse> {
  const before = await phoneAccountSetting.get();
  if (serverOrigin(before) !== serverOrigin(body) || before.clientId !== body.clientId) {
    // Tokens and calls belong to the old server / app.
    await signOut();
    await ringCentralCalls.set(null);
  }
  await phoneAccountSetting.set(body);
  await updateCallSyncAlarm();
  const message = body.source === 'sample' ? 'The side panel shows sample calls.' : 'RingCentral settings saved.';
  return ok({ successful: true, ...(await phoneAccountState()), returnMessage: success(message) });
}

export async function postSignIn(): Promise<ApiResponse> {
  const account = await phoneAccountSetting.get();
  if (account.source !== 'ringcentral') {
    return badRequest('Choose RingCentral as the phone account first.', 'Select "RingCentral", enter its client id and save.');
  }
  return ok({ successful: true, authorizeUrl: await startSignIn(account) });
}

export async function postSignInCallback({ body }: RouteRequest<'POST /phoneAccount/signInCallback'>): Promise<ApiResponse> {
  const account = await phoneAccountSetting.get();
  try {
    const tokens = await finishSignIn(account, body.callbackUri);
    await updateCallSyncAlarm();
    const calls = await ringCentralSource.refresh({ force: true });
    const count = `${calls.calls.length} recent call${calls.calls.length === 1 ? '' : 's'}`;
    return ok({
      successful: true,
      ...(await phoneAccountState()),
      returnMessage: calls.returnMessage ?? success(`Signed in to RingCentral as ${tokens.name}. ${count} found.`, 4000),
    });
  } catch (failure) {
    if (!isRingCentralError(failure)) throw failure;
    return ok({ successful: false, ...(await phoneAccountState()), returnMessage: ringCentralMessage(failure) });
  }
}

export async function postSignOut(): Promise<ApiResponse> {
  await signOut();
  await ringCentralCalls.set(null);
  await updateCallSyncAlarm();
  return ok({ successful: true, ...(await phoneAccountState()), returnMessage: success('Signed out of RingCentral.') });
}

async function phoneAccountState() {
  const account: PhoneAccount = await phoneAccountSetting.get();
  const tokens = await tokensFor(account);
  const cache = await cachedCalls(account);
  return {
    phoneAccount: account,
    ringcentral: tokens
      ? { signedIn: true, name: tokens.name, extensionNumber: tokens.extensionNumber ?? null, syncedAt: cache?.syncedAt ?? null }
      : { signedIn: false },
    /** The redirect URI to register in the RingCentral app. */
    redirectUri: redirectUri(),
  };
}
