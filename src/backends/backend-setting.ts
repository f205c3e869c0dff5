/** Which backend answers the message API, in extension storage (src/protocol/schemas/backend-setting.ts). */
import { backendSettingSchema } from '../protocol/schemas/backend-setting';
import { defineStoredValue } from '../storage/stored-value';

export const backendSetting = defineStoredValue('backend', backendSettingSchema, () => ({ kind: 'local' as const }), {
  // Falling back would log locally, past the App Connect server the user chose, without a word.
  refuseDamaged: {
    message: 'The saved choice of backend (this browser or an App Connect server) is damaged, so nothing was sent.',
    hint: 'Open Options and choose the backend again.',
  },
});
