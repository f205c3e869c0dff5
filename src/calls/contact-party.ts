/** Which party of a call is the contact. Apart from the schema so that pages can use it without zod. */
import type { CallParty, CallRecord } from './call-record';

/** The other party of the call: the caller of an inbound call, the callee of an outbound one. */
export function contactParty(call: Pick<CallRecord, 'direction' | 'from' | 'to'>): CallParty | undefined {
  return call.direction === 'Outbound' ? call.to : call.from;
}
