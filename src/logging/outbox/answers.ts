/** What the API answers while a change waits in the outbox: saved, and what happens next. */
import { success, warning, type ReturnMessage } from '../../protocol/return-message';
import type { CallLogRecord } from '../../storage/call-log-record';
import type { OutboxItem } from '../../storage/outbox-record';
import type { CreateCallLogAnswer } from '../../protocol/api-answers';

export function queuedAnswer(item: OutboxItem | undefined): CreateCallLogAnswer {
  if (item?.state === 'paused') {
    return {
      successful: false,
      queued: true,
      state: 'queued',
      returnMessage: warning('Saved — it will be logged once the CRM is connected again.', 8000, 'Open Options and connect the CRM again.'),
    };
  }
  const seconds = item ? Math.max(0, Math.ceil((item.nextAttemptAt - Date.now()) / 1000)) : 0;
  const when = seconds <= 1 ? 'in a moment' : seconds < 120 ? `in ${seconds} s` : `in ${Math.round(seconds / 60)} min`;
  const why = item?.lastError?.message ? `${item.lastError.message} ` : '';
  const next = item?.reconcile
    ? 'It may already be logged: the CRM is checked first, and the call is sent again only if it is not there.'
    : 'Nothing to do: it is sent again automatically, also after the browser restarts.';
  return {
    successful: false,
    queued: true,
    state: 'queued',
    returnMessage: warning(`Saved — will retry ${when}.`, 5000, `${why}${next}`),
  };
}

export function existingAnswer(record: CallLogRecord): CreateCallLogAnswer {
  if (record.state === 'logged') {
    return { successful: false, logId: record.logId, returnMessage: warning(`Existing log for session ${record.sessionId}`, 3000) };
  }
  return {
    successful: false,
    state: 'needsReview',
    returnMessage: warning(
      'This call may already be logged, but that could not be confirmed.',
      8000,
      'Check the CRM for this call, then mark it logged or log it again from the call list.',
    ),
  };
}

export function loggedAnswer(logId: string, returnMessage?: ReturnMessage): CreateCallLogAnswer {
  return { successful: true, logId, returnMessage: returnMessage ?? success('Call logged') };
}

/** The CRM is slow: the answer goes out within the 15 s a caller waits, the work goes on. */
export function stillWorkingAnswer(): CreateCallLogAnswer {
  return {
    successful: false,
    queued: true,
    state: 'logging',
    returnMessage: warning('Saved — the CRM is slow to answer.', 5000, 'The log is finished in the background; its state shows in the call list.'),
  };
}
