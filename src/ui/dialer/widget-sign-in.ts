/**
 * RingCentral sign-in inside the widget, for a company's own app (`disableLoginPopup=1`): the
 * widget posts `rc-login-popup-notify` with the authorization URL it made (with its own PKCE
 * challenge), the browser runs it with `identity.launchWebAuthFlow`, and the redirect URL goes
 * back as `rc-adapter-authorization-code`; the widget exchanges the code itself (docs:
 * events.md "Login popup event", authorization.md). No secret, no verifier here.
 */
import browser from 'webextension-polyfill';
import { isHttpUrl } from '../../protocol/http-url';
import { showProblem } from '../toasts';
import type { WidgetFrame } from './widget-frame';

export function signInForWidget(frame: WidgetFrame, message: Record<string, unknown>): void {
  if (message.type !== 'rc-login-popup-notify' || typeof message.oAuthUri !== 'string' || !isHttpUrl(message.oAuthUri)) return;
  browser.identity
    .launchWebAuthFlow({ url: message.oAuthUri, interactive: true })
    .then((callbackUri) => frame.post({ type: 'rc-adapter-authorization-code', callbackUri }))
    .catch((failure: unknown) => {
      const reason = failure instanceof Error ? failure.message : String(failure);
      showProblem('RingCentral did not sign you in.', `${reason.slice(0, 200)} Check the redirect URI of your RingCentral app in Options → Phone.`);
    });
}
