/** The auto-log settings, in extension storage (src/protocol/schemas/auto-log-settings.ts). */
import { autoLogSettingsSchema, defaultAutoLogSettings, type AutoLogSettings } from '../../protocol/schemas/auto-log-settings';
import { defineStoredValue } from '../../storage/stored-value';

export const autoLogSetting = defineStoredValue('autoLog', autoLogSettingsSchema, () => defaultAutoLogSettings);

/**
 * Raised when decisions kept by an earlier version may be wrong, so that each is made once more.
 * 2: a CRM error that passes (429, 5xx, no answer) was kept as `crmRefused` and never tried again.
 */
const DECISIONS_VERSION = 2;

/**
 * The settings that decide what auto-log does with a call. An outcome reached under other settings
 * is decided again (a user who switches "several matches" to "earliest created" sees those logged).
 */
export function policyOf(settings: AutoLogSettings): string {
  return [settings.unknownNumber, settings.severalMatches, settings.waitForRecording, `v${DECISIONS_VERSION}`].join(' ');
}
