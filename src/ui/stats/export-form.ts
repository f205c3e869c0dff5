/**
 * The export: what was logged where, for a date range, as a CSV file the browser downloads. The
 * worker answers rows (GET /logHistory); the file is made here, in the page.
 */
import type { LogHistoryRow } from '../../protocol/api-answers-history';
import { localDay } from '../../protocol/conversations';
import { callApi } from '../api-client';
import { h } from '../dom';
import { showToast } from '../toasts';
import { toCsv } from './csv';
import { t, tn, type MessageKey } from '../i18n';

/** The file is for people: its headings and states are in the page's language (the subjects are the CRM's). */
const CSV_HEADER: MessageKey[] = ['csv_date', 'csv_number', 'csv_contact', 'csv_record', 'csv_state', 'csv_subject'];
const STATES: Record<LogHistoryRow['state'], MessageKey> = {
  logged: 'state_logged',
  logging: 'csv_logging',
  queued: 'csv_queued',
  needsReview: 'state_needs_review',
};

const pad = (n: number) => String(n).padStart(2, '0');
const dayText = (date: Date) => localDay(date.toISOString());
const timeText = (at: number) => `${dayText(new Date(at))} ${pad(new Date(at).getHours())}:${pad(new Date(at).getMinutes())}`;

export function logsCsv(rows: readonly LogHistoryRow[]): string {
  return toCsv([
    CSV_HEADER.map((key) => t(key)),
    ...rows.map((r) => [timeText(r.at), r.number, r.contactName, r.recordUrl, t(STATES[r.state]), r.subject]),
  ]);
}

export function exportForm(days: number): HTMLElement {
  const today = new Date();
  const from = h('input', {
    type: 'date',
    id: 'export-from',
    value: dayText(new Date(today.getFullYear(), today.getMonth(), today.getDate() - days + 1)),
  });
  const to = h('input', { type: 'date', id: 'export-to', value: dayText(today) });
  const status = h('p', { class: 'hint', role: 'status' });
  const submit = async (event: Event) => {
    event.preventDefault();
    const answer = await callApi('GET /logHistory', { query: { from: from.value, to: to.value } });
    if (!answer.successful) return showToast(answer.returnMessage);
    download(`call-logs-${from.value}-to-${to.value}.csv`, logsCsv(answer.rows));
    status.textContent = tn('stats_exported', answer.rows.length);
  };
  return h(
    'form',
    { onsubmit: submit },
    h('p', {}, t('stats_export_intro')),
    h(
      'div',
      { class: 'export-form' },
      h('div', { class: 'field' }, h('label', { for: 'export-from' }, t('stats_from')), from),
      h('div', { class: 'field' }, h('label', { for: 'export-to' }, t('stats_to')), to),
      h('button', { type: 'submit', class: 'primary' }, t('stats_download')),
    ),
    status,
  );
}

function download(name: string, csv: string): void {
  // A byte order mark, so that spreadsheets read the names as UTF-8.
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  h('a', { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
