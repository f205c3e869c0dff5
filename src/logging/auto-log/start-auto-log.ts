/**
 * When auto-log runs, in the worker: after every call and message sync (the sync alarm, GET /calls
 * and GET /messages — the side panel opening, ?refresh=true), on the dialer's call-end and message
 * events, and at every start. At the browser's start the call log is read first, so calls made while it was closed are
 * caught up (paced by the CRM client, see run-auto-log.ts).
 */
import browser from 'webextension-polyfill';
import type { CallRecord } from '../../protocol/call-record';
import { CALL_SYNC_ALARM } from '../../calls/call-sync-alarm';
import { currentCallSource } from '../../calls/current-call-source';
import { currentMessageSource } from '../../calls/message-source';
import { defineNextPass } from './next-pass';
import { runMessageAutoLog } from './run-message-auto-log';
import { autoLogSetting } from './auto-log-setting';
import { runAutoLog, setAutoLogSession, type SessionOpener } from './run-auto-log';
import type { AutoLogResult } from './log-one-call';

/** Registered at the top of the worker, so the events that wake it find their listeners. */
export function startAutoLog(open: SessionOpener): void {
  setAutoLogSession(open);
  browser.alarms.onAlarm.addListener((alarm) => {
    // The call sync's own listener reads RingCentral; this read finds it fresh (or waits for it).
    if (alarm.name !== CALL_SYNC_ALARM) return;
    void autoLogCurrentCalls({ refresh: true });
    void autoLogCurrentMessages({ refresh: true });
  });
  void firstStartOfBrowser().then(async (first) => {
    // A later wake-up of the worker in the same browser session: the browser still shows the
    // badge, so with auto-log off there is nothing to redo on the start-up path.
    if (!first && !(await autoLogSetting.get()).enabled) return;
    const options = first ? { refresh: true, force: true } : {};
    await Promise.all([autoLogCurrentCalls(options), autoLogCurrentMessages(options)]);
  });
}

/**
 * Whether this is the worker's first start since the browser started: `storage.session` is
 * emptied when the browser closes. `runtime.onStartup` did not reach the worker of a profile
 * opened again in the e2e suite; this flag does not depend on an event being delivered.
 */
async function firstStartOfBrowser(): Promise<boolean> {
  // Firefox's `chrome.*` takes callbacks and returns nothing; its `browser.*` returns promises (docs/firefox.md).
  type Scope = { storage?: { session?: chrome.storage.StorageArea } };
  const scope = globalThis as { browser?: Scope; chrome?: Scope };
  const area = scope.browser?.storage?.session ?? scope.chrome?.storage?.session;
  if (!area) return false;
  const KEY = 'autoLogCaughtUp';
  if ((await area.get(KEY))[KEY]) return false;
  await area.set({ [KEY]: true });
  return true;
}

/** Runs a pass over the current source's calls (one waits behind a running pass; see next-pass.ts). */
export const autoLogCurrentCalls = defineNextPass('auto-log-next', async ({ refresh, force }) => {
  // Off: no read of the phone system on its behalf (the pass only clears the badge).
  if (!(await autoLogSetting.get()).enabled) return void (await runAutoLog([]));
  const source = await currentCallSource();
  const snapshot = refresh ? await source.refresh({ force }) : await source.list();
  await runAutoLog(snapshot.calls);
});

/** The same over the message source's conversation-days. */
export const autoLogCurrentMessages = defineNextPass('auto-log-messages-next', async ({ refresh, force }) => {
  if (!(await autoLogSetting.get()).enabled) return;
  const source = await currentMessageSource();
  const snapshot = refresh ? await source.refresh({ force }) : await source.list();
  await runMessageAutoLog(snapshot.conversations);
});

/**
 * The dialer's entry point: a call that just ended. Logged now if auto-log is on and it is not
 * logged yet; the sync that later lists the same call finds it in the ledger and adds nothing.
 */
export async function autoLogEndedCall(call: CallRecord): Promise<AutoLogResult | undefined> {
  return (await runAutoLog([call])).get(call.sessionId);
}
