/**
 * What auto-log decided for each call it saw, per CRM account, in extension storage: why a call
 * was left unlogged (shown in the Calls view), and whether a log still lacks its recording. The
 * ledger stays the truth about what is logged; this only explains what is not. One write per run.
 */
import * as z from 'zod/mini';
import { UNLOGGED_REASONS } from '../../protocol/schemas/auto-log-settings';
import { defineStoredValue } from '../../storage/stored-value';

const outcomeSchema = z.object({
  reason: z.optional(z.enum(UNLOGGED_REASONS)),
  /** The CRM's words, or the names that matched: what the person needs to decide. */
  detail: z.optional(z.string()),
  /** A group day logged for the others: the numbers of the people it was not logged for. */
  unloggedFor: z.optional(z.array(z.string())),
  /** The settings the decision was made under (policyOf). */
  policy: z.string(),
  /** `missing`: logged before RingCentral had the recording; `added` once a PATCH put it in. */
  recording: z.optional(z.enum(['missing', 'added'])),
  at: z.number(),
});
export type AutoLogOutcome = z.infer<typeof outcomeSchema>;

const storeSchema = z.object({ account: z.string(), sessions: z.record(z.string(), outcomeSchema) });
type Store = z.infer<typeof storeSchema>;

export const autoLogOutcomes = defineStoredValue('autoLogOutcomes', storeSchema, (): Store => ({ account: '', sessions: {} }));
/**
 * The same for conversation-days (keyed by conversationLogId), kept apart: a pass over messages
 * runs beside a pass over calls, and two read-modify-writes of one value would lose one's changes.
 */
export const messageAutoLogOutcomes = defineStoredValue('autoLogMessageOutcomes', storeSchema, (): Store => ({ account: '', sessions: {} }));
type OutcomeStore = typeof autoLogOutcomes;

/** Outcomes older than the calls a source lists (RingCentral: 7 days) explain nothing any more. */
const KEEP_MS = 8 * 24 * 3600_000;

export function accountOf(platform: string, userId: string): string {
  return JSON.stringify([platform, userId]);
}

/** The outcomes of this account (another account's are not this one's calls). */
export async function outcomesOf(account: string, from: OutcomeStore = autoLogOutcomes): Promise<Record<string, AutoLogOutcome>> {
  const store = await from.get();
  return store.account === account ? store.sessions : {};
}

export async function saveOutcomes(
  account: string,
  changes: ReadonlyMap<string, AutoLogOutcome | undefined>,
  now = Date.now(),
  to: OutcomeStore = autoLogOutcomes,
): Promise<void> {
  if (!changes.size) return;
  const sessions = { ...(await outcomesOf(account, to)) };
  for (const [sessionId, outcome] of changes) {
    if (outcome) sessions[sessionId] = outcome;
    else delete sessions[sessionId];
  }
  for (const [sessionId, outcome] of Object.entries(sessions)) if (now - outcome.at > KEEP_MS) delete sessions[sessionId];
  await to.set({ account, sessions });
}

/**
 * Connecting again (a new API key, a new sign-in) may undo what the CRM refused — a regenerated
 * key answered 401 to every lookup — so each refusal of this account is decided once more at the
 * next pass, calls and conversation-days alike. Other reasons (several contacts, no contact) stand.
 */
export async function forgetRefusals(account: string, now = Date.now()): Promise<void> {
  for (const store of [autoLogOutcomes, messageAutoLogOutcomes]) {
    const sessions = await outcomesOf(account, store);
    const refused = Object.keys(sessions).filter((id) => sessions[id]!.reason === 'crmRefused');
    if (refused.length) await saveOutcomes(account, new Map(refused.map((id) => [id, undefined])), now, store);
  }
}
