/** GET and PUT /settings/logBody: which items the log body holds (docs/log-body.md), read by the composer. */
import { logBodySetting } from '../../logging/compose/log-body-setting';
import type { ApiResponse } from '../../protocol/envelope';
import { ok } from '../../protocol/respond';
import { success } from '../../protocol/return-message';
import type { RouteRequest } from '../../protocol/routes';

export async function getLogBodySettings(): Promise<ApiResponse> {
  return ok({ successful: true, settings: await logBodySetting.get() });
}

/** Replaces the settings whole; a missing item takes its default. */
export async function putLogBodySettings({ body }: RouteRequest<'PUT /settings/logBody'>): Promise<ApiResponse> {
  await logBodySetting.set(body);
  return ok({ successful: true, settings: body, returnMessage: success('Log settings saved. They apply to calls logged from now on.') });
}
