/**
 * Refreshes the RingCentral calls and messages on a `browser.alarms` schedule, so the list is current when
 * the panel opens and the refresh token (valid a week) is used often enough to stay alive.
 * Alarms wake a stopped worker; Chrome may drop them on a browser restart, so they are set
 * again on startup while the user is signed in.
 */
import browser from 'webextension-polyfill';
import { phoneAccountSetting } from './phone-account';
import { ringCentralSource } from './ringcentral/ringcentral-source';
import { ringCentralMessages } from './ringcentral/message-store-source';
import { tokensFor } from './ringcentral/rc-tokens';

export const CALL_SYNC_ALARM = 'ringcentral-call-sync';
const PERIOD_MINUTES = 5;

/** Sets or clears the alarm to match the phone account: on only while signed in to RingCentral. */
export async function updateCallSyncAlarm(): Promise<void> {
  const account = await phoneAccountSetting.get();
  const wanted = account.source === 'ringcentral' && (await tokensFor(account)) !== null;
  const existing = await browser.alarms.get(CALL_SYNC_ALARM);
  if (wanted && !existing) browser.alarms.create(CALL_SYNC_ALARM, { periodInMinutes: PERIOD_MINUTES });
  if (!wanted && existing) await browser.alarms.clear(CALL_SYNC_ALARM);
}

/** Registered at the top of the worker, so an alarm that wakes it finds its listener. */
export function startCallSync(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== CALL_SYNC_ALARM) return;
    // The message store is read on the same beat (its own, lighter rate-limit group).
    void Promise.all([ringCentralSource.refresh(), ringCentralMessages.refresh()]).then(updateCallSyncAlarm);
  });
  browser.runtime.onStartup.addListener(() => void updateCallSyncAlarm());
}
