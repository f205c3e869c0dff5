/**
 * Sends the messages that wait in the message ledger when they are due: at every worker start
 * (which also finds those a stopped worker left: they were written down, due after the settle
 * delay, before the CRM was called), on the alarm, and on the timer. One run at a time.
 */
import browser from 'webextension-polyfill';
import { getConnector } from '../../connectors/registry';
import { getMessageLogRecord, pendingMessageLogs } from '../../storage/message-log-store';
import type { SessionFor } from '../outbox/drain-outbox';
import { withMessageLock } from './message-lock';
import { sendPending } from './send-messages';
import { MESSAGE_OUTBOX_ALARM, setMessageDrain, wakeMessageOutbox } from './wake-message-outbox';
import { afterStart } from '../start-up-work';

let again = false;

export function startMessageOutbox(sessionFor: SessionFor): void {
  const drain = () => drainMessageLogs(sessionFor);
  setMessageDrain(drain);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === MESSAGE_OUTBOX_ALARM) void drain();
  });
  afterStart(drain);
}

export async function drainMessageLogs(sessionFor: SessionFor): Promise<void> {
  await navigator.locks.request('message-outbox-drain', { ifAvailable: true }, async (lock) => {
    if (!lock) {
      again = true;
      return;
    }
    do {
      again = false;
      await sendDue(sessionFor);
    } while (again);
    // Only this browser's connectors: an App Connect server keeps its own records.
    const waiting = (await pendingMessageLogs()).filter((r) => getConnector(r.platform));
    if (waiting.length > 0) wakeMessageOutbox(Math.min(...waiting.map((r) => r.pending!.nextAttemptAt)));
  });
}

async function sendDue(sessionFor: SessionFor): Promise<void> {
  const due = (await pendingMessageLogs()).filter((r) => getConnector(r.platform) && r.pending!.nextAttemptAt <= Date.now());
  for (const record of due) {
    const session = await sessionFor(record.platform, record.userId);
    if (!session) continue; // waits until the account is connected again
    await withMessageLock(record, async () => {
      const current = await getMessageLogRecord(record);
      if (!current?.pending || current.pending.nextAttemptAt > Date.now()) return;
      await sendPending(session, current, { fresh: false }).catch(() => undefined);
    });
  }
}
