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

type Switch = { [K in keyof LogBodySettings]-?: LogBodySettings[K] extends boolean ? K : never }[keyof LogBodySettings];

/** In the order the composer writes them. */
const ITEMS: [Switch, string][] = [
  ['addCallLogNote', 'Your note'],
  ['addCallSessionId', 'Call session id'],
  ['addCallLogSubject', 'Subject (summary)'],
  ['addCallLogContactNumber', 'Contact phone number'],
  ['addCallLogDateTime', 'Date and time'],
  ['addCallLogDuration', 'Duration'],
  ['addCallLogResult', 'Result'],
  ['addCallLogRecording', 'Recording link'],
  ['addCallLogAiNote', 'AI note'],
  ['addCallLogTranscript', 'Transcript'],
  ['addCallLogLegs', 'Call journey (transfers)'],
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
    return { key, input, element: h('div', { class: 'check' }, input, h('label', { for: input.id }, label)) };
  });
  const listId = uid('formats');
  const preview = h('span', {});
  const format = textField('Date format', { value: settings.logDateFormat, list: listId, autocomplete: 'off' }, preview);
  const zone = textField(
    'Time zone offset',
    { value: settings.timezoneOffset ?? '', placeholder: '-08:00', autocomplete: 'off' },
    'Empty: the time zone of your CRM user. Or an offset from UTC such as -08:00 or +05:30.',
  );
  const save = h('button', { type: 'button', class: 'primary' }, 'Save log settings');
  const errors = createFieldErrors();

  const showPreview = () => {
    const text = format.input.value.trim();
    preview.textContent = text
      ? `Looks like: ${formatDateTime(new Date(), zone.input.value.trim() || -new Date().getTimezoneOffset(), text)}`
      : 'Enter a format.';
  };
  format.input.addEventListener('input', showPreview);
  zone.input.addEventListener('input', showPreview);
  showPreview();

  save.addEventListener(
    'click',
    () =>
      void whileBusy(save, 'Saving…', async () => {
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
      h('legend', {}, 'Items in each log'),
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
