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
import { connectFieldInputs, textField } from './controls';
import { t } from '../i18n';
import { workerText } from '../worker-text';

/** The OAuth part of the CRM form; `done` gets the outcome of a sign-in (the section refreshes its status). */
export function oauthPart(metadata: ConnectorMetadata, done: (message: ReturnMessage | null | undefined) => void): HTMLElement {
  const name = metadata.displayName;
  const connect = h('button', { type: 'button', class: metadata.authKind === 'oauth' ? 'primary' : '' }, t('oauth_connect_with', name));
  const status = h('p', { class: 'hint' });
  const appForm = h('form', { novalidate: true });
  const advanced = h('details', { class: 'oauth-app' }, h('summary', {}, t('oauth_advanced')), appForm);
  const { fields, values: additionalInfo } = connectFieldInputs(metadata);
  const element = h(
    'div',
    { class: 'oauth' },
    metadata.authKind === 'oauth' ? null : h('p', { class: 'or' }, t('oauth_or')),
    setupSteps(metadata),
    status,
    fields.map((field) => field.element),
    h('div', { class: 'actions' }, connect),
    advanced,
  );

  connect.addEventListener('click', () => void whileBusy(connect, t('oauth_waiting'), async () => done(await signIn(metadata, additionalInfo()))));
  void load();

  async function load(): Promise<void> {
    const [state, backend] = await Promise.all([callApi('GET /settings/oauthApps'), callApi('GET /backend')]);
    const app = state.apps?.[metadata.id];
    const remote = backend.backend?.kind === 'remote';
    connect.hidden = !app || remote;
    status.textContent = remote ? t('oauth_status_remote', name) : app ? t('oauth_status_ready', name) : t('oauth_status_no_app', name);
    renderAppForm(app, state.redirectUris?.[metadata.id] ?? '');
  }

  function renderAppForm(app: OAuthAppView | undefined, redirectUri: string): void {
    const clientId = textField(t('oauth_client_id'), { autocomplete: 'off', value: app?.clientId ?? '' });
    const flow = metadata.oauth?.flow ?? 'code';
    const templates = metadata.oauth?.accountUrls;
    // A CRM on per-account hosts (NetSuite): its URLs follow from the account id.
    const account = templates
      ? textField(t('oauth_account_id'), { autocomplete: 'off', placeholder: t('oauth_account_placeholder') }, t('oauth_account_hint'))
      : undefined;
    const tokenUrl = textField(
      flow === 'pkce' ? t('oauth_token_url') : t('oauth_exchange_url'),
      {
        type: 'url',
        inputmode: 'url',
        value: app?.tokenUrl ?? '',
        placeholder: templates?.tokenUrl ?? 'https://auth.yourcompany.example/pipedrive/token',
      },
      flow === 'pkce' ? t('oauth_token_url_hint', name) : t('oauth_exchange_url_hint', name),
    );
    if (flow === 'implicit') tokenUrl.element.hidden = true;
    const revokeUrl = textField(t('oauth_revoke_url'), { type: 'url', inputmode: 'url', value: app?.revokeUrl ?? '' }, t('oauth_revoke_url_hint'));
    const authorizeUrl = textField(
      t('oauth_authorize_url'),
      { type: 'url', inputmode: 'url', value: app?.authorizeUrl ?? '', placeholder: metadata.oauth?.authorizeUrl ?? '' },
      t('oauth_authorize_url_hint', name),
    );
    // The worker never sends a stored secret back: the field stays empty, and empty keeps it.
    const clientSecret = textField(
      t('oauth_secret'),
      { type: 'password', autocomplete: 'off', value: '', placeholder: app?.hasClientSecret ? t('oauth_secret_stored') : '' },
      t('oauth_secret_hint', name),
    );
    const forgetSecret = checkboxField(t('oauth_forget_secret'));
    // Public clients and the implicit flow have no secret at all.
    clientSecret.element.hidden = flow !== 'code';
    forgetSecret.element.hidden = flow !== 'code' || !app?.hasClientSecret;
    const save = h('button', { type: 'submit' }, t('oauth_save'));
    const remove = h('button', { type: 'button', hidden: !app }, t('oauth_remove'));
    appForm.replaceChildren(
      h('p', { class: 'hint' }, flow === 'code' ? t('oauth_not_secret_exchange') : t('oauth_not_secret_public')),
      h('p', { class: 'hint' }, t('oauth_register_redirect'), ' ', h('code', {}, redirectUri)),
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
      void whileBusy(save, t('common_saving'), async () => {
        // The browser grants hosts only during this click; loopback and the CRM's own hosts need no prompt.
        for (const url of [urls.tokenUrl, urls.revokeUrl]) if (/^https?:\/\//.test(url)) await requestHostAccess(url).catch(() => false);
        await saveApp(next, clear);
      });
    };
    remove.addEventListener('click', () => void whileBusy(remove, t('oauth_removing'), () => saveApp(null)));
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
    h('summary', {}, t('oauth_setup_steps', metadata.displayName)),
    h(
      'ol',
      {},
      steps.map((step) => h('li', {}, workerText(step))),
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
    showProblem(t('oauth_closed', metadata.displayName), t('oauth_closed_hint'));
    return undefined;
  }
  return (await callApi('GET /oauth-callback', { query: { platform: metadata.id, callbackUri } })).returnMessage;
}
