/**
 * The fake server's call log: the fixture records (test/fixtures/ringcentral), moved so the
 * newest started half an hour ago and each older one three hours before the next. The order and
 * every other field stay as recorded, so what the extension shows can be checked against them.
 */
import calls from '../../fixtures/ringcentral/call-logs.json';

export type FakeCall = { startTime: string; type: string; sessionId: string; legs?: { startTime?: string }[] } & Record<string, unknown>;

const HOUR = 3600_000;

export function rebasedCalls(now: number): FakeCall[] {
  const newestFirst = [...(calls as unknown as FakeCall[])].sort((a, b) => Date.parse(b.startTime) - Date.parse(a.startTime));
  return newestFirst.map(({ _case, ...call }, rank) => {
    const shift = now - HOUR / 2 - rank * 3 * HOUR - Date.parse(call.startTime);
    const moved = (time: string | undefined) => (time ? new Date(Date.parse(time) + shift).toISOString() : time);
    return asApiRecord({ ...call, startTime: moved(call.startTime)!, legs: call.legs?.map((leg) => ({ ...leg, startTime: moved(leg.startTime) })) });
  });
}

/**
 * A record as the Call Log API gives it: `recording` carries `uri`, `id`, `type` and `contentUri`,
 * never the `link` that App Connect's client adds (test/fixtures/ringcentral/README.md).
 */
export function asApiRecord(call: FakeCall): FakeCall {
  const recording = call.recording as Record<string, unknown> | undefined;
  if (!recording) return call;
  const { link: _link, ...api } = recording;
  return { ...call, recording: api };
}
