/**
 * "Phone account": sample calls, or the user's RingCentral account. Signing in runs
 * `identity.launchWebAuthFlow` here, in the page the user clicked in, with a URL the worker
 * made (it keeps the PKCE verifier); the redirect URL goes back to the worker, which exchanges
 * the code and keeps the tokens. This page never sees a token.
 */
import browser from 'webextension-polyfill';
import type { PhoneAccount } from '../../protocol/schemas/phone-account';
import type { RouteAnswer } from '../../protocol/routes';
import { callApi } from '../api-client';
import { whileBusy } from '../busy';
import { h } from '../dom';
import { createFieldErrors } from '../field-errors';
import { showProblem, showToast } from '../toasts';
import { radioGroup, textField } from './controls';
import { t, uiLanguage } from '../i18n';

type PhoneAccountState = RouteAnswer<'GET /phoneAccount'>;

export async function mountPhoneSection(body: HTMLElement): Promise<void> {
  const initial = await callApi('GET /phoneAccount');
  const account = initial.phoneAccount ?? { source: 'sample' as const, serverUrl: 'https://platform.ringcentral.com', clientId: '' };
  const source = radioGroup<PhoneAccount['source']>(
    t('phone_source'),
    [
      { value: 'sample', label: t('phone_source_sample') },
      { value: 'ringcentral', label: t('phone_source_ringcentral') },
    ],
    account.source,
  );
  const server = textField(t('phone_server'), { type: 'url', inputmode: 'url', value: account.serverUrl });
  const redirect = h('code', {}, initial.redirectUri ?? '');
  const clientId = textField(
    t('oauth_client_id'),
    { autocomplete: 'off', value: account.clientId },
    h('span', {}, t('phone_client_id_hint'), ' ', redirect),
  );
  const status = h('p', { class: 'status-line' });
  const signIn = h('button', { type: 'button', class: 'primary' }, t('phone_sign_in'));
  const signOut = h('button', { type: 'button' }, t('phone_sign_out'));
  const ringcentral = h('div', { class: 'indent' }, server.element, clientId.element, status, h('div', { class: 'actions' }, signIn, signOut));
  const save = h('button', { type: 'button' }, t('common_save'));

  function show(state: PhoneAccountState): void {
    const rc = state.ringcentral?.signedIn ? state.ringcentral : undefined;
    const who = rc?.extensionNumber ? t('phone_who_ext', rc.name ?? '', rc.extensionNumber) : (rc?.name ?? '');
    const time = (at: number) => new Date(at).toLocaleTimeString(uiLanguage(), { hour: 'numeric', minute: '2-digit' });
    const synced = rc?.syncedAt ? ` ${t('phone_synced_at', time(rc.syncedAt))}` : '';
    status.textContent = rc ? t('phone_signed_in_as', who) + synced : t('phone_not_signed_in');
    signOut.hidden = !rc;
    signIn.textContent = rc ? t('phone_sign_in_again') : t('phone_sign_in');
  }

  const chosen = () => ({ source: source.value(), serverUrl: server.input.value.trim(), clientId: clientId.input.value.trim() });
  const errors = createFieldErrors();
  async function saveSettings(): Promise<boolean> {
    errors.clear();
    const answer = await callApi('PUT /phoneAccount', { body: chosen() });
    showToast(answer.successful ? answer.returnMessage : errors.fromAnswer(answer, { serverUrl: server.input, clientId: clientId.input }));
    if (answer.ringcentral) show(answer);
    return answer.successful === true;
  }

  source.onChange((value) => (ringcentral.hidden = value !== 'ringcentral'));
  ringcentral.hidden = account.source !== 'ringcentral';
  save.addEventListener('click', () => void whileBusy(save, t('common_saving'), saveSettings));
  signOut.addEventListener(
    'click',
    () =>
      void whileBusy(signOut, t('phone_signing_out'), async () => {
        const answer = await callApi('POST /phoneAccount/signOut');
        showToast(answer.returnMessage);
        show(answer);
      }),
  );
  signIn.addEventListener(
    'click',
    () =>
      void whileBusy(signIn, t('phone_signing_in'), async () => {
        if (!(await saveSettings())) return;
        const started = await callApi('POST /phoneAccount/signIn');
        if (!started.successful) return showToast(started.returnMessage);
        let callbackUri: string;
        try {
          callbackUri = await browser.identity.launchWebAuthFlow({ url: started.authorizeUrl, interactive: true });
        } catch {
          return showProblem(t('oauth_closed', t('list_source_ringcentral')), t('phone_closed_hint'));
        }
        const answer = await callApi('POST /phoneAccount/signInCallback', { body: { callbackUri } });
        showToast(answer.returnMessage);
        show(answer);
      }),
  );

  show(initial);
  body.replaceChildren(source.element, ringcentral, h('div', { class: 'actions' }, save));
}
