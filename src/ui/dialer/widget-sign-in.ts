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
import type { SharedSignIn } from './shared-sign-in';
import type { WidgetFrame } from './widget-frame';
import { t } from '../i18n';

export function signInForWidget(frame: WidgetFrame, message: Record<string, unknown>, shared: SharedSignIn): void {
  if (message.type === 'rc-login-status-notify') return shared.onWidgetStatus(message.loggedIn === true);
  if (message.type !== 'rc-login-popup-notify' || typeof message.oAuthUri !== 'string' || !isHttpUrl(message.oAuthUri)) return;
  const interactive = shared.takeInteractive();
  browser.identity
    .launchWebAuthFlow({ url: message.oAuthUri, interactive })
    .then((callbackUri) => {
      frame.post({ type: 'rc-adapter-authorization-code', callbackUri });
      if (interactive) void shared.afterWidgetSignIn();
    })
    .catch((failure: unknown) => {
      if (!interactive) return; // the silent try: the user signs in in the widget as usual
      const reason = failure instanceof Error ? failure.message : String(failure);
      showProblem(t('dialer_sign_in_failed'), t('dialer_sign_in_failed_hint', reason.slice(0, 200)));
    });
}
