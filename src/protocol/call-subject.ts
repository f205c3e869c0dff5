/** The default subject of a call log: `Outbound Call to Jane`, `Inbound Call from Jane`. */
import type { CallRecord } from './call-record';
import { contactParty } from './contact-party';

export function callSubject(call: CallRecord, contactName?: string): string {
  const custom = call.customSubject?.trim();
  if (custom) return custom;
  const party = contactParty(call);
  const name = contactName?.trim() || party?.name?.trim() || party?.phoneNumber || party?.extensionNumber || 'Unknown';
  const direction = call.direction ?? 'Inbound';
  return `${direction} Call ${direction === 'Outbound' ? 'to' : 'from'} ${name}`;
}
