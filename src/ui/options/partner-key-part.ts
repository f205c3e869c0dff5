/**
 * The firm's partner key of a CRM that wants one on every request (Redtail's, from connector
 * metadata `partnerKey`): whether one is set and, while none is, why it is needed and what else
 * works (an App Connect server); and, for the admin, the key and the API root. The worker never
 * sends the key back: the field stays empty, and empty keeps it.
 */
import type { ConnectorMetadata } from '../../protocol/crm-shapes';
import { requestHostAccess } from '../../protocol/host-access';
import { callApi } from '../api-client';
import { whileBusy } from '../busy';
import { h } from '../dom';
import { showToast } from '../toasts';
import { textField } from './controls';
import { t } from '../i18n';
import { workerText } from '../worker-text';

type PartnerKeyInfo = NonNullable<ConnectorMetadata['partnerKey']>;

export function partnerKeyPart(metadata: ConnectorMetadata & { partnerKey: PartnerKeyInfo }): HTMLElement {
  const { defaultApiRoot } = metadata.partnerKey;
  const label = workerText(metadata.partnerKey.label);
  const apiRootLabel = workerText(metadata.partnerKey.apiRootLabel);
  const why = workerText(metadata.partnerKey.why);
  const status = h('p', { class: 'hint', role: 'status' });
  const key = textField(label, { type: 'password', autocomplete: 'off' });
  const apiRoot = textField(
    apiRootLabel,
    { type: 'url', inputmode: 'url', placeholder: defaultApiRoot },
    t('partner_key_root_hint', metadata.displayName),
  );
  const save = h('button', { type: 'submit' }, t('partner_key_save'));
  const forget = h('button', { type: 'button' }, t('partner_key_forget'));
  const form = h('form', { novalidate: true }, key.element, apiRoot.element, h('div', { class: 'actions' }, save, forget));
  const advanced = h('details', { class: 'partner-key' }, h('summary', {}, t('partner_key_admin', label)), form);

  async function render(answer: Promise<{ keys?: Record<string, { hasPartnerKey: boolean; apiRoot: string }> }>): Promise<void> {
    const [current, backend] = [(await answer).keys?.[metadata.id], await callApi('GET /backend')];
    const remote = backend.backend?.kind === 'remote';
    status.textContent = remote ? t('partner_key_remote', label) : current?.hasPartnerKey ? t('partner_key_set', label) : why;
    key.input.placeholder = current?.hasPartnerKey ? t('oauth_secret_stored') : '';
    apiRoot.input.value = current?.apiRoot ?? defaultApiRoot;
    forget.hidden = !current?.hasPartnerKey;
    advanced.open ||= !current?.hasPartnerKey && !remote;
  }

  async function put(body: { partnerKey?: string; apiRoot?: string; clearPartnerKey?: boolean }): Promise<void> {
    const answer = await callApi('PUT /settings/partnerKeys', { body: { platform: metadata.id, ...body } });
    showToast(answer.returnMessage);
    if (answer.successful) {
      key.input.value = '';
      await render(Promise.resolve(answer));
    }
  }

  form.onsubmit = (event) => {
    event.preventDefault();
    const root = apiRoot.input.value.trim();
    void whileBusy(save, t('common_saving'), async () => {
      // The browser grants a host only during this click; Redtail's own hosts are in the manifest.
      if (root) await requestHostAccess(root).catch(() => false);
      await put({ ...(key.input.value.trim() ? { partnerKey: key.input.value.trim() } : {}), ...(root ? { apiRoot: root } : {}) });
    });
  };
  forget.addEventListener('click', () => void whileBusy(forget, t('partner_key_forgetting'), () => put({ clearPartnerKey: true })));
  void render(callApi('GET /settings/partnerKeys'));
  return h('div', { class: 'partner-key-part' }, status, advanced);
}
