/**
 * One call = one Bullhorn Note (docs/bullhorn.md, "Record shape"): the composed HTML in
 * `comments`, the person in `personReference`, the connected user as `commentingPerson`, the
 * note action, the call's start and whole minutes, and the RingCentral session id in
 * `externalID`, which is how a lost create is found again.
 */
import { CrmError } from '../../http/crm-error';
import type { CallRecord } from '../../protocol/call-record';
import type { PersonEntity } from './api';

export const DEFAULT_ACTION = 'pending note';

/** The side panel's contact types → Bullhorn's person entities (a client contact is `ClientContact`). */
export function entityOf(type: string | undefined): PersonEntity | undefined {
  if (type === 'Candidate' || type === 'Lead') return type;
  if (type === 'Contact' || type === 'ClientContact') return 'ClientContact';
  // Bullhorn's people share one id space, so a Note can name its person by id alone (a caller that sent no type).
  if (!type) return undefined;
  throw new CrmError('rejected', 'bullhorn', `"${type}" is not a Bullhorn contact type: choose a candidate, client contact or lead.`);
}

export function bullhornId(value: unknown, what: string): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw new CrmError('rejected', 'bullhorn', `"${String(value)}" is not a Bullhorn ${what} id.`);
  return id;
}

/** The connected user's CorporateUser id: `1234-bullhorn` → 1234. */
export const bullhornUserIdOf = (user: { id: string }) => Number(user.id.split('-')[0]);

/** Epoch ms of the call's start (Bullhorn's dates are numbers), when known. */
export function startMs(startTime: string | number | undefined): number | undefined {
  if (startTime === undefined) return undefined;
  const ms = typeof startTime === 'number' ? startTime : Date.parse(startTime);
  return Number.isFinite(ms) ? ms : undefined;
}

/** Whole minutes, rounded up (a 20-second call took a minute); omitted when the duration is unknown. */
export function minutesOf(seconds: unknown): { minutesSpent?: number } {
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 ? { minutesSpent: Math.ceil(seconds / 60) } : {};
}

/** Bullhorn's Note fields: `action` is at most 30 characters, `externalID` at most 100. */
const ACTION_MAX = 30;
const EXTERNAL_ID_MAX = 100;

export function actionOf(submission: Record<string, unknown> | undefined): string | undefined {
  const action = submission?.noteActions;
  if (typeof action !== 'string' || !action.trim()) return undefined;
  if (action.trim().length > ACTION_MAX)
    throw new CrmError('rejected', 'bullhorn', `A Bullhorn note action has at most ${ACTION_MAX} characters: choose one from the list.`);
  return action.trim();
}

/**
 * The Note of a call. `commentingPerson` is the connected user: with it and `personReference`
 * Bullhorn files the Note on the person's Notes tab by itself (no NoteEntity to create).
 */
export function toNote(args: { call: CallRecord; body: string; userId: number; contactId: number; entity?: PersonEntity; action?: string }) {
  const start = startMs(args.call.startTime);
  // A session id Bullhorn would cut could not be found again: no record rather than an unfindable one.
  if (args.call.sessionId.length > EXTERNAL_ID_MAX)
    throw new CrmError(
      'rejected',
      'bullhorn',
      `This call's session id is longer than the ${EXTERNAL_ID_MAX} characters Bullhorn keeps: it cannot be logged here.`,
    );
  return {
    comments: args.body,
    personReference: { id: args.contactId, ...(args.entity ? { personSubtype: args.entity } : {}) },
    commentingPerson: { id: args.userId },
    action: args.action ?? DEFAULT_ACTION,
    ...(start === undefined ? {} : { dateAdded: start }),
    ...minutesOf(args.call.duration),
    externalID: args.call.sessionId,
  };
}
