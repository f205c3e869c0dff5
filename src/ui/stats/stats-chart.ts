/**
 * Logs per day as stacked bars, one colour per outcome: inline SVG drawn here, no chart library
 * and no remote script. Screen readers get the same numbers as a table under the chart.
 */
import type { StatsFigures } from './stats-figures';
import { h } from '../dom';
import { callResult } from '../call-result';
import { formatDay, formatInteger, t } from '../i18n';

const SVG = 'http://www.w3.org/2000/svg';
const [WIDTH, HEIGHT, LEFT, BOTTOM, TOP] = [640, 220, 32, 24, 8];
/** Outcomes past this many share the last colour. */
const COLOURS = 6;

function s(tag: string, attrs: Record<string, string | number>, ...children: (Node | string)[]): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

const colourOf = (outcomes: readonly string[], outcome: string) => `outcome-${Math.min(outcomes.indexOf(outcome), COLOURS - 1)}`;
/** `2026-12-04` as the browser's language writes a day and month (12/4, 4.12.). */
const shortDay = (day: string) => formatDay(day, { month: 'numeric', day: 'numeric' });
/** The same day in full, for the table (12/4/2026, 4.12.2026). */
const longDay = (day: string) => formatDay(day, { year: 'numeric', month: 'numeric', day: 'numeric' });

export function statsChart(stats: StatsFigures): HTMLElement {
  const totals = stats.days.map((d) => Object.values(d.byOutcome).reduce((sum, n) => sum + n, 0));
  const max = Math.max(1, ...totals);
  const scale = (HEIGHT - BOTTOM - TOP) / max;
  const slot = (WIDTH - LEFT) / stats.days.length;
  const bars = stats.days.flatMap((day, i) => {
    let y = HEIGHT - BOTTOM;
    const x = LEFT + i * slot + slot * 0.15;
    return stats.outcomes
      .filter((outcome) => day.byOutcome[outcome])
      .map((outcome) => {
        const height = day.byOutcome[outcome]! * scale;
        y -= height;
        const title = s('title', {}, `${longDay(day.day)}: ${formatInteger(day.byOutcome[outcome]!)} ${callResult(outcome)}`);
        return s('rect', { x, y, width: slot * 0.7, height, class: colourOf(stats.outcomes, outcome) }, title);
      });
  });
  const labels = stats.days
    .map((day, i) => [day, i] as const)
    .filter(([, i]) => (stats.days.length - 1 - i) % 7 === 0)
    // The last day's label ends at the edge: centred, a longer date ("5.12.") would be cut off.
    .map(([day, i]) => {
      const last = i === stats.days.length - 1;
      return s('text', { x: last ? WIDTH : LEFT + (i + 0.5) * slot, y: HEIGHT - 6, 'text-anchor': last ? 'end' : 'middle' }, shortDay(day.day));
    });
  const axis = [
    s('line', { x1: LEFT, y1: HEIGHT - BOTTOM, x2: WIDTH, y2: HEIGHT - BOTTOM, class: 'axis' }),
    s('text', { x: LEFT - 6, y: TOP + 10, 'text-anchor': 'end' }, formatInteger(max)),
    s('text', { x: LEFT - 6, y: HEIGHT - BOTTOM, 'text-anchor': 'end' }, formatInteger(0)),
  ];
  const summary = t('stats_summary', stats.logged, stats.days.length, Math.max(...totals));
  const svg = s('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': summary, class: 'chart' }, ...axis, ...bars, ...labels);
  const legend = h(
    'ul',
    { class: 'legend', 'aria-label': t('stats_outcomes') },
    stats.outcomes.map((outcome) => h('li', {}, h('span', { class: `swatch ${colourOf(stats.outcomes, outcome)}` }), callResult(outcome))),
  );
  return h('figure', { class: 'stats-figure' }, svg as unknown as Node, legend, numbersTable(stats));
}

function numbersTable(stats: StatsFigures): HTMLElement {
  const rows = stats.days.filter((day) => Object.keys(day.byOutcome).length);
  return h(
    'details',
    {},
    h('summary', {}, t('stats_numbers')),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('stats_day')),
          stats.outcomes.map((o) => h('th', { scope: 'col' }, callResult(o))),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map((day) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, longDay(day.day)),
            stats.outcomes.map((o) => h('td', {}, formatInteger(day.byOutcome[o] ?? 0))),
          ),
        ),
      ),
    ),
  );
}
