/** What POST /messageLog answers: logged, already logged, or saved to be sent later. */
import type { MessageLogAnswer } from '../../protocol/message-answers';
import { success, warning } from '../../protocol/return-message';
import type { MessageLogRecord, PendingMessages } from '../../storage/message-log-record';

export function noMessagesAnswer(): MessageLogAnswer {
  return { successful: false, logIds: [], returnMessage: warning('No message to log.', 3000) };
}

export function messagesLoggedAnswer(logId: string, logIds: string[]): MessageLogAnswer {
  const message = logIds.length === 1 ? 'Message logged' : `${logIds.length} messages logged`;
  return { successful: true, logId, logIds, returnMessage: success(message, 2000) };
}

/** Every message of the request is in the record already: nothing was sent. */
export function alreadyLoggedAnswer(record: MessageLogRecord): MessageLogAnswer {
  return {
    successful: false,
    logId: record.logId,
    logIds: [],
    returnMessage: warning(`Existing log for conversation ${record.conversationLogId}`, 3000),
  };
}

export function pendingAnswer(record: MessageLogRecord, pending: PendingMessages): MessageLogAnswer {
  const seconds = Math.max(0, Math.ceil((pending.nextAttemptAt - Date.now()) / 1000));
  const when = seconds <= 1 ? 'in a moment' : seconds < 120 ? `in ${seconds} s` : `in ${Math.round(seconds / 60)} min`;
  const why = pending.lastError?.message ? `${pending.lastError.message} ` : '';
  return {
    successful: false,
    queued: true,
    ...(record.logId ? { logId: record.logId } : {}),
    logIds: [],
    returnMessage: warning(
      `Saved — the messages will be logged ${when}.`,
      5000,
      `${why}Nothing to do: they are sent again automatically, and never twice.`,
    ),
  };
}

export function stillSendingAnswer(): MessageLogAnswer {
  return {
    successful: false,
    queued: true,
    logIds: [],
    returnMessage: warning('Saved — the CRM is slow to answer.', 5000, 'The messages are logged in the background.'),
  };
}

export function cannotLogMessagesAnswer(crm: string): MessageLogAnswer {
  return { successful: false, logIds: [], returnMessage: warning(`${crm} does not log messages.`, 5000) };
}
