/**
 * The fake server's Pipedrive-backed mode, for comparing the remote backend with the local one on
 * the same CRM: with `controls.pipedriveUrl` set (the operator's configuration, never the
 * client's), platform `pipedrive` logs in with a Pipedrive API token and POST /callLog makes the
 * Pipedrive requests App Connect's Pipedrive connector makes (read from its source, 1.7.x): the
 * person on every log (for its organization), the activity types once (App Connect keeps them a
 * day as account data), then the activity itself. Only login and /callLog are served this way.
 */
import type { CreateCallLogBody } from '../../../src/protocol/schemas/call-log';
import { composeLogBody } from '../../../src/logging/compose/compose-log-body';
import { defaultLogBodySettings } from '../../../src/protocol/schemas/log-body-settings';
import { itemsForCreate } from '../../../src/logging/log-items';
import type { FakeState, FakeUser } from './state';

export interface PipedriveLogin {
  apiToken: string;
  /** The call activity type's key, once read (App Connect's account data). */
  callType?: string;
}

/** What the server does with a Pipedrive credential: `users/me`, as App Connect's getUserInfo. */
export async function pipedriveUser(state: FakeState, apiToken: string): Promise<{ id: number; name: string } | undefined> {
  try {
    return await pipedrive(state, apiToken, 'GET', '/v1/users/me');
  } catch {
    return undefined;
  }
}

/** Creates the call activity; throws when Pipedrive refuses any of the requests. */
export async function createPipedriveActivity(
  state: FakeState,
  user: FakeUser,
  login: PipedriveLogin,
  body: CreateCallLogBody,
): Promise<{ id: string }> {
  const call = body.logInfo;
  const person = await pipedrive(state, login.apiToken, 'GET', `/api/v2/persons/${String(body.contactId)}`);
  login.callType ??= (await pipedrive(state, login.apiToken, 'GET', '/v1/activityTypes')).find(
    (type: { active_flag: boolean; name: string }) => type.active_flag && type.name.toLowerCase().includes('call'),
  )?.key_string;
  const subject = call.customSubject ?? `${call.direction} Call ${call.direction === 'Outbound' ? 'to' : 'from'} ${body.contactName ?? ''}`;
  const start = new Date(call.startTime ?? Date.now()).toISOString();
  const deal = body.additionalSubmission?.deals;
  const lead = body.additionalSubmission?.leads;
  const activity = await pipedrive(state, login.apiToken, 'POST', '/api/v2/activities', {
    owner_id: Number(user.id.split('-')[0]),
    subject,
    type: login.callType,
    duration: appConnectDuration(call.duration),
    ...(deal ? { deal_id: Number(deal) } : lead ? { lead_id: String(lead) } : {}),
    ...(person.org_id ? { org_id: person.org_id } : {}),
    note: composeLogBody({ format: 'text/html', items: itemsForCreate(body, subject), settings: defaultLogBodySettings, clock: null }),
    done: true,
    due_date: start.slice(0, 10),
    due_time: start.slice(11, 16),
    participants: [{ person_id: Number(body.contactId), primary: true }],
  });
  return { id: String(activity.id) };
}

/** App Connect's own rounding: whole minutes plus one. */
function appConnectDuration(seconds: unknown): string {
  if (typeof seconds !== 'number') return '00:00';
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60) + 1;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

async function pipedrive(state: FakeState, apiToken: string, method: string, path: string, json?: unknown): Promise<any> {
  const response = await fetch(`${state.controls.pipedriveUrl}${path}`, {
    method,
    headers: { 'x-api-token': apiToken, ...(json === undefined ? {} : { 'content-type': 'application/json' }) },
    body: json === undefined ? undefined : JSON.stringify(json),
  });
  const answer = (await response.json().catch(() => undefined)) as { success?: boolean; data?: unknown } | undefined;
  if (!response.ok || !answer?.success) throw new Error(`Pipedrive answered ${method} ${path} with ${response.status}`);
  return answer.data;
}
