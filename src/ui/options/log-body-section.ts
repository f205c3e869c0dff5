/**
 * "What a call log contains": every item of log-body.md on or off, the date format (with a
 * preview) and the time zone of the Date/Time line. The worker validates and stores them
 * (`PUT /settings/logBody`); its composer reads them for every log.
 */
import type { LogBodySettings } from '../../protocol/schemas/log-body-settings';
import { formatDateTime } from '../../protocol/format-date';
import { callApi } from '../api-client';
import { whileBusy } from '../busy';
import { h, uid } from '../dom';
import { createFieldErrors } from '../field-errors';
import { showToast } from '../toasts';
import { textField } from './controls';
import { t, type MessageKey } from '../i18n';

type Switch = { [K in keyof LogBodySettings]-?: LogBodySettings[K] extends boolean ? K : never }[keyof LogBodySettings];

/** In the order the composer writes them. */
const ITEMS: [Switch, MessageKey][] = [
  ['addCallLogNote', 'body_note'],
  ['addCallSessionId', 'body_session_id'],
  ['addCallLogSubject', 'body_subject'],
  ['addCallLogContactNumber', 'body_contact_number'],
  ['addCallLogDateTime', 'body_date_time'],
  ['addCallLogDuration', 'body_duration'],
  ['addCallLogResult', 'body_result'],
  ['addCallLogRecording', 'body_recording'],
  ['addCallLogAiNote', 'body_ai_note'],
  ['addCallLogTranscript', 'body_transcript'],
  ['addCallLogLegs', 'body_legs'],
];

const FORMATS = ['YYYY-MM-DD hh:mm:ss A', 'MM/DD/YYYY h:mm A', 'DD/MM/YYYY HH:mm', 'MMM D, YYYY h:mm A', 'D MMMM YYYY, HH:mm'];

export async function mountLogBodySection(body: HTMLElement): Promise<void> {
  const answer = await callApi('GET /settings/logBody');
  const settings = answer.settings;
  if (!settings) {
    showToast(answer.returnMessage);
    return;
  }
  const boxes = ITEMS.map(([key, label]) => {
    const input = h('input', { type: 'checkbox', id: uid(key), checked: settings[key] });
    return { key, input, element: h('div', { class: 'check' }, input, h('label', { for: input.id }, t(label))) };
  });
  const listId = uid('formats');
  const preview = h('span', {});
  const format = textField(t('body_date_format'), { value: settings.logDateFormat, list: listId, autocomplete: 'off' }, preview);
  const zone = textField(t('body_zone'), { value: settings.timezoneOffset ?? '', placeholder: '-08:00', autocomplete: 'off' }, t('body_zone_hint'));
  const save = h('button', { type: 'button', class: 'primary' }, t('body_save'));
  const errors = createFieldErrors();

  const showPreview = () => {
    const text = format.input.value.trim();
    preview.textContent = text
      ? t('body_looks_like', formatDateTime(new Date(), zone.input.value.trim() || -new Date().getTimezoneOffset(), text))
      : t('body_enter_format');
  };
  format.input.addEventListener('input', showPreview);
  zone.input.addEventListener('input', showPreview);
  showPreview();

  save.addEventListener(
    'click',
    () =>
      void whileBusy(save, t('common_saving'), async () => {
        errors.clear();
        const zoneText = zone.input.value.trim();
        const next = {
          ...Object.fromEntries(boxes.map(({ key, input }) => [key, input.checked])),
          logDateFormat: format.input.value.trim(),
          ...(zoneText ? { timezoneOffset: zoneText } : {}),
        };
        const answer = await callApi('PUT /settings/logBody', { body: next });
        showToast(answer.successful ? answer.returnMessage : errors.fromAnswer(answer, { logDateFormat: format.input, timezoneOffset: zone.input }));
      }),
  );

  body.replaceChildren(
    h(
      'fieldset',
      { class: 'choices' },
      h('legend', {}, t('body_items')),
      h(
        'div',
        { class: 'columns' },
        boxes.map((box) => box.element),
      ),
    ),
    format.element,
    h(
      'datalist',
      { id: listId },
      FORMATS.map((f) => h('option', { value: f })),
    ),
    zone.element,
    h('div', { class: 'actions' }, save),
  );
}
