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
import { t, type MessageKey } from '../i18n';

type Switch = { [K in keyof AutoLogSettings]-?: AutoLogSettings[K] extends boolean ? K : never }[keyof AutoLogSettings];

const CALLS: [Switch, MessageKey][] = [
  ['logInbound', 'auto_inbound'],
  ['logOutbound', 'auto_outbound'],
  ['logMissed', 'auto_missed'],
  ['logInternal', 'auto_internal'],
];

const AROUND: [Switch, MessageKey][] = [
  ['waitForRecording', 'auto_wait_recording'],
  ['openFormAfterLog', 'auto_open_form'],
  ['notify', 'auto_notify'],
];

export async function mountAutoLogSection(body: HTMLElement): Promise<void> {
  const answer = await callApi('GET /settings/autoLog');
  const settings = answer.settings;
  if (!settings) return showToast(answer.returnMessage);
  const check = ([key, label]: [Switch, MessageKey]) => {
    const input = h('input', { type: 'checkbox', id: uid(key), checked: settings[key] });
    return { key, input, element: h('div', { class: 'check' }, input, h('label', { for: input.id }, t(label))) };
  };
  const enabled = check(['enabled', 'auto_enabled']);
  const unknown = radioGroup(
    t('auto_unknown'),
    [
      { value: 'skip', label: t('auto_unknown_skip') },
      { value: 'createContact', label: t('auto_unknown_create') },
    ],
    settings.unknownNumber,
  );
  const several = radioGroup(
    t('auto_several'),
    [
      { value: 'skip', label: t('auto_several_skip') },
      { value: 'mostRecentActivity', label: t('auto_several_recent') },
      { value: 'firstAlphabetical', label: t('auto_several_alphabetical') },
      { value: 'earliestCreated', label: t('auto_several_earliest') },
    ],
    settings.severalMatches,
  );
  const calls = CALLS.map(check);
  const around = AROUND.map(check);
  const listId = uid('do-not-log');
  const doNotLog = h('textarea', { id: listId, rows: 3, placeholder: '+1 415 555 0100' });
  doNotLog.value = settings.doNotLog.join('\n');
  const save = h('button', { type: 'button', class: 'primary' }, t('auto_save'));

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
    void whileBusy(save, t('common_saving'), async () => {
      if (!(await asked)) next.notify = false;
      showToast((await callApi('PUT /settings/autoLog', { body: next })).returnMessage);
    });
  });

  body.replaceChildren(
    enabled.element,
    h('p', { class: 'hint' }, t('auto_hint')),
    unknown.element,
    several.element,
    h(
      'fieldset',
      { class: 'choices' },
      h('legend', {}, t('auto_which')),
      calls.map((c) => c.element),
    ),
    h('div', { class: 'field' }, h('label', { for: listId }, t('auto_never')), doNotLog),
    h(
      'fieldset',
      { class: 'choices' },
      h('legend', {}, t('auto_around')),
      around.map((c) => c.element),
    ),
    h('div', { class: 'actions' }, save),
  );
}
