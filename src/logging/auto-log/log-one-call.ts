/**
 * Logs one ended call automatically through the same create as the side panel's "Log call"
 * (createCallLog: session lock, claim in the ledger, outbox), so a call is logged once whichever
 * path sees it first. What cannot be decided without a person comes back as a reason.
 */
import type { CallRecord } from '../../protocol/call-record';
import { contactParty } from '../../protocol/contact-party';
import type { ContactInfo } from '../../protocol/crm-shapes';
import type { AutoLogSettings, UnloggedReason } from '../../protocol/schemas/auto-log-settings';
import { createCallLog } from '../create-call-log';
import type { CrmSession } from '../crm-session';
import { contactForNumber, type ContactLookups, type Picked } from './contact-for-number';
import { isAnsweredElsewhere, isUnanswered } from './call-filter';
import { unloggedBy } from './unlogged-by';

export type AutoLogResult =
  | { outcome: 'logged' | 'alreadyLogged'; logId: string; withoutRecording: boolean }
  | { outcome: 'queued' }
  | { outcome: 'unlogged'; reason: UnloggedReason; detail?: string; tryAgain?: true };

/** How long "log once, when everything is ready" waits for RingCentral to attach a recording. */
export const RECORDING_WAIT_MS = 15 * 60_000;
/** Auto-log has no person waiting for the answer: give the create all the time it needs. */
const NO_DEADLINE_MS = 10 * 60_000;

export type { ContactLookups };

export async function autoLogCall(
  session: CrmSession,
  call: CallRecord,
  settings: AutoLogSettings,
  lookups: ContactLookups,
  now = Date.now(),
): Promise<AutoLogResult> {
  if (isAnsweredElsewhere(call)) return { outcome: 'unlogged', reason: 'answeredElsewhere' };
  const mayGetRecording = !isUnanswered(call) && !call.recording?.link;
  if (settings.waitForRecording && mayGetRecording && now - endOf(call) < RECORDING_WAIT_MS) {
    return { outcome: 'unlogged', reason: 'waitingForRecording' };
  }
  try {
    const picked = await pickContact(session, call, settings, lookups);
    if ('reason' in picked) return { outcome: 'unlogged', ...picked };
    const fields = requiredFields(session, picked.contact);
    if ('reason' in fields) return { outcome: 'unlogged', ...fields };
    const answer = await createCallLog(
      session,
      {
        logInfo: call,
        contactId: String(picked.contact.id),
        contactType: picked.contact.type,
        contactName: picked.contact.name,
        additionalSubmission: fields.submission,
      },
      NO_DEADLINE_MS,
    );
    if (answer.logId) return { outcome: answer.successful ? 'logged' : 'alreadyLogged', logId: answer.logId, withoutRecording: mayGetRecording };
    if (answer.queued || answer.state) return { outcome: 'queued' };
    return { outcome: 'unlogged', reason: 'crmRefused', detail: answer.returnMessage?.message };
  } catch (failure) {
    // The lookup or a new contact failed (a create the CRM cannot take now waits in the outbox instead).
    return { outcome: 'unlogged', ...unloggedBy(failure) };
  }
}

async function pickContact(session: CrmSession, call: CallRecord, settings: AutoLogSettings, lookups: ContactLookups): Promise<Picked> {
  const party = contactParty(call);
  const number = party?.phoneNumber ?? party?.extensionNumber ?? '';
  if (!number) return { reason: 'noMatch', detail: 'The call has no number to look up.' };
  return contactForNumber(session, { number, name: party?.name ?? undefined, isExtension: !party?.phoneNumber }, settings, lookups);
}

/** A required field takes its one possible value; with none or several, a person chooses. */
function requiredFields(
  session: CrmSession,
  contact: ContactInfo,
): { submission: Record<string, unknown> } | { reason: UnloggedReason; detail: string } {
  const submission: Record<string, unknown> = {};
  for (const field of session.connector.callLogFields.filter((f) => f.required)) {
    const options = field.contactDependent ? (contact.additionalInfo?.[field.const] ?? []) : [];
    if (options.length !== 1) return { reason: 'requiredField', detail: field.title };
    submission[field.const] = options[0]!.const;
  }
  return { submission };
}

function endOf(call: CallRecord): number {
  const start = typeof call.startTime === 'number' ? call.startTime : Date.parse(call.startTime ?? '');
  return (Number.isNaN(start) ? 0 : start) + (typeof call.duration === 'number' ? call.duration * 1000 : 0);
}
