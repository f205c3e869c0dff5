/**
 * GET and PUT /settings/autoLog (docs/auto-log.md), and POST /calls/autoLog: the dialer's
 * call-end event. Turning auto-log on runs a pass at once, so the listed calls are logged now.
 */
import { autoLogSetting } from '../../logging/auto-log/auto-log-setting';
import { autoLogCurrentCalls, autoLogCurrentMessages, autoLogEndedCall } from '../../logging/auto-log/start-auto-log';
import type { ApiResponse } from '../../protocol/envelope';
import { ok } from '../../protocol/respond';
import { success, warning } from '../../protocol/return-message';
import type { RouteRequest } from '../../protocol/routes';
import { backendSetting } from '../backend-setting';

export async function getAutoLogSettings(): Promise<ApiResponse> {
  return ok({ successful: true, settings: await autoLogSetting.get() });
}

/** Replaces the settings whole; a missing one takes its default. */
export async function putAutoLogSettings({ body }: RouteRequest<'PUT /settings/autoLog'>): Promise<ApiResponse> {
  await autoLogSetting.set(body);
  if (body.enabled) void Promise.all([autoLogCurrentCalls(), autoLogCurrentMessages()]);
  const remote = body.enabled && (await backendSetting.get()).kind === 'remote';
  const returnMessage = remote
    ? warning('Saved. Auto-log works when calls are logged from this browser.', 8000, 'Under "Where calls are logged from", choose this browser.')
    : success(body.enabled ? 'Auto-log is on: ended calls and new messages are logged by themselves.' : 'Auto-log settings saved.');
  return ok({ successful: true, settings: body, returnMessage });
}

export async function postAutoLogCall({ body }: RouteRequest<'POST /calls/autoLog'>): Promise<ApiResponse> {
  const result = await autoLogEndedCall(body.call);
  if (!result) {
    const returnMessage = warning('Not logged automatically: auto-log is off, the call is not one to log, or it is logged already.', 3000);
    return ok({ successful: false, outcome: 'notLogged', returnMessage });
  }
  if (result.outcome === 'unlogged') {
    return ok({
      successful: false,
      outcome: 'unlogged',
      unloggedReason: result.reason,
      returnMessage: warning(result.detail ?? 'Not logged automatically.'),
    });
  }
  const logId = 'logId' in result ? { logId: result.logId } : {};
  return ok({ successful: result.outcome !== 'queued', outcome: result.outcome, ...logId, returnMessage: success('Call logged automatically.') });
}
