/**
 * The outboxes' work at every start (recovering logs a stopped worker left unfinished, sending
 * what waits) runs a moment after the start, not beside the first requests: a page that woke the
 * worker, the side panel opening, gets its answers first. With 10,000 logs in the ledger that
 * work made the first answer wait 59 ms instead of 25 ms (docs/benchmarks.md, "Cold start").
 * Nothing is lost by waiting: the work is read from IndexedDB, and an event that wakes the worker
 * keeps it running far longer than this delay. Auto-log's start-up pass is not delayed: with
 * auto-log on, logging without a click starts at once. The listeners that wake the worker are
 * still registered at once, by their owners.
 */
export const START_UP_WORK_DELAY_MS = 1_000;

export function afterStart(work: () => unknown): void {
  setTimeout(work, START_UP_WORK_DELAY_MS);
}
