/** Which backend answers the message API, in extension storage (src/protocol/schemas/backend-setting.ts). */
import { backendSettingSchema } from '../protocol/schemas/backend-setting';
import { defineStoredValue } from '../storage/stored-value';

export const backendSetting = defineStoredValue('backend', backendSettingSchema, () => ({ kind: 'local' as const }));
