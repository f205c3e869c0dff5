/** Which party of a call is the contact. Apart from the schema so that pages can use it without zod. */

/** The other party of the call: the caller of an inbound call, the callee of an outbound one. */
export function contactParty<Party>(call: { direction?: string | undefined; from?: Party; to?: Party }): Party | undefined {
  return call.direction === 'Outbound' ? call.to : call.from;
}
