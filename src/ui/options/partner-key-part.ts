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

type PartnerKeyInfo = NonNullable<ConnectorMetadata['partnerKey']>;

export function partnerKeyPart(metadata: ConnectorMetadata & { partnerKey: PartnerKeyInfo }): HTMLElement {
  const { label, apiRootLabel, defaultApiRoot, why } = metadata.partnerKey;
  const status = h('p', { class: 'hint', role: 'status' });
  const key = textField(label, { type: 'password', autocomplete: 'off' });
  const apiRoot = textField(
    apiRootLabel,
    { type: 'url', inputmode: 'url', placeholder: defaultApiRoot },
    `Change it only for a ${metadata.displayName} review host or a test server.`,
  );
  const save = h('button', { type: 'submit' }, 'Save partner key');
  const forget = h('button', { type: 'button' }, 'Forget partner key');
  const form = h('form', { novalidate: true }, key.element, apiRoot.element, h('div', { class: 'actions' }, save, forget));
  const advanced = h('details', { class: 'partner-key' }, h('summary', {}, `Admin: ${label}`), form);

  async function render(answer: Promise<{ keys?: Record<string, { hasPartnerKey: boolean; apiRoot: string }> }>): Promise<void> {
    const [current, backend] = [(await answer).keys?.[metadata.id], await callApi('GET /backend')];
    const remote = backend.backend?.kind === 'remote';
    status.textContent = remote
      ? `Calls are logged through an App Connect server, which holds its own ${label}: nothing to enter here.`
      : current?.hasPartnerKey
        ? `The firm’s ${label} is set in this browser.`
        : why;
    key.input.placeholder = current?.hasPartnerKey ? 'Stored (leave empty to keep it)' : '';
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
    void whileBusy(save, 'Saving…', async () => {
      // The browser grants a host only during this click; Redtail's own hosts are in the manifest.
      if (root) await requestHostAccess(root).catch(() => false);
      await put({ ...(key.input.value.trim() ? { partnerKey: key.input.value.trim() } : {}), ...(root ? { apiRoot: root } : {}) });
    });
  };
  forget.addEventListener('click', () => void whileBusy(forget, 'Forgetting…', () => put({ clearPartnerKey: true })));
  void render(callApi('GET /settings/partnerKeys'));
  return h('div', { class: 'partner-key-part' }, status, advanced);
}
