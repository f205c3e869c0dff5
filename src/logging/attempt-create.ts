/**
 * One attempt to create a session's CRM record, and what its outcome means for the ledger: logged,
 * free again (refused for good), queued for a retry (the CRM said "later"), or queued to be looked
 * up first (the request may have reached the CRM). The ledger says `logging`, with the intent,
 * before this runs, so a worker stopped in the middle is found at the next start.
 */
import type { CreateCallLogBody } from '../protocol/schemas/call-log';
import { error } from '../protocol/return-message';
import { contactParty } from '../protocol/contact-party';
import type { CallLogRecord, SessionKey } from '../storage/call-log-record';
import { finishClaim } from '../storage/call-log-store';
import { markLogged, queueCreate, releaseSession } from '../storage/outbox-store';
import { logBodySetting } from './compose/log-body-setting';
import { composeLogBody } from './compose/compose-log-body';
import { logClock } from './compose/log-clock';
import type { CrmSession } from './crm-session';
import { itemsForCreate } from './log-items';
import { loggedAnswer, queuedAnswer } from './outbox/answers';
import { type CreateCallLogAnswer } from '../protocol/api-answers';
import { describeFailure, failureKind, needsReconnect, retryAfterOf, outboxBackoff, settleDelay } from './outbox/retry-policy';
import { pauseAccount } from './outbox/pause-account';
import { wakeOutbox } from './outbox/wake-outbox';
import { callSubject } from '../protocol/call-subject';
import { markStage } from '../protocol/stage-marks';

export interface AttemptOptions {
  /**
   * A refusal for good frees the session at once when a person is waiting for the answer; in the
   * background nobody sees a toast, so the create stays in the outbox as failed, with why.
   */
  whenRefused: 'release' | 'keepFailed';
  /** The record this very request just claimed (first attempt): the finish needs no read. */
  claimed?: CallLogRecord;
  /** What the connector is sent, composed while the claim was being written. */
  input?: Promise<CreateInput>;
}

type CreateInput = Parameters<CrmSession['connector']['createCallLog']>[0];

export async function attemptCreate(
  session: CrmSession,
  key: SessionKey,
  body: CreateCallLogBody,
  attempt: number,
  { whenRefused, claimed, input }: AttemptOptions = { whenRefused: 'release' },
): Promise<CreateCallLogAnswer> {
  const { connector } = session;
  try {
    const result = await connector.createCallLog(await (input ?? prepareCreate(session, body)));
    if (result.logId === null || result.logId === undefined || result.logId === '') {
      await releaseSession(key);
      return { successful: false, returnMessage: result.returnMessage ?? error(`${connector.displayName} did not log the call.`) };
    }
    const logId = String(result.logId);
    markStage('crmAnswered');
    await (claimed ? finishClaim(claimed, logId) : markLogged(key, logId));
    markStage('marked');
    return loggedAnswer(logId, result.returnMessage);
  } catch (failure) {
    const kind = failureKind(failure);
    const lastError = describeFailure(failure);
    // The account must be connected again. A revoked session, or a refused key while nobody waits
    // for the answer: its changes wait, paused, instead of failing one by one.
    if (kind === 'revoked' || (whenRefused === 'keepFailed' && needsReconnect(failure))) {
      await queueCreate(key, body, { attempt, nextAttemptAt: Date.now(), state: 'paused', lastError });
      await pauseAccount(key.platform, key.userId);
      throw failure;
    }
    if (kind === 'permanent') {
      if (whenRefused === 'release') await releaseSession(key);
      else await queueCreate(key, body, { attempt, nextAttemptAt: Date.now(), state: 'failed', lastError });
      throw failure;
    }
    const unknown = kind === 'unknownOutcome';
    const wait = unknown ? await settleDelay(connector) : outboxBackoff(attempt, retryAfterOf(failure));
    const nextAttemptAt = Date.now() + wait;
    const item = await queueCreate(key, body, {
      attempt,
      nextAttemptAt,
      state: 'pending',
      lastError,
      reconcile: unknown,
      ...(unknown ? { lookUpFrom: nextAttemptAt, lookUpFailures: 0 } : {}),
    });
    wakeOutbox(item.nextAttemptAt);
    return queuedAnswer(item);
  }
}

/** The connector's input for a create: the subject, the composed body, the contact. */
export async function prepareCreate(
  session: CrmSession,
  body: CreateCallLogBody,
  subject = callSubject(body.logInfo, body.contactName),
): Promise<CreateInput> {
  const { connector, user, authHeader } = session;
  const party = contactParty(body.logInfo);
  const stored = await logBodySetting.get();
  markStage('logBodySettingRead');
  // The record must name its session whatever the user chose to show: it is how a lost answer is found.
  const settings = connector.sessionInBody ? { ...stored, addCallSessionId: true } : stored;
  const timezoneOffset = settings.timezoneOffset ?? user.timezoneOffset;
  const composedLogDetails = composeLogBody({
    format: connector.logFormat,
    items: itemsForCreate(body, subject),
    settings,
    clock: logClock(settings, user),
  });
  markStage('composed');
  return {
    user,
    authHeader,
    contactInfo: {
      id: body.contactId,
      type: body.contactType ?? '',
      phoneNumber: party?.phoneNumber ?? party?.extensionNumber ?? '',
      name: body.contactName ?? party?.name ?? '',
    },
    callLog: body.logInfo,
    subject,
    note: body.note ?? '',
    additionalSubmission: body.additionalSubmission ?? {},
    timezoneOffset,
    composedLogDetails,
  };
}
