/** The side panel's table and target (bench/panel-paint.ts). */
import type { PanelPaintResult } from './panel-paint';
import { fig, n, table, type TargetCheck } from './support/format';

export type { PanelPaintResult };

export function renderPanelPaint(panel: PanelPaintResult): string {
  const calls = panel.calls.toLocaleString('en-US');
  return [
    `**Side panel, a long day** — ${calls} calls from the Call Log API, ${panel.logged} of them logged; the Calls view opened ${panel.listMs.runs} times each way, ms from navigation start to the painted frame`,
    table(
      ['', 'first screen (30 calls) with their states', `list of ${calls} calls`, 'with their states'],
      [
        ['worker running', `${fig(panel.screenMs)} ms`, `${fig(panel.listMs)} ms`, `${fig(panel.statesMs)} ms`],
        ['worker stopped first', `${fig(panel.coldScreenMs)} ms`, `${fig(panel.coldListMs)} ms`, `${fig(panel.coldStatesMs)} ms`],
        ['of which the page opening, before its scripts run (worker running)', `${fig(panel.pageMs)} ms`, '', ''],
      ],
    ),
  ].join('\n');
}

/**
 * The first paint is the first screen with its states: the panel draws the rest of a long list
 * after it (src/ui/sidepanel/call-list.ts). The whole list's figure is shown beside it.
 */
export function panelTarget(panel: PanelPaintResult): TargetCheck {
  const worst = Math.max(panel.screenMs.median, panel.coldScreenMs.median);
  return {
    target: `Calls view first paint with ${panel.calls.toLocaleString('en-US')} calls and their states ≤ 100 ms`,
    measured: `first screen ${n(panel.screenMs.median)} ms (worker stopped first: ${n(panel.coldScreenMs.median)} ms); whole list ${n(panel.statesMs.median)} ms (${n(panel.coldStatesMs.median)} ms)`,
    hit: worst <= 100,
  };
}
