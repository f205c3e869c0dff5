/**
 * A widget call as the message API's `logInfo` (a RingCentral call record): the fields of
 * /work/shared/spec/embeddable-adapter.md 5.5. The recording's `contentUri` is dropped: with
 * `recordingWithToken` it would carry an access token, and a log must never hold one.
 */
import type { CallRecord } from '../../protocol/call-record';
import type { WidgetCall } from './widget-schemas';

export function toLogInfo(call: WidgetCall, now = Date.now()): CallRecord {
  const startTime = typeof call.startTime === 'string' ? Date.parse(call.startTime) || undefined : call.startTime;
  const live = call.duration === undefined && startTime !== undefined;
  const party = (p: WidgetCall['from'], name: string | null | undefined) =>
    p ? { phoneNumber: p.phoneNumber, extensionNumber: p.extensionNumber, name: p.name ?? name ?? undefined } : undefined;
  const recording = call.recording?.link ? { link: call.recording.link, id: String(call.recording.id ?? '') } : undefined;
  return {
    sessionId: call.sessionId,
    telephonySessionId: call.telephonySessionId || undefined,
    id: call.id === undefined ? undefined : String(call.id),
    direction: call.direction,
    from: party(call.from, call.fromName),
    to: party(call.to, call.toName),
    startTime,
    duration: live ? Math.max(0, Math.round((now - startTime) / 1000)) : call.duration,
    result: call.result ?? call.telephonyStatus,
    recording,
  };
}

/** The other party: the caller of an inbound call, the callee of an outbound one. */
export function otherParty(call: WidgetCall): { phoneNumber?: string; name?: string } {
  const inbound = call.direction !== 'Outbound';
  const party = inbound ? call.from : call.to;
  return { phoneNumber: party?.phoneNumber, name: party?.name ?? (inbound ? call.fromName : call.toName) ?? undefined };
}

export function defaultSubject(call: WidgetCall, contactName: string): string {
  // i18n-ignore: the subject written into the CRM stays English (docs/i18n.md)
  return call.direction === 'Outbound' ? `Outbound Call to ${contactName}` : `Inbound Call from ${contactName}`;
}
