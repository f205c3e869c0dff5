/** Why auto-log left a call unlogged, in words a person can act on (GET /calls and GET /messages `unloggedReason`). */
import type { CallEntry } from '../../protocol/api-answers-browser';
import type { UnloggedReason } from '../../protocol/schemas/auto-log-settings';
import { t } from '../i18n';
import { workerText } from '../worker-text';

const TEXT: Record<UnloggedReason, (detail?: string) => string> = {
  severalMatches: (names) => (names ? t('unlogged_several_names', names) : t('unlogged_several')),
  noMatch: () => t('unlogged_no_match'),
  requiredField: (field) => t('unlogged_required', field ? workerText(field) : t('unlogged_a_required_field')),
  // The CRM's words usually end with a period of their own.
  crmRefused: (why) => (why ? t('unlogged_refused_why', workerText(why).replace(/\.$/, '')) : t('unlogged_refused')),
  answeredElsewhere: () => t('unlogged_elsewhere'),
  waitingForRecording: () => t('unlogged_recording'),
};

/** A call of GET /calls, or a conversation of GET /messages: the same reasons, the same words. */
export function unloggedText(entry: Pick<CallEntry, 'unloggedReason' | 'unloggedDetail'>): string | undefined {
  return entry.unloggedReason ? TEXT[entry.unloggedReason](entry.unloggedDetail) : undefined;
}
