/** The side panel's table and target (bench/panel-paint.ts). */
import type { PanelPaintResult } from './panel-paint';
import { fig, n, table, type TargetCheck } from './support/format';

export type { PanelPaintResult };

export function renderPanelPaint(panel: PanelPaintResult): string {
  const calls = panel.calls.toLocaleString('en-US');
  return [
    `**Side panel, a long day** — ${calls} calls from the Call Log API, ${panel.logged} of them logged; the Calls view opened ${panel.listMs.runs} times each way, ms from navigation start to the painted frame`,
    table(
      ['', `list of ${calls} calls`, 'with their states'],
      [
        ['worker running', `${fig(panel.listMs)} ms`, `${fig(panel.statesMs)} ms`],
        ['worker stopped first', `${fig(panel.coldListMs)} ms`, `${fig(panel.coldStatesMs)} ms`],
        ['of which the page opening, before its scripts run (worker running)', `${fig(panel.pageMs)} ms`, ''],
      ],
    ),
  ].join('\n');
}

export function panelTarget(panel: PanelPaintResult): TargetCheck {
  const worst = Math.max(panel.statesMs.median, panel.coldStatesMs.median);
  return {
    target: `Calls view first paint with ${panel.calls.toLocaleString('en-US')} calls and their states ≤ 100 ms`,
    measured: `${n(panel.statesMs.median)} ms (worker stopped first: ${n(panel.coldStatesMs.median)} ms)`,
    hit: worst <= 100,
  };
}
