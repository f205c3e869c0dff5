/** The statistics page: the last 30 days of logs as a chart, the counts beside it, and the export. */
import { callApi } from '../api-client';
import { $, h } from '../dom';
import { showToast } from '../toasts';
import { exportForm } from './export-form';
import { statsChart } from './stats-chart';
import { lastDays, statsFigures } from './stats-figures';
import { formatInteger, t } from '../i18n';

export const STATS_DAYS = 30;

export async function mountStats(): Promise<void> {
  $('#export-body').replaceChildren(exportForm(STATS_DAYS));
  // The worker answers rows and calls; the figures are computed here (src/ui/stats/stats-figures.ts).
  const days = lastDays(STATS_DAYS);
  const [history, calls] = await Promise.all([callApi('GET /logHistory', { query: { from: days[0]!, to: days.at(-1)! } }), callApi('GET /calls')]);
  if (!history.successful) return showToast(history.returnMessage);
  if (!calls.successful) return showToast(calls.returnMessage);
  const figures = statsFigures(days, history.rows, calls.calls);
  $('#totals').replaceChildren(
    ...(
      [
        ['stats_logged', figures.logged, 'logged'],
        ['stats_not_logged', figures.unlogged, 'unlogged'],
        ['stats_failed', figures.failed, 'failed'],
      ] as const
    ).map(([label, count, kind]) => h('p', { class: `total total-${kind}` }, h('strong', {}, formatInteger(count)), ' ', t(label))),
  );
  $('#chart').replaceChildren(statsChart(figures));
}
