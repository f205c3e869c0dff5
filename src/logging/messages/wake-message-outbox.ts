/**
 * Makes waiting messages go out when they are due: a timer while the worker lives, an alarm (at
 * least 30 s away, Chrome's floor) to wake a stopped one, and every worker start. Kept apart
 * from the drain loop so the service does not import it (as wake-outbox.ts for calls).
 */
import browser from 'webextension-polyfill';

export const MESSAGE_OUTBOX_ALARM = 'message-outbox';
const ALARM_FLOOR_MS = 30_000;

let timer: ReturnType<typeof setTimeout> | undefined;
let timerAt = Number.POSITIVE_INFINITY;
let drain: () => Promise<void> = async () => {};

export function setMessageDrain(run: () => Promise<void>): void {
  drain = run;
}

export function wakeMessageOutbox(at: number): void {
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
  void browser.alarms.get(MESSAGE_OUTBOX_ALARM).then((alarm) => {
    if (!alarm || alarm.scheduledTime > when) return browser.alarms.create(MESSAGE_OUTBOX_ALARM, { when });
  });
}
