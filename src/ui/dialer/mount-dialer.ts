/**
 * Mounts the Phone view only when the dialer is on, and only then loads its code (the widget
 * host and its schemas): with the dialer off the side panel loads what it loaded before.
 */
import { callApi } from '../api-client';
import { markDialer } from '../dial-event';

export async function mountDialer(root: HTMLElement, options: { inWindow?: boolean } = {}): Promise<void> {
  const answer = await callApi('GET /settings/dialer');
  markDialer(answer.settings?.enabled === true);
  if (!answer.settings?.enabled) return;
  const [{ mountPhoneView }, { withPhoneApp }, phone] = await Promise.all([
    import('./phone-view'),
    import('./shared-sign-in'),
    callApi('GET /phoneAccount'),
  ]);
  mountPhoneView(root, withPhoneApp(answer.settings, phone), answer.redirectUri, phone, options);
}
