/**
 * "Where calls are logged from": this browser (the connector runs in the extension), or an App
 * Connect server. The worker decides whether a server can be used and says why not.
 */
import type { BackendSetting } from '../../protocol/schemas/backend-setting';
import { requestHostAccess } from '../../protocol/host-access';
import { callApi } from '../api-client';
import { whileBusy } from '../busy';
import { h } from '../dom';
import { createFieldErrors } from '../field-errors';
import { showToast } from '../toasts';
import { radioGroup, textField } from './controls';
import { t } from '../i18n';

export async function mountBackendSection(body: HTMLElement): Promise<void> {
  const answer = await callApi('GET /backend');
  const backend = answer.backend ?? { kind: 'local' as const };
  const kind = radioGroup<BackendSetting['kind']>(
    t('backend_legend'),
    [
      { value: 'local', label: t('backend_local') },
      { value: 'remote', label: t('backend_remote') },
    ],
    backend.kind,
  );
  const server = textField(t('backend_server_url'), {
    type: 'url',
    inputmode: 'url',
    placeholder: 'https://appconnect.example.com',
    value: backend.kind === 'remote' ? backend.serverUrl : '',
  });
  server.element.classList.add('indent');
  const save = h('button', { type: 'button' }, t('common_save'));
  const errors = createFieldErrors();
  kind.onChange((value) => (server.element.hidden = value !== 'remote'));
  server.element.hidden = backend.kind !== 'remote';

  save.addEventListener(
    'click',
    () =>
      void whileBusy(save, t('common_saving'), async () => {
        errors.clear();
        const serverUrl = server.input.value.trim();
        // The browser grants the server's host permission only during this click, so ask first.
        // A refusal is not final: a server that allows any origin (CORS) still answers.
        if (kind.value() === 'remote') await requestHostAccess(serverUrl).catch(() => false);
        const next = kind.value() === 'remote' ? { kind: 'remote' as const, serverUrl } : { kind: 'local' as const };
        const answer = await callApi('PUT /backend', { body: next });
        showToast(answer.successful ? answer.returnMessage : errors.fromAnswer(answer, { serverUrl: server.input }));
      }),
  );
  body.replaceChildren(kind.element, server.element, h('div', { class: 'actions' }, save));
}
