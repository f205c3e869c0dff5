/** The statistics page: the last 30 days of logs as a chart, the counts beside it, and the export. */
import { callApi } from '../api-client';
import { $, h } from '../dom';
import { showToast } from '../toasts';
import { exportForm } from './export-form';
import { statsChart } from './stats-chart';
import { formatInteger, t } from '../i18n';

export const STATS_DAYS = 30;

export async function mountStats(): Promise<void> {
  $('#export-body').replaceChildren(exportForm(STATS_DAYS));
  const answer = await callApi('GET /stats', { query: { days: String(STATS_DAYS) } });
  if (!answer.successful) return showToast(answer.returnMessage);
  $('#totals').replaceChildren(
    ...(
      [
        ['stats_logged', answer.logged, 'logged'],
        ['stats_not_logged', answer.unlogged, 'unlogged'],
        ['stats_failed', answer.failed, 'failed'],
      ] as const
    ).map(([label, count, kind]) => h('p', { class: `total total-${kind}` }, h('strong', {}, formatInteger(count)), ' ', t(label))),
  );
  $('#chart').replaceChildren(statsChart(answer));
}
