/** What goes into a log body, taken from a create request or an update request. */
import { type CallRecord } from '../protocol/call-record';
import { contactParty } from '../protocol/contact-party';
import type { CreateCallLogBody, UpdateCallLogBody } from '../protocol/schemas/call-log';
import { callJourney } from './compose/call-journey';
import type { LogItems } from './compose/compose-log-body';

export function itemsForCreate(body: CreateCallLogBody, subject: string): LogItems {
  const call: CallRecord = body.logInfo;
  const party = contactParty(call);
  return {
    note: body.note,
    sessionId: call.sessionId,
    subject,
    contactNumber: party?.phoneNumber ?? party?.extensionNumber,
    direction: call.direction,
    startTime: call.startTime,
    duration: call.duration,
    result: call.result,
    recordingLink: call.recording?.link,
    aiNote: body.aiNote,
    transcript: body.transcript,
    journey: callJourney(call),
  };
}

export function itemsForUpdate(body: UpdateCallLogBody): LogItems {
  return {
    note: body.note,
    subject: body.subject || undefined,
    startTime: body.startTime,
    duration: body.duration,
    result: body.result,
    recordingLink: body.recordingLink,
    aiNote: body.aiNote,
    transcript: body.transcript,
  };
}
