/**
 * Makes a queue run when its next item is due. A timer covers short waits while the worker is
 * alive; an alarm (at least 30 s away, Chrome's floor) wakes a worker that was stopped, and the
 * worker's start runs it too. Running early is harmless: only due items are sent. One waker per
 * queue (the call outbox, the message ledger), each under its own alarm name.
 */
import browser from 'webextension-polyfill';

const ALARM_FLOOR_MS = 30_000;

export interface Waker {
  readonly alarmName: string;
  /** Set once at start-up; kept apart so the service modules do not import the drain loop. */
  setDrain(run: () => Promise<void>): void;
  /** Runs the queue at `at` or earlier: never pushes back a wake-up already planned. */
  wake(at: number): void;
  /** After a run: plan exactly the next one (or none), since what was due is done. */
  planNext(at: number | undefined): Promise<void>;
}

export function createWaker(alarmName: string): Waker {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerAt = Number.POSITIVE_INFINITY;
  let drain: () => Promise<void> = async () => {};

  function wake(at: number): void {
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
    void browser.alarms.get(alarmName).then((alarm) => {
      if (!alarm || alarm.scheduledTime > when) return browser.alarms.create(alarmName, { when });
    });
  }

  return {
    alarmName,
    setDrain: (run) => (drain = run),
    wake,
    async planNext(at) {
      await browser.alarms.clear(alarmName);
      if (at !== undefined) wake(at);
    },
  };
}
