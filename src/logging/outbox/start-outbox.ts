/** Wires the outbox into the service worker: its alarm, and recovery plus a run at every start. */
import browser from 'webextension-polyfill';
import { afterStart } from '../start-up-work';
import { drainOutbox, type SessionFor } from './drain-outbox';
import { recoverUnfinished } from './recover-unfinished';
import { OUTBOX_ALARM, setOutboxDrain } from './wake-outbox';

export function startOutbox(sessionFor: SessionFor): void {
  const drain = () => drainOutbox(sessionFor);
  setOutboxDrain(drain);
  // Registered synchronously at start, as MV3 requires for events that wake the worker.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void drain();
  });
  afterStart(() => recoverUnfinished(sessionFor).then(drain));
}
