/**
 * Connecting a CRM with OAuth (connectors whose metadata has `oauth`): a "Connect with …"
 * button, and "Advanced: OAuth app" where an operator enters the app's client id and the
 * token-exchange URL that holds its secret. The sign-in window runs here, in the page the user
 * clicked in, with a URL the worker made (it keeps the `state`); the redirect URL goes back to
 * the worker (`GET /oauth-callback`), which exchanges the code and keeps the tokens. This page
 * never sees a token.
 */
import browser from 'webextension-polyfill';
import type { ReturnMessage } from '../../protocol/return-message';
import type { ConnectorMetadata } from '../../protocol/crm-shapes';
import { connectorSetupSteps, type ConnectorId } from '../../connectors/metadata';
import { requestHostAccess } from '../../protocol/host-access';
import type { OAuthApp, OAuthAppView } from '../../protocol/schemas/oauth-app';
import { callApi } from '../api-client';
import { whileBusy } from '../busy';
import { h } from '../dom';
import { showProblem, showToast } from '../toasts';
import { textField } from './controls';

/** The OAuth part of the CRM form; `done` gets the outcome of a sign-in (the section refreshes its status). */
export function oauthPart(metadata: ConnectorMetadata, done: (message: ReturnMessage | null | undefined) => void): HTMLElement {
  const name = metadata.displayName;
  const connect = h('button', { type: 'button', class: metadata.authKind === 'oauth' ? 'primary' : '' }, `Connect with ${name}`);
  const status = h('p', { class: 'hint' });
  const appForm = h('form', { novalidate: true });
  const advanced = h('details', { class: 'oauth-app' }, h('summary', {}, 'Advanced: OAuth app'), appForm);
  const fields = (metadata.connectFields ?? []).map((field) => ({
    name: field.name,
    ...textField(field.label, { autocomplete: 'off' }, field.hint),
  }));
  const element = h(
    'div',
    { class: 'oauth' },
    metadata.authKind === 'oauth' ? null : h('p', { class: 'or' }, 'or'),
    setupSteps(metadata),
    status,
    fields.map((field) => field.element),
    h('div', { class: 'actions' }, connect),
    advanced,
  );

  const additionalInfo = () => Object.fromEntries(fields.map((field) => [field.name, field.input.value.trim()]));
  connect.addEventListener(
    'click',
    () => void whileBusy(connect, 'Waiting for the sign-in…', async () => done(await signIn(metadata, additionalInfo()))),
  );
  void load();

  async function load(): Promise<void> {
    const [state, backend] = await Promise.all([callApi('GET /settings/oauthApps'), callApi('GET /backend')]);
    const app = state.apps?.[metadata.id];
    const remote = backend.backend?.kind === 'remote';
    connect.hidden = !app || remote;
    status.textContent = remote
      ? `Signing in with ${name} here works when calls are logged from this browser (see "Where calls are logged from").`
      : app
        ? `Sign in with your ${name} account in a ${name} window.`
        : `Signing in with ${name} needs an OAuth app set up by your admin (see "Advanced: OAuth app" below).`;
    renderAppForm(app, state.redirectUris?.[metadata.id] ?? '');
  }

  function renderAppForm(app: OAuthAppView | undefined, redirectUri: string): void {
    const clientId = textField('Client id', { autocomplete: 'off', value: app?.clientId ?? '' });
    const flow = metadata.oauth?.flow ?? 'code';
    const templates = metadata.oauth?.accountUrls;
    // A CRM on per-account hosts (NetSuite): its URLs follow from the account id.
    const account = templates
      ? textField('Account id', { autocomplete: 'off', placeholder: '1234567 or 1234567-sb1' }, `Fills the URLs below when they are empty.`)
      : undefined;
    const tokenUrl = textField(
      flow === 'pkce' ? 'Token URL' : 'Token-exchange URL',
      {
        type: 'url',
        inputmode: 'url',
        value: app?.tokenUrl ?? '',
        placeholder: templates?.tokenUrl ?? 'https://auth.yourcompany.example/pipedrive/token',
      },
      flow === 'pkce'
        ? `${name}'s own token endpoint: this is a public client, so there is no secret anywhere.`
        : `Your server that adds the client secret and forwards the token request to ${name}.`,
    );
    if (flow === 'implicit') tokenUrl.element.hidden = true;
    const revokeUrl = textField(
      'Revoke URL (optional)',
      { type: 'url', inputmode: 'url', value: app?.revokeUrl ?? '' },
      'Called on "Disconnect". Without it, disconnecting only forgets the tokens in this browser.',
    );
    const authorizeUrl = textField(
      'Authorize URL (optional)',
      { type: 'url', inputmode: 'url', value: app?.authorizeUrl ?? '', placeholder: metadata.oauth?.authorizeUrl ?? '' },
      `Leave empty to use ${name}'s own sign-in page.`,
    );
    // The worker never sends a stored secret back: the field stays empty, and empty keeps it.
    const clientSecret = textField(
      "Client secret (only for your firm's own app)",
      { type: 'password', autocomplete: 'off', value: '', placeholder: app?.hasClientSecret ? 'Stored (leave empty to keep it)' : '' },
      `Leave empty when your admin runs a token-exchange server (recommended: the secret never reaches a browser). Fill it only for an app your firm registered in its own ${name} account: then the token URL above is ${name}'s own token URL, and the secret is kept in this browser's storage, as exposed as any stored sign-in on this computer.`,
    );
    const forgetSecret = checkboxField('Forget the stored client secret');
    // Public clients and the implicit flow have no secret at all.
    clientSecret.element.hidden = flow !== 'code';
    forgetSecret.element.hidden = flow !== 'code' || !app?.hasClientSecret;
    const save = h('button', { type: 'submit' }, 'Save OAuth app');
    const remove = h('button', { type: 'button', hidden: !app }, 'Remove');
    appForm.replaceChildren(
      h(
        'p',
        { class: 'hint' },
        flow === 'code'
          ? 'None of these settings is secret with a token-exchange server: the client secret stays on that server, and tokens stay inside the extension.'
          : 'None of these settings is secret: this app has no client secret, and tokens stay inside the extension.',
      ),
      h('p', { class: 'hint' }, 'Register this redirect URI in the OAuth app: ', h('code', {}, redirectUri)),
      ...(account ? [account.element] : []),
      clientId.element,
      tokenUrl.element,
      revokeUrl.element,
      authorizeUrl.element,
      clientSecret.element,
      forgetSecret.element,
      h('div', { class: 'actions' }, save, remove),
    );
    appForm.onsubmit = (event) => {
      event.preventDefault();
      const id = account?.input.value.trim().toLowerCase().replace(/_/g, '-');
      const fill = (value: string, template: string | undefined) => value.trim() || (id && template ? template.replace('{account}', id) : '');
      const urls = {
        tokenUrl: fill(tokenUrl.input.value, templates?.tokenUrl),
        revokeUrl: fill(revokeUrl.input.value, templates?.revokeUrl),
        authorizeUrl: fill(authorizeUrl.input.value, templates?.authorizeUrl),
      };
      const withSecret = { ...urls, clientSecret: clientSecret.input.value.trim() };
      const next = { clientId: clientId.input.value.trim(), ...Object.fromEntries(Object.entries(withSecret).filter(([, value]) => value)) };
      const clear = forgetSecret.input.checked && !withSecret.clientSecret;
      void whileBusy(save, 'Saving…', async () => {
        // The browser grants hosts only during this click; loopback and the CRM's own hosts need no prompt.
        for (const url of [urls.tokenUrl, urls.revokeUrl]) if (/^https?:\/\//.test(url)) await requestHostAccess(url).catch(() => false);
        await saveApp(next, clear);
      });
    };
    remove.addEventListener('click', () => void whileBusy(remove, 'Removing…', () => saveApp(null)));
  }

  /** Empty fields are left out: the worker checks the app and names what is missing. */
  async function saveApp(app: Record<string, string> | null, clearClientSecret = false): Promise<void> {
    const body = await callApi('PUT /settings/oauthApps', {
      body: { platform: metadata.id, app: app as OAuthApp | null, ...(clearClientSecret ? { clearClientSecret } : {}) },
    });
    showToast(body.returnMessage);
    if (body.successful) await load();
  }

  return element;
}

function checkboxField(label: string): { element: HTMLElement; input: HTMLInputElement } {
  const input = h('input', { type: 'checkbox' });
  return { element: h('div', { class: 'field' }, h('label', {}, input, ` ${label}`)), input };
}

/** What an admin sets up first, in steps (NetSuite's integration record). */
function setupSteps(metadata: ConnectorMetadata): HTMLElement | null {
  const steps = connectorSetupSteps[metadata.id as ConnectorId];
  if (!steps?.length) return null;
  return h(
    'details',
    { class: 'setup-steps' },
    h('summary', {}, `Set up ${metadata.displayName} for this extension (admin, once)`),
    h(
      'ol',
      {},
      steps.map((step) => h('li', {}, step)),
    ),
  );
}

async function signIn(metadata: ConnectorMetadata, additionalInfo: Record<string, string>): Promise<ReturnMessage | null | undefined> {
  const started = await callApi('POST /oauth/signIn', {
    body: { platform: metadata.id, ...(Object.keys(additionalInfo).length ? { additionalInfo } : {}) },
  });
  if (!started.successful) return started.returnMessage;
  let callbackUri: string;
  try {
    callbackUri = await browser.identity.launchWebAuthFlow({ url: started.authorizeUrl, interactive: true });
  } catch {
    showProblem(
      `The ${metadata.displayName} sign-in was closed or could not finish.`,
      'Try again. If it keeps failing, check the OAuth app under "Advanced: OAuth app" and that its redirect URI is registered.',
    );
    return undefined;
  }
  return (await callApi('GET /oauth-callback', { query: { platform: metadata.id, callbackUri } })).returnMessage;
}
