/**
 * "Phone (dialer)": turns the Phone view on, with RingCentral Embeddable in the side panel;
 * which RingCentral app signs in; the contact pop and the log form at hang-up; and the
 * microphone, asked for here once, since a side panel may not be able to show the browser's prompt.
 */
import type { DialerSettings } from '../../protocol/schemas/dialer';
import { callApi } from '../api-client';
import { whileBusy } from '../busy';
import { h, uid } from '../dom';
import { showProblem, showToast } from '../toasts';
import { radioGroup, textField } from './controls';
import { t } from '../i18n';

export async function mountDialerSection(body: HTMLElement): Promise<void> {
  const answer = await callApi('GET /settings/dialer');
  if (!answer.settings) return showToast(answer.returnMessage);
  const settings = answer.settings;
  const enabled = checkbox(t('dialer_enabled'), settings.enabled);
  const widgetUrl = textField(t('dialer_widget_url'), { type: 'url', value: settings.widgetUrl }, t('dialer_widget_url_hint'));
  const clientId = textField(
    t('dialer_client_id'),
    { autocomplete: 'off', value: settings.clientId },
    h('span', {}, t('dialer_client_id_hint'), ' ', h('code', {}, answer.redirectUri)),
  );
  const serverUrl = textField(t('phone_server'), { type: 'url', value: settings.serverUrl });
  const pop = radioGroup<DialerSettings['contactPop']>(
    t('dialer_pop'),
    [
      { value: 'ring', label: t('dialer_pop_ring') },
      { value: 'answer', label: t('dialer_pop_answer') },
      { value: 'off', label: t('dialer_pop_never') },
    ],
    settings.contactPop,
  );
  const logForm = checkbox(t('dialer_log_form'), settings.logFormAtHangUp);
  const save = h('button', { type: 'button', class: 'primary' }, t('common_save'));
  const microphone = h('button', { type: 'button' }, t('dialer_allow_mic'));
  const micStatus = h('p', { class: 'status-line' });

  save.addEventListener(
    'click',
    () =>
      void whileBusy(save, t('common_saving'), async () => {
        const chosen = {
          ...settings,
          enabled: enabled.input.checked,
          widgetUrl: widgetUrl.input.value.trim(),
          clientId: clientId.input.value.trim(),
          serverUrl: serverUrl.input.value.trim(),
          contactPop: pop.value(),
          logFormAtHangUp: logForm.input.checked,
        };
        const saved = await callApi('PUT /settings/dialer', { body: chosen });
        showToast(saved.returnMessage);
        // Asked once, here, when the dialer is turned on: the side panel may not be able to show the prompt.
        if (saved.successful && chosen.enabled && (await microphoneState()) === 'prompt') await askForMicrophone(micStatus);
      }),
  );
  microphone.addEventListener('click', () => void askForMicrophone(micStatus));
  body.replaceChildren(
    enabled.element,
    widgetUrl.element,
    clientId.element,
    serverUrl.element,
    pop.element,
    logForm.element,
    h('div', { class: 'actions' }, save, microphone),
    micStatus,
  );
}

function checkbox(label: string, checked: boolean) {
  const input = h('input', { type: 'checkbox', id: uid('dialer'), checked });
  return { input, element: h('div', { class: 'check' }, input, h('label', { for: input.id }, label)) };
}

async function microphoneState(): Promise<PermissionState | 'unknown'> {
  try {
    return (await navigator.permissions.query({ name: 'microphone' as PermissionName })).state;
  } catch {
    return 'unknown';
  }
}

/** The prompt shows here, in a tab; the grant is the extension's, so the widget in the side panel can use it. */
async function askForMicrophone(status: HTMLElement): Promise<void> {
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    stream.getTracks().forEach((track) => track.stop());
    status.textContent = t('dialer_mic_allowed');
  } catch {
    showProblem(t('dialer_mic_refused'), t('dialer_mic_refused_hint'));
  }
}
