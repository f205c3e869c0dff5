/**
 * The dialer's local paths: its settings, the note typed during a live call (kept per session
 * until the call is logged, whether or not the side panel stays open), and the link to a
 * contact in the CRM for the contact pop. Never forwarded: they are this browser's business.
 */
import browser from 'webextension-polyfill';
import type { ApiResponse } from '../../protocol/envelope';
import { ok } from '../../protocol/respond';
import { success } from '../../protocol/return-message';
import type { RouteRequest } from '../../protocol/routes';
import { openCrmSession } from '../local/local-session';
import { callNotes, dialerSetting, MAX_KEPT_NOTES } from './dialer-setting';

/** The redirect URI a company's RingCentral app must allow; the same one the Calls view signs in with. */
const redirectUri = () => browser.identity.getRedirectURL('ringcentral');

export async function getDialerSettings(): Promise<ApiResponse> {
  return ok({ successful: true, settings: await dialerSetting.get(), redirectUri: redirectUri() });
}

export async function putDialerSettings({ body }: RouteRequest<'PUT /settings/dialer'>): Promise<ApiResponse> {
  const before = await dialerSetting.get();
  await dialerSetting.set(body);
  const message = body.enabled === before.enabled ? 'Phone settings saved.' : body.enabled ? 'The Phone view is on.' : 'The Phone view is off.';
  return ok({ successful: true, settings: body, redirectUri: redirectUri(), returnMessage: success(message) });
}

export async function getCallNote({ query }: RouteRequest<'GET /callLog/note'>): Promise<ApiResponse> {
  return ok({ successful: true, note: (await callNotes.get())[query.sessionId]?.note ?? '' });
}

export async function putCallNote({ body }: RouteRequest<'PUT /callLog/note'>): Promise<ApiResponse> {
  const kept = Object.entries({ ...(await callNotes.get()), [body.sessionId]: { note: body.note, at: Date.now() } })
    .filter(([, value]) => value.note !== '')
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, MAX_KEPT_NOTES);
  await callNotes.set(Object.fromEntries(kept));
  return ok({ successful: true, note: body.note });
}

export async function getContactUrl({ query }: RouteRequest<'GET /contactUrl'>): Promise<ApiResponse> {
  const session = await openCrmSession();
  const url = session?.connector.contactUrl?.(session.user, query.contactId, query.contactType ?? 'contact') ?? null;
  return ok({ successful: true, url });
}
