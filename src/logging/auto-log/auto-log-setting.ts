/** The auto-log settings, in extension storage (src/protocol/schemas/auto-log-settings.ts). */
import { autoLogSettingsSchema, defaultAutoLogSettings, type AutoLogSettings } from '../../protocol/schemas/auto-log-settings';
import { defineStoredValue } from '../../storage/stored-value';

export const autoLogSetting = defineStoredValue('autoLog', autoLogSettingsSchema, () => defaultAutoLogSettings);

/**
 * The settings that decide what auto-log does with a call. An outcome reached under other settings
 * is decided again (a user who switches "several matches" to "earliest created" sees those logged).
 */
export function policyOf(settings: AutoLogSettings): string {
  return [settings.unknownNumber, settings.severalMatches, settings.waitForRecording].join(' ');
}
