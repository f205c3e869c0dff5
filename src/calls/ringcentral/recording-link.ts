/**
 * The Call Log API gives a recording's `contentUri` (media that needs a RingCentral token), never
 * a link a CRM user can open; App Connect's client adds `recording.link` itself. For calls read
 * here the link is RingCentral's own media reader page (github.com/ringcentral/ringcentral-media-reader),
 * which signs the person in to RingCentral and plays the recording: no token is ever written
 * into the CRM. Sandbox media (media.devtest.ringcentral.com) opens its sandbox page.
 */
import type { CallRecord } from '../../protocol/call-record';

const READER = 'https://ringcentral.github.io/ringcentral-media-reader/';

export function recordingLink(contentUri: string): string | undefined {
  let url: URL;
  try {
    url = new URL(contentUri);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:') return undefined;
  const page = url.hostname.includes('devtest') ? 'sandbox.html' : 'index.html';
  return `${READER}${page}?media=${encodeURIComponent(url.href)}`;
}

/** The record with `recording.link` set when RingCentral gave only the media's `contentUri`. */
export function withRecordingLink<T extends CallRecord>(call: T): T {
  const recording = call.recording as { link?: string; contentUri?: unknown } | undefined;
  if (!recording || recording.link || typeof recording.contentUri !== 'string') return call;
  const link = recordingLink(recording.contentUri);
  return link ? { ...call, recording: { ...recording, link } } : call;
}
