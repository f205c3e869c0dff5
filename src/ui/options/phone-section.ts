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

type PhoneAccountState = RouteAnswer<'GET /phoneAccount'>;

export async function mountPhoneSection(body: HTMLElement): Promise<void> {
  const initial = await callApi('GET /phoneAccount');
  const account = initial.phoneAccount ?? { source: 'sample' as const, serverUrl: 'https://platform.ringcentral.com', clientId: '' };
  const source = radioGroup<PhoneAccount['source']>(
    'Calls in the side panel come from',
    [
      { value: 'sample', label: 'Sample calls (to try the extension)' },
      { value: 'ringcentral', label: 'My RingCentral account' },
    ],
    account.source,
  );
  const server = textField('RingCentral server', { type: 'url', inputmode: 'url', value: account.serverUrl });
  const redirect = h('code', {}, initial.redirectUri ?? '');
  const clientId = textField(
    'Client id',
    { autocomplete: 'off', value: account.clientId },
    h('span', {}, 'Of a RingCentral app with the Read Call Log permission, "Auth code with PKCE" and this redirect URI: ', redirect),
  );
  const status = h('p', { class: 'status-line' });
  const signIn = h('button', { type: 'button', class: 'primary' }, 'Sign in with RingCentral');
  const signOut = h('button', { type: 'button' }, 'Sign out');
  const ringcentral = h('div', { class: 'indent' }, server.element, clientId.element, status, h('div', { class: 'actions' }, signIn, signOut));
  const save = h('button', { type: 'button' }, 'Save');

  function show(state: PhoneAccountState): void {
    const rc = state.ringcentral?.signedIn ? state.ringcentral : undefined;
    const who = rc ? `${rc.name}${rc.extensionNumber ? ` (ext. ${rc.extensionNumber})` : ''}` : '';
    const synced = rc?.syncedAt ? ` Calls updated at ${new Date(rc.syncedAt).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' })}.` : '';
    status.textContent = rc ? `Signed in as ${who}.${synced}` : 'Not signed in.';
    signOut.hidden = !rc;
    signIn.textContent = rc ? 'Sign in again' : 'Sign in with RingCentral';
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
  save.addEventListener('click', () => void whileBusy(save, 'Saving…', saveSettings));
  signOut.addEventListener(
    'click',
    () =>
      void whileBusy(signOut, 'Signing out…', async () => {
        const answer = await callApi('POST /phoneAccount/signOut');
        showToast(answer.returnMessage);
        show(answer);
      }),
  );
  signIn.addEventListener(
    'click',
    () =>
      void whileBusy(signIn, 'Signing in…', async () => {
        if (!(await saveSettings())) return;
        const started = await callApi('POST /phoneAccount/signIn');
        if (!started.successful) return showToast(started.returnMessage);
        let callbackUri: string;
        try {
          callbackUri = await browser.identity.launchWebAuthFlow({ url: started.authorizeUrl, interactive: true });
        } catch {
          return showProblem(
            'The RingCentral sign-in was closed or could not finish.',
            'Try again. If RingCentral showed an error, check the client id, and that the redirect URI above is registered in your RingCentral app.',
          );
        }
        const answer = await callApi('POST /phoneAccount/signInCallback', { body: { callbackUri } });
        showToast(answer.returnMessage);
        show(answer);
      }),
  );

  show(initial);
  body.replaceChildren(source.element, ringcentral, h('div', { class: 'actions' }, save));
}
