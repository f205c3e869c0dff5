/**
 * Builds or rewrites a call log's body by upserting labelled items in the order of docs/log-body.md.
 * On create the base is empty; on update it is the CRM's current body, so an item already there
 * is replaced in place and a missing one appended. Items without a value are left alone.
 */
import type { LogFormat } from '../../protocol/crm-shapes';
import { bodyFormats } from './body-formats';
import { cleanText } from './clean-text';
import { formatDateTime, parseStartTime, type ClockPlace } from '../../protocol/format-date';
import { durationInWords } from './format-duration';
import type { LogBodySettings } from '../../protocol/schemas/log-body-settings';

export interface LogItems {
  note?: string;
  sessionId?: string;
  subject?: string;
  /** The other party's number; its HTML label depends on `direction`. */
  contactNumber?: string;
  direction?: string;
  startTime?: string | number;
  duration?: number | string;
  result?: string;
  recordingLink?: string;
  aiNote?: string;
  transcript?: string;
  journey?: string[];
}

export interface ComposeInput {
  format: LogFormat;
  items: LogItems;
  settings: LogBodySettings;
  /** Where the start time is read: an IANA zone or a fixed offset (src/logging/compose/log-clock.ts). */
  clock: ClockPlace;
  /** The CRM's current body when updating; empty when creating. */
  base?: string;
}

export function composeLogBody({ format, items: given, settings, clock, base = '' }: ComposeInput): string {
  const items = cleanItems(given);
  const f = bodyFormats[format];
  let body = base;
  const line = (enabled: boolean, item: Parameters<typeof f.upsertLine>[1], value: string | undefined) => {
    if (enabled && value !== undefined && value !== '') body = f.upsertLine(body, item, value, items.direction);
  };
  const block = (enabled: boolean, item: Parameters<typeof f.upsertBlock>[1], lines: string[] | undefined) => {
    if (enabled && lines !== undefined && lines.length > 0) body = f.upsertBlock(body, item, lines);
  };

  // An empty note is only written to clear one that is there; a new body gets no empty section.
  const { note } = items;
  if (settings.addCallLogNote && note !== undefined && (note !== '' || f.readNote(body) !== undefined)) {
    body = f.upsertNote(body, note);
  }
  line(settings.addCallSessionId, 'sessionId', items.sessionId);
  line(settings.addCallLogSubject, 'subject', items.subject);
  line(settings.addCallLogContactNumber, 'contactNumber', items.contactNumber);
  const start = parseStartTime(items.startTime);
  line(settings.addCallLogDateTime, 'dateTime', start && formatDateTime(start, clock, settings.logDateFormat));
  line(settings.addCallLogDuration, 'duration', items.duration === undefined ? undefined : durationInWords(items.duration));
  line(settings.addCallLogResult, 'result', items.result);
  line(settings.addCallLogRecording, 'recordingLink', items.recordingLink);
  block(settings.addCallLogAiNote, 'aiNote', items.aiNote ? [items.aiNote] : undefined);
  block(settings.addCallLogTranscript, 'transcript', items.transcript ? [items.transcript] : undefined);
  block(settings.addCallLogLegs, 'journey', items.journey);
  return body;
}

/** The agent note of a body composed in `format` ('' when it has none). */
export function readAgentNote(format: LogFormat, body: string): string {
  return bodyFormats[format].readNote(body) ?? '';
}

/** Every text value cleaned of what could fake a line or hide text (clean-text.ts). */
function cleanItems(items: LogItems): LogItems {
  const clean = <T>(value: T): T => (typeof value === 'string' ? (cleanText(value) as T) : value);
  const cleaned = Object.fromEntries(Object.entries(items).map(([key, value]) => [key, clean(value)])) as LogItems;
  return { ...cleaned, journey: items.journey?.map(cleanText) };
}
