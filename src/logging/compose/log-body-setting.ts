/** The log-body settings the composer reads, in extension storage (src/protocol/schemas/log-body-settings.ts). */
import { defaultLogBodySettings, logBodySettingsSchema } from '../../protocol/schemas/log-body-settings';
import { defineStoredValue } from '../../storage/stored-value';

export const logBodySetting = defineStoredValue('logBody', logBodySettingsSchema, () => defaultLogBodySettings);
