/** How the bench writes its figures: numbers, spreads of runs, Markdown tables, targets. */
import type { Spread } from './stats';

export interface TargetCheck {
  target: string;
  measured: string;
  hit: boolean;
}

export const n = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

/** `median (min–max)`, or the value alone when every run agreed. */
export const fig = (s: Spread, digits = 1, unit = '') =>
  s.min === s.max ? `${n(s.median, digits)}${unit}` : `${n(s.median, digits)}${unit} (${n(s.min, digits)}–${n(s.max, digits)})`;

export function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
