/**
 * "Phone (dialer)": turns the Phone view on, with RingCentral Embeddable in the side panel;
 * which RingCentral app signs in; the contact pop and the log form at hang-up; and the
 * microphone, asked for here once, since a side panel may not be able to show the browser's prompt.
 */
import type { DialerSettings } from '../../protocol/schemas/dialer';
import { callApi } from '../api-client';
import { whileBusy } from '../busy';
import { h } from '../dom';
import { showProblem, showToast } from '../toasts';
import { radioGroup, textField } from './controls';

export async function mountDialerSection(body: HTMLElement): Promise<void> {
  const answer = await callApi('GET /settings/dialer');
  if (!answer.settings) return showToast(answer.returnMessage);
  const settings = answer.settings;
  const enabled = checkbox('Show the Phone view (RingCentral Embeddable) in the side panel', settings.enabled);
  const widgetUrl = textField(
    'Widget URL',
    { type: 'url', value: settings.widgetUrl },
    'RingCentral Embeddable’s own app, or a copy served on this machine.',
  );
  const clientId = textField(
    'Client id of your RingCentral app (optional)',
    { autocomplete: 'off', value: settings.clientId },
    h(
      'span',
      {},
      'Empty: the RingCentral app of "Phone account" when one is set there (one sign-in for both), else the widget’s built-in app, which signs in in its own window. An app of yours needs "Auth code with PKCE" and this redirect URI: ',
      h('code', {}, answer.redirectUri),
    ),
  );
  const serverUrl = textField('RingCentral server', { type: 'url', value: settings.serverUrl });
  const pop = radioGroup<DialerSettings['contactPop']>(
    'Open the caller in the CRM',
    [
      { value: 'ring', label: 'When a call rings' },
      { value: 'answer', label: 'When a call is answered' },
      { value: 'off', label: 'Never' },
    ],
    settings.contactPop,
  );
  const logForm = checkbox('Open the log form when a call ends', settings.logFormAtHangUp);
  const save = h('button', { type: 'button', class: 'primary' }, 'Save');
  const microphone = h('button', { type: 'button' }, 'Allow the microphone');
  const micStatus = h('p', { class: 'status-line' });

  save.addEventListener(
    'click',
    () =>
      void whileBusy(save, 'Saving…', async () => {
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
  const input = h('input', { type: 'checkbox', id: `dialer-${label.length}`, checked });
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
    status.textContent = 'The microphone is allowed.';
  } catch {
    showProblem('The microphone was not allowed.', 'Allow it in the browser’s site settings for this extension, then try again.');
  }
}
