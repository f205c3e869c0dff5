/**
 * Where a request's time goes, for the bench only: it sets `globalThis.__stageMarks = []` in the
 * worker and reads the marks back (bench/stage-breakdown.ts). Without that array a mark is one
 * property read and nothing is kept.
 */
export function markStage(stage: string): void {
  (globalThis as { __stageMarks?: [string, number][] }).__stageMarks?.push([stage, performance.now()]);
}
