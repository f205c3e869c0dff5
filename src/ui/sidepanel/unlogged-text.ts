/** Why auto-log left a call unlogged, in words a person can act on (GET /calls and GET /messages `unloggedReason`). */
import type { CallEntry } from '../../protocol/api-answers-browser';
import type { UnloggedReason } from '../../protocol/schemas/auto-log-settings';

const TEXT: Record<UnloggedReason, (detail?: string) => string> = {
  severalMatches: (names) => `Several contacts match${names ? ` (${names})` : ''}: open it to choose one.`,
  noMatch: () => 'No contact has this number: open it to create one or pick another.',
  requiredField: (field) => `${field ?? 'A required field'} has no default: open it to choose.`,
  // The CRM's words usually end with a period of their own.
  crmRefused: (why) => `The CRM refused it${why ? `: ${why.replace(/\.$/, '')}` : ''}. Open it to log it again.`,
  answeredElsewhere: () => 'Answered by a colleague from the call queue: their log counts, not logged here.',
  waitingForRecording: () => 'Waiting for the recording: it is logged once the recording is there.',
};

/** A call of GET /calls, or a conversation of GET /messages: the same reasons, the same words. */
export function unloggedText(entry: Pick<CallEntry, 'unloggedReason' | 'unloggedDetail'>): string | undefined {
  return entry.unloggedReason ? TEXT[entry.unloggedReason](entry.unloggedDetail) : undefined;
}
