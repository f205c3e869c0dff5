/**
 * One RingCentral account for the Calls view and the widget. When both use the same app (the
 * dialer takes the Phone account's app unless it names its own), a sign-in on one side is
 * passed on to the other without asking again: the other side's authorization runs with
 * `launchWebAuthFlow({ interactive: false })`, which RingCentral completes from its own session.
 * Where RingCentral wants the user again, the silent try fails and nothing more happens; the
 * user then signs in on that side as usual.
 */
import browser from 'webextension-polyfill';
import type { RouteAnswer } from '../../protocol/routes';
import type { DialerSettings } from '../../protocol/schemas/dialer';
import { callApi } from '../api-client';
import type { WidgetFrame } from './widget-frame';

type PhoneState = RouteAnswer<'GET /phoneAccount'>;

/** The dialer's settings with the Phone account's RingCentral app, when the dialer names none. */
export function withPhoneApp(settings: DialerSettings, phone: PhoneState): DialerSettings {
  const account = phone.phoneAccount;
  if (settings.clientId || account?.source !== 'ringcentral' || !account.clientId) return settings;
  return { ...settings, clientId: account.clientId, serverUrl: account.serverUrl };
}

export interface SharedSignIn {
  /** The widget said whether it is signed in. */
  onWidgetStatus(loggedIn: boolean): void;
  /** Whether the next widget sign-in may show RingCentral's page (false: the host asked for it). */
  takeInteractive(): boolean;
  /** The widget signed in: sign the Calls view in too. */
  afterWidgetSignIn(): Promise<void>;
}

export function createSharedSignIn(frame: WidgetFrame, settings: DialerSettings, phone: PhoneState): SharedSignIn {
  const account = phone.phoneAccount;
  const sameApp =
    account?.source === 'ringcentral' &&
    account.clientId === settings.clientId &&
    new URL(account.serverUrl).origin === new URL(settings.serverUrl).origin;
  let asked = false;
  let silent = false;
  return {
    onWidgetStatus(loggedIn) {
      if (loggedIn || asked || !sameApp || !phone.ringcentral?.signedIn) return;
      asked = silent = true;
      frame.post({ type: 'rc-adapter-login' });
    },
    takeInteractive() {
      const interactive = !silent;
      silent = false;
      return interactive;
    },
    async afterWidgetSignIn() {
      if (!sameApp || (await callApi('GET /phoneAccount')).ringcentral?.signedIn) return;
      const started = await callApi('POST /phoneAccount/signIn');
      if (!started.successful) return;
      const callbackUri = await browser.identity.launchWebAuthFlow({ url: started.authorizeUrl, interactive: false }).catch(() => undefined);
      if (callbackUri) await callApi('POST /phoneAccount/signInCallback', { body: { callbackUri } });
    },
  };
}
