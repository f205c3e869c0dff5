/** Why auto-log left a call unlogged, in words a person can act on (GET /calls `unloggedReason`). */
import type { CallEntry } from '../../protocol/api-answers-browser';
import type { UnloggedReason } from '../../protocol/schemas/auto-log-settings';
import { t } from '../i18n';
import { workerText } from '../worker-text';

const TEXT: Record<UnloggedReason, (detail?: string) => string> = {
  severalMatches: (names) => (names ? t('unlogged_several_names', names) : t('unlogged_several')),
  noMatch: () => t('unlogged_no_match'),
  requiredField: (field) => t('unlogged_required', field ? workerText(field) : t('unlogged_a_required_field')),
  crmRefused: (why) => (why ? t('unlogged_refused_why', workerText(why)) : t('unlogged_refused')),
  answeredElsewhere: () => t('unlogged_elsewhere'),
  waitingForRecording: () => t('unlogged_recording'),
};

export function unloggedText(call: CallEntry): string | undefined {
  return call.unloggedReason ? TEXT[call.unloggedReason](call.unloggedDetail) : undefined;
}
