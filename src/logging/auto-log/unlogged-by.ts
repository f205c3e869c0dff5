/**
 * What auto-log makes of a CRM error met before a log is on its way (the contact lookup, a new
 * contact). A "no" — a 4xx about the data, a permission, a record not found — is a decision, kept
 * with the CRM's words until the settings change. An error that passes — a 429, a 5xx, a dropped
 * connection, a timeout, an answer that never came — is none: the call or day is left to the next
 * pass, whose requests the pacer holds until the CRM's Retry-After (src/http/request-pacer.ts).
 * Calls and messages decide alike, with the outbox's own reading of an error (retry-policy.ts).
 */
import type { UnloggedReason } from '../../protocol/schemas/auto-log-settings';
import { isCrmError } from '../../http/crm-error';
import { failureKind } from '../outbox/retry-policy';
import type { AutoLogOutcome } from './outcomes';

export interface LeftByCrm {
  reason: 'crmRefused';
  detail: string;
  /** Not a decision: nothing is kept, the next pass tries again. */
  tryAgain?: true;
}

/** A CrmError as a reason; anything else is a bug, thrown on (the pass keeps no decision for it). */
export function unloggedBy(failure: unknown): LeftByCrm {
  if (!isCrmError(failure)) throw failure;
  const kind = failureKind(failure);
  if (kind === 'transient' || kind === 'unknownOutcome') {
    return { reason: 'crmRefused', detail: `${failure.message} Auto-log tries again at its next pass.`, tryAgain: true };
  }
  return { reason: 'crmRefused', detail: failure.message };
}

/** A result of a pass, call or conversation-day, as far as what is kept and told is concerned. */
interface PassResult {
  outcome: string;
  reason?: UnloggedReason;
  detail?: string;
  tryAgain?: true;
}

/** The decision to keep for a result left unlogged; none for a try-again (an earlier one no longer holds either). */
export function decisionOf(result: PassResult, policy: string, at = Date.now()): AutoLogOutcome | undefined {
  if (result.outcome !== 'unlogged' || !result.reason || result.tryAgain) return undefined;
  return { reason: result.reason, ...(result.detail ? { detail: result.detail } : {}), policy, at };
}

/**
 * Whether a pass's result is news for the pages (they reload on news, and their reload runs a
 * pass): not the same reason again, and not a try-again — an open side panel would otherwise ask
 * a CRM that cannot answer now again and again.
 */
export function isNews(result: PassResult, before: AutoLogOutcome | undefined): boolean {
  if (result.outcome !== 'unlogged') return true;
  return !result.tryAgain && before?.reason !== result.reason;
}
