/**
 * The paths the router answers itself, whatever the backend: which backend to use, and this
 * browser's own settings and calls. Typed by route, so a local path without a handler is a
 * compile error.
 */
import type { ApiResponse } from '../../protocol/envelope';
import { getAutoLogSettings, postAutoLogCall, putAutoLogSettings } from './auto-log';
import { postAutoLogMessages } from './message-auto-log';
import { getWaitingMessages, postDiscardMessages, postRetryMessages } from './message-waiting';
import { getBackend, putBackend } from './backend';
import { getCalls, getPhoneAccount, postSignIn, postSignInCallback, postSignOut, putPhoneAccount } from './calls';
import { getCallNote, getContactUrl, getDialerSettings, putCallNote, putDialerSettings } from './dialer';
import { getLogBodySettings, putLogBodySettings } from './log-body-settings';
import { getLogHistory } from './history';
import { getMessages } from './messages';
import { getOAuthApps, postOAuthSignIn, putOAuthApp } from './oauth-apps';
import { getPartnerKeys, putPartnerKey } from './partner-keys';
import { routes, type AnyRouteRequest, type LocalRoute, type RouteRequest } from '../../protocol/routes';

type LocalHandlers = { [K in LocalRoute]: (request: RouteRequest<K>) => Promise<ApiResponse> };

const localHandlers: LocalHandlers = {
  'GET /backend': getBackend,
  'PUT /backend': putBackend,
  'GET /settings/logBody': getLogBodySettings,
  'PUT /settings/logBody': putLogBodySettings,
  'GET /calls': getCalls,
  'GET /messages': getMessages,
  'GET /phoneAccount': getPhoneAccount,
  'PUT /phoneAccount': putPhoneAccount,
  'POST /phoneAccount/signIn': postSignIn,
  'POST /phoneAccount/signInCallback': postSignInCallback,
  'POST /phoneAccount/signOut': postSignOut,
  'GET /settings/oauthApps': getOAuthApps,
  'PUT /settings/oauthApps': putOAuthApp,
  'POST /oauth/signIn': postOAuthSignIn,
  'GET /settings/partnerKeys': getPartnerKeys,
  'PUT /settings/partnerKeys': putPartnerKey,
  'GET /settings/dialer': getDialerSettings,
  'PUT /settings/dialer': putDialerSettings,
  'GET /callLog/note': getCallNote,
  'PUT /callLog/note': putCallNote,
  'GET /contactUrl': getContactUrl,
  'GET /settings/autoLog': getAutoLogSettings,
  'PUT /settings/autoLog': putAutoLogSettings,
  'POST /calls/autoLog': postAutoLogCall,
  'POST /messages/autoLog': postAutoLogMessages,
  'GET /messageLog/waiting': getWaitingMessages,
  'POST /messageLog/retry': postRetryMessages,
  'POST /messageLog/discard': postDiscardMessages,
  'GET /logHistory': getLogHistory,
};

export function isBrowserPath(request: AnyRouteRequest): request is Extract<AnyRouteRequest, { route: LocalRoute }> {
  return 'local' in routes[request.route];
}

export function handleBrowserPath(request: Extract<AnyRouteRequest, { route: LocalRoute }>): Promise<ApiResponse> {
  return (localHandlers[request.route] as (request: AnyRouteRequest) => Promise<ApiResponse>)(request);
}
