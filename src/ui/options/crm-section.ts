/**
 * "CRM": who the extension logs for, and a form to connect a CRM that is derived from connector
 * metadata — an API key field labelled as the CRM calls it, and a "Connect with …" button for
 * CRMs that also sign in with OAuth. Nothing here is written per CRM, so a new connector needs
 * no UI work.
 */
import type { ReturnMessage } from '../../protocol/return-message';
import type { RouteAnswer } from '../../protocol/routes';
import { connectorMetadata } from '../../connectors/metadata';
import type { ConnectorMetadata } from '../../protocol/crm-shapes';
import { requestHostAccess } from '../../protocol/host-access';
import { callApi } from '../api-client';
import { whileBusy } from '../busy';
import { h, uid } from '../dom';
import { createFieldErrors } from '../field-errors';
import { showToast } from '../toasts';
import { connectFieldInputs, textField } from './controls';
import { oauthPart } from './connect-oauth';
import { partnerKeyPart } from './partner-key-part';
import { t, tn } from '../i18n';
import { workerText } from '../worker-text';

const connectors = Object.values(connectorMetadata) as ConnectorMetadata[];

export async function mountCrmSection(body: HTMLElement): Promise<void> {
  const status = h('p', { class: 'status-line', id: uid('crm-status') });
  const disconnect = h('button', { type: 'button' }, t('crm_disconnect'));
  const platformId = uid('crm-platform');
  const platform = h(
    'select',
    { id: platformId },
    connectors.map((c) => h('option', { value: c.id }, c.displayName)),
  );
  const credentials = h('div');
  // Outside the key form: Enter in an OAuth field must not submit the key.
  const oauthSlot = h('div');
  // Its own form, so outside the key form too.
  const partnerSlot = h('div');
  const switchHint = h('p', { class: 'hint' }, t('crm_switch_hint'));
  const form = h(
    'form',
    { novalidate: true },
    switchHint,
    h('div', { class: 'field' }, h('label', { for: platformId }, t('options_crm_heading')), platform),
    credentials,
  );

  async function refresh(): Promise<RouteAnswer<'GET /connection'>> {
    const answer = await callApi('GET /connection');
    const { connection, signedOut } = answer;
    status.textContent = connection
      ? t('crm_connected_as', connection.displayName, connection.name)
      : signedOut
        ? `${t('crm_signed_out', signedOut.displayName)}${await waitingCalls()}`
        : t('crm_not_connected');
    disconnect.hidden = !connection;
    switchHint.hidden = !connection;
    return answer;
  }

  /** Signed out by the CRM: how many calls wait, paused, for the user to connect again (none: nothing said). */
  async function waitingCalls(): Promise<string> {
    const { items } = await callApi('GET /outbox');
    const calls = new Set(items?.map((item) => item.sessionId)).size;
    return calls ? ` ${tn('crm_signed_out_waiting', calls)}` : '';
  }

  function renderCredentials(): void {
    const metadata = connectors.find((c) => c.id === platform.value)!;
    oauthSlot.replaceChildren(metadata.oauth ? oauthPart(metadata, done) : '');
    partnerSlot.replaceChildren(metadata.partnerKey ? partnerKeyPart({ ...metadata, partnerKey: metadata.partnerKey }) : '');
    form.onsubmit = (event) => event.preventDefault();
    if (metadata.authKind === 'oauth') {
      credentials.replaceChildren();
      return;
    }
    const keyLabel = metadata.apiKeyLabel ? workerText(metadata.apiKeyLabel) : t('crm_api_key');
    const key = textField(keyLabel, { type: 'password', autocomplete: 'off', required: true });
    // A CRM that needs its address (Insightly's API URL) asks for it up front; others only for a proxy.
    const host = metadata.hostnameLabel
      ? textField(workerText(metadata.hostnameLabel), { type: 'url', inputmode: 'url', required: true })
      : textField(
          t('crm_server_address'),
          { type: 'url', inputmode: 'url', placeholder: 'https://yourcompany.example.com' },
          t('crm_server_address_hint'),
        );
    const submit = h('button', { type: 'submit', class: 'primary' }, t('crm_connect'));
    const errors = createFieldErrors();
    // An OAuth CRM's extra fields go with its sign-in (connect-oauth.ts); a key-only CRM's with the key (Redtail's user name).
    const { fields: extra, values: extraValues } = connectFieldInputs(metadata.oauth ? {} : metadata);
    credentials.replaceChildren(
      ...extra.map((field) => field.element),
      key.element,
      // A partner-key CRM takes its API root from the admin's part (partner-key-part.ts).
      ...(metadata.partnerKey ? [] : [metadata.hostnameLabel ? host.element : h('details', {}, h('summary', {}, t('crm_advanced')), host.element)]),
      h('div', { class: 'actions' }, submit),
    );
    form.onsubmit = (event) => {
      event.preventDefault();
      errors.clear();
      if (!key.input.value.trim()) return errors.mark(key.input, t('crm_enter', keyLabel));
      const hostname = host.input.value.trim();
      if (metadata.hostnameLabel && !hostname) return errors.mark(host.input, t('crm_enter', workerText(metadata.hostnameLabel).split(' (')[0]!));
      const missing = extra.find((field) => !field.input.value.trim());
      if (missing) return errors.mark(missing.input, t('crm_enter', missing.element.querySelector('label')!.textContent ?? ''));
      const secret = metadata.keyIsPassword ? key.input.value : key.input.value.trim();
      const additionalInfo = {
        ...extraValues(),
        ...(metadata.keyIsPassword ? { password: secret } : {}),
      };
      void whileBusy(submit, t('crm_connecting'), async () => {
        // A server address with a scheme is a base URL override: the browser grants its host now, during the click.
        if (/^https?:\/\//.test(hostname)) await requestHostAccess(hostname).catch(() => false);
        const answer = await callApi('POST /apiKeyLogin', {
          body: {
            platform: metadata.id,
            apiKey: secret,
            ...(hostname ? { hostname } : {}),
            ...(Object.keys(additionalInfo).length ? { additionalInfo } : {}),
          },
        });
        if (answer.successful) key.input.value = '';
        done(answer.successful ? answer.returnMessage : errors.fromAnswer(answer, { apiKey: key.input, hostname: host.input }));
      });
    };
  }

  function done(message: ReturnMessage | null | undefined): void {
    showToast(message);
    void refresh();
  }

  platform.addEventListener('change', renderCredentials);
  disconnect.addEventListener(
    'click',
    () => void whileBusy(disconnect, t('crm_disconnecting'), async () => done((await callApi('POST /unAuthorize')).returnMessage)),
  );
  body.replaceChildren(h('div', { class: 'actions' }, status, disconnect), form, partnerSlot, oauthSlot);
  // The form is drawn once the worker said who is connected: signed out by the CRM, it is that
  // CRM's own form, ready to connect again (drawing the first CRM's before showed two forms in turn).
  const { signedOut } = await refresh();
  if (signedOut && connectors.some((c) => c.id === signedOut.platform)) platform.value = signedOut.platform;
  renderCredentials();
}
