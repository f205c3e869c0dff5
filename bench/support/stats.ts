/** Medians and percentiles of measured values; every figure keeps its min and max across runs. */

export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Nearest-rank percentile (p in 0..100) of unsorted values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function spread(values: readonly number[]): Spread {
  return { median: percentile(values, 50), min: Math.min(...values), max: Math.max(...values), runs: values.length };
}

/** The same figure from every run, by name: `acrossRuns(runs, (r) => r.p50)`. */
export function acrossRuns<T>(runs: readonly T[], figure: (run: T) => number): Spread {
  return spread(runs.map(figure));
}

export const round = (value: number, digits = 1): number => Number(value.toFixed(digits));
