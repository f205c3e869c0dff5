/**
 * "Automatic logging": on or off, what to do with a number that matches no contact or several,
 * which calls to log, numbers never to log, and what happens around a log. The worker validates
 * and keeps them (`PUT /settings/autoLog`, docs/auto-log.md) and runs auto-log after each sync.
 */
import browser from 'webextension-polyfill';
import type { AutoLogSettings } from '../../protocol/schemas/auto-log-settings';
import { callApi } from '../api-client';
import { whileBusy } from '../busy';
import { h, uid } from '../dom';
import { showToast } from '../toasts';
import { radioGroup } from './controls';

type Switch = { [K in keyof AutoLogSettings]-?: AutoLogSettings[K] extends boolean ? K : never }[keyof AutoLogSettings];

const CALLS: [Switch, string][] = [
  ['logInbound', 'Incoming calls'],
  ['logOutbound', 'Outgoing calls'],
  ['logMissed', 'Calls nobody answered (missed, voicemail, rejected, busy)'],
  ['logInternal', 'Calls between extensions of my phone system'],
];

const AROUND: [Switch, string][] = [
  ['waitForRecording', 'Wait for the recording, then log the call once (for CRMs where logs cannot be edited)'],
  ['openFormAfterLog', 'Open the log form after a call is logged, to add a note'],
  ['notify', 'Tell me with a notification when calls could not be logged and the call list is closed'],
];

export async function mountAutoLogSection(body: HTMLElement): Promise<void> {
  const answer = await callApi('GET /settings/autoLog');
  const settings = answer.settings;
  if (!settings) return showToast(answer.returnMessage);
  const check = ([key, label]: [Switch, string]) => {
    const input = h('input', { type: 'checkbox', id: uid(key), checked: settings[key] });
    return { key, input, element: h('div', { class: 'check' }, input, h('label', { for: input.id }, label)) };
  };
  const enabled = check(['enabled', 'Log my calls automatically when they end']);
  const unknown = radioGroup(
    'When a number matches no contact',
    [
      { value: 'skip', label: 'Leave the call for me to log' },
      { value: 'createContact', label: 'Create a contact with the caller’s name or number, and log the call' },
    ],
    settings.unknownNumber,
  );
  const several = radioGroup(
    'When a number matches several contacts',
    [
      { value: 'skip', label: 'Leave the call for me to choose' },
      { value: 'mostRecentActivity', label: 'Log it to the contact with the most recent activity' },
      { value: 'firstAlphabetical', label: 'Log it to the first contact in alphabetical order' },
      { value: 'earliestCreated', label: 'Log it to the contact created first' },
    ],
    settings.severalMatches,
  );
  const calls = CALLS.map(check);
  const around = AROUND.map(check);
  const listId = uid('do-not-log');
  const doNotLog = h('textarea', { id: listId, rows: 3, placeholder: '+1 415 555 0100' });
  doNotLog.value = settings.doNotLog.join('\n');
  const save = h('button', { type: 'button', class: 'primary' }, 'Save automatic logging');

  save.addEventListener('click', () => {
    const next = {
      ...(Object.fromEntries([enabled, ...calls, ...around].map(({ key, input }) => [key, input.checked])) as Record<Switch, boolean>),
      unknownNumber: unknown.value(),
      severalMatches: several.value(),
      doNotLog: doNotLog.value
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    };
    // Asked while the click still counts as the user's gesture; refused, the rest is still saved.
    const asked = next.notify ? browser.permissions.request({ permissions: ['notifications'] }).catch(() => false) : Promise.resolve(true);
    void whileBusy(save, 'Saving…', async () => {
      if (!(await asked)) next.notify = false;
      showToast((await callApi('PUT /settings/autoLog', { body: next })).returnMessage);
    });
  });

  body.replaceChildren(
    enabled.element,
    h(
      'p',
      { class: 'hint' },
      'Every ended call of your phone account is logged once, also calls made while the browser was closed, and so is every SMS, voicemail and fax conversation, each message once. What it cannot log is shown with the reason: calls under “Unlogged” in the call list, conversations in the Messages tab.',
    ),
    unknown.element,
    several.element,
    h(
      'fieldset',
      { class: 'choices' },
      h('legend', {}, 'Which calls to log'),
      calls.map((c) => c.element),
    ),
    h('div', { class: 'field' }, h('label', { for: listId }, 'Never log these numbers (one a line)'), doNotLog),
    h(
      'fieldset',
      { class: 'choices' },
      h('legend', {}, 'Around each log'),
      around.map((c) => c.element),
    ),
    h('div', { class: 'actions' }, save),
  );
}
