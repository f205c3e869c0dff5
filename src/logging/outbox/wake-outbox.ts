/**
 * Makes the outbox run when its next change is due. A timer covers short waits while the worker
 * is alive; an alarm (at least 30 s away, Chrome's floor) wakes a worker that was stopped, and the
 * worker's start runs it too. Running early is harmless: only due changes are sent.
 */
import browser from 'webextension-polyfill';

export const OUTBOX_ALARM = 'outbox';
const ALARM_FLOOR_MS = 30_000;

let timer: ReturnType<typeof setTimeout> | undefined;
let timerAt = Number.POSITIVE_INFINITY;
let drain: () => Promise<void> = async () => {};

/** Set once at start-up; kept apart so the service modules do not import the drain loop. */
export function setOutboxDrain(run: () => Promise<void>): void {
  drain = run;
}

/** Runs the outbox at `at` or earlier: never pushes back a wake-up already planned. */
export function wakeOutbox(at: number): void {
  if (at < timerAt) {
    clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(
      () => {
        timerAt = Number.POSITIVE_INFINITY;
        void drain();
      },
      Math.max(0, at - Date.now()),
    );
  }
  const when = Math.max(at, Date.now() + ALARM_FLOOR_MS);
  void browser.alarms.get(OUTBOX_ALARM).then((alarm) => {
    if (!alarm || alarm.scheduledTime > when) return browser.alarms.create(OUTBOX_ALARM, { when });
  });
}

/** After a run: plan exactly the next one (or none), since what was due is done. */
export async function planNextDrain(at: number | undefined): Promise<void> {
  await browser.alarms.clear(OUTBOX_ALARM);
  if (at !== undefined) wakeOutbox(at);
}
