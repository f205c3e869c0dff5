/**
 * The hops of a transferred call, one line each: `Received call at <party>` (or `Made call from`
 * for an outbound call), then `Transferred to <party>, duration: N seconds` per later leg.
 * A call with a single leg has no journey worth writing: the body already says who took it.
 */
import type { CallLeg, CallParty, CallRecord } from '../../protocol/call-record';
import { plural } from './format-duration';

export function callJourney(call: Pick<CallRecord, 'direction' | 'legs'>): string[] | undefined {
  const legs = call.legs ?? [];
  if (legs.length < 2) return undefined;
  const [first, ...later] = legs as [CallLeg, ...CallLeg[]];
  const opening = call.direction === 'Outbound' ? `Made call from ${party(first.from)}` : `Received call at ${party(first.to)}`;
  return [opening, ...later.map((leg) => `Transferred to ${party(leg.to)}, duration: ${plural(leg.duration ?? 0, 'second')}`)];
}

function party(value: CallParty | undefined): string {
  const parts = [value?.name, value?.phoneNumber, value?.extensionNumber && `ext ${value.extensionNumber}`];
  return parts.filter(Boolean).join(', ') || 'unknown';
}
