/**
 * The App Connect routes the extension uses, answering as the recorded server does
 * (../../fixtures/app-connect-server/): the same bodies, plain-text 400s for a missing or bad
 * token, `{ error }` 400s for exceptions, the five-id cut of GET /callLog and the duplicate
 * guard that a second POST slips through while the first is still creating.
 */
import { JWT_LIFETIME_SECONDS, JWT_REFRESH_THRESHOLD_SECONDS, signJwt, verifyJwt, type JwtPayload } from './jwt';
import { createPipedriveActivity, pipedriveUser, type PipedriveLogin } from './pipedrive-crm';
import { postMessageLog } from './message-log-route';
import { API_KEYS, findMapping, OAUTH_CODE, PLATFORMS, type FakeState, type FakeUser } from './state';

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: any;
  token?: string;
}

export type FakeReply = { status: number; json?: unknown; text?: string; headers?: Record<string, string>; stall?: boolean } | { drop: true };

type Route = (state: FakeState, request: FakeRequest) => Promise<FakeReply> | FakeReply;

const AUTHORIZE = { status: 400, text: 'Please go to Settings and authorize CRM platform' };
const NOT_IN_PIPEDRIVE_MODE = { status: 400, json: { error: 'The fake server serves only login and /callLog for pipedrive' } };
const message = (text: string, messageType: string, ttl: number) => ({ message: text, messageType, ttl });
const json = (body: unknown, status = 200): FakeReply => ({ status, json: body });
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function issue(state: FakeState, payload: { id: string; platform: string }, lifetime = JWT_LIFETIME_SECONDS): string {
  const token = signJwt(state.secret, payload, lifetime);
  state.issuedTokens.push(token);
  return token;
}

function login(state: FakeState, platform: string, crmUserId: string, name: string, pipedrive?: PipedriveLogin): FakeReply {
  const id = `${crmUserId}-${platform}`;
  state.users.set(id, { id, name, platform, crmSessionRevoked: false, pipedrive });
  const jwtToken = issue(state, { id, platform }, state.controls.loginTokenLifetimeSeconds);
  return json({ jwtToken, name, returnMessage: { messageType: 'success', message: `Connected to ${platform}.`, ttl: 1000 } });
}

/**
 * Runs a route for the token's user: the server's JWT check, its refresh, and the revoked-session
 * 401. Routes not marked `servesPipedrive` refuse users of the Pipedrive-backed mode.
 */
function authed(
  route: (state: FakeState, request: FakeRequest, user: FakeUser | undefined, token: JwtPayload) => Promise<FakeReply> | FakeReply,
  { servesPipedrive = false } = {},
): Route {
  return async (state, request) => {
    const payload = request.token ? verifyJwt(state.secret, request.token) : null;
    if (!payload) return AUTHORIZE;
    const user = state.users.get(payload.id);
    if (user?.pipedrive && !servesPipedrive) return NOT_IN_PIPEDRIVE_MODE;
    if (user?.crmSessionRevoked) {
      return json(
        {
          successful: false,
          returnMessage: message('User session expired. Please connect again.', 'warning', 5000),
          errorCode: 'CRM_SESSION_REVOKED',
        },
        401,
      );
    }
    const reply = await route(state, request, user, payload);
    if ('drop' in reply || payload.exp - Date.now() / 1000 > JWT_REFRESH_THRESHOLD_SECONDS) return reply;
    const refreshed = issue(state, { id: payload.id, platform: payload.platform });
    return { ...reply, headers: { ...reply.headers, 'x-refreshed-jwt-token': refreshed } };
  };
}

export const routes: Record<string, Route> = {
  'GET /isAlive': () => ({ status: 200, text: 'OK' }),

  'POST /apiKeyLogin': async (state, { body }) => {
    if (!body?.platform) return { status: 400, text: 'Missing platform name' };
    if (body.platform === 'pipedrive' && state.controls.pipedriveUrl) {
      const me = await pipedriveUser(state, String(body.apiKey));
      if (!me) return json({ returnMessage: message('Could not load user information', 'warning', 3000) }, 400);
      return login(state, 'pipedrive', String(me.id), me.name, { apiToken: String(body.apiKey) });
    }
    if (!PLATFORMS.includes(body.platform)) return json({ error: `Connector not found for platform: ${body.platform}` }, 400);
    const key = API_KEYS[body.apiKey];
    if (!key) return json({ returnMessage: message('Could not load user information', 'warning', 3000) }, 400);
    return login(state, body.platform, key.crmUserId, key.name);
  },

  'GET /oauth-callback': (state, { query }) => {
    const callbackUri = query.get('callbackUri');
    if (!callbackUri) return { status: 400, text: 'Missing callbackUri' };
    const callback = new URL(callbackUri);
    const platform = new URLSearchParams(callback.searchParams.get('state') ?? query.get('state') ?? '').get('platform');
    if (!platform) return { status: 400, text: 'Missing platform name' };
    if (callback.searchParams.get('code') !== OAUTH_CODE) return json({ returnMessage: message('Authorization failed.', 'warning', 3000) });
    return login(state, platform, 'u-3003', 'OAuth Test User');
  },

  'POST /unAuthorize': authed(
    (state, _request, user) => {
      if (!user) return { status: 400, text: 'User not found' };
      state.users.delete(user.id);
      return json(message(`Logged out of ${user.platform}`, 'success', 1000));
    },
    { servesPipedrive: true },
  ),

  'GET /contact': authed((state, { query }, user) => {
    if (!user) return json({ successful: false, returnMessage: message('User not found', 'warning', 5000) });
    const phoneNumber = query.get('phoneNumber');
    if (phoneNumber === null) return json({ error: "Cannot read properties of undefined (reading 'replace')" }, 400);
    const found = state.crm.findContacts(phoneNumber.replace(' ', '+'));
    const contact = [
      ...found.map(({ id, name, type, phone }) => ({ id, name, type, phone, additionalInfo: null })),
      { id: 'createNewContact', name: 'Create new contact...', additionalInfo: null, isNewContact: true },
    ];
    const returnMessage = found.length ? message(`Found ${found.length} contact(s)`, 'success', 3000) : message('No contact found', 'warning', 3000);
    return json({ successful: true, returnMessage, contact });
  }),

  'POST /contact': authed((state, { body }, user) => {
    if (!user) return json({ successful: false, returnMessage: message('User not found', 'warning', 5000) });
    const contact = state.crm.createContact(body.phoneNumber, body.newContactName, body.newContactType);
    return json({ successful: true, returnMessage: message('Contact created', 'success', 2000), contact: { id: contact.id, name: contact.name } });
  }),

  'POST /callLog': authed(
    async (state, { body }, user) => {
      const sessionId = body.logInfo.sessionId;
      // The duplicate guard: read now, written only after the CRM answered (not safe under concurrency).
      if (findMapping(state, sessionId))
        return json({ successful: false, returnMessage: message(`Existing log for session ${sessionId}`, 'warning', 3000) });
      if (!user) return json({ successful: false, returnMessage: message('User not found', 'warning', 5000) });
      if (!body.contactId)
        return json({ successful: false, returnMessage: message(`Contact not found for number ${body.logInfo.from?.phoneNumber}`, 'warning', 5000) });
      const { controls } = state;
      if (controls.dropNextCallLogPost === 'beforeCreate') {
        controls.dropNextCallLogPost = undefined;
        return { drop: true };
      }
      if (controls.holdCallLogCreate) await new Promise<void>((release) => state.held.push(release));
      if (controls.callLogCreateDelayMs) await sleep(controls.callLogCreateDelayMs);
      let activity: { id: string };
      try {
        activity = user.pipedrive ? await createPipedriveActivity(state, user, user.pipedrive, body) : state.crm.createActivity(user.id, body);
      } catch {
        return json({ successful: false, returnMessage: message('Error creating call log', 'warning', 5000) });
      }
      const key = body.logInfo.telephonySessionId || body.logInfo.id;
      if (!key || state.mappings.has(key)) return json({ successful: false, returnMessage: message('Database operation failed', 'warning', 5000) });
      state.mappings.set(key, { sessionId, logId: activity.id, userId: user.id, contactId: String(body.contactId) });
      if (controls.dropNextCallLogPost === 'afterSave') {
        controls.dropNextCallLogPost = undefined;
        return { drop: true };
      }
      return json({ successful: true, logId: activity.id, returnMessage: message('Call logged', 'success', 2000) });
    },
    { servesPipedrive: true },
  ),

  'GET /callLog': authed(
    (state, { query }, user) => {
      if (!user) return json({ successful: false, message: 'Contact not found' });
      const sessionIds = query.get('sessionIds');
      if (!sessionIds) return json({ successful: false, message: 'No session IDs provided' });
      const requireDetails = query.get('requireDetails') === 'true';
      if (requireDetails && user.pipedrive) return NOT_IN_PIPEDRIVE_MODE;
      // Only the first five are answered; the rest are dropped without a word.
      const logs = sessionIds
        .split(',')
        .slice(0, 5)
        .map((sessionId) => {
          const mapping = findMapping(state, sessionId);
          if (!mapping) return { sessionId, matched: false };
          const activity = state.crm.activities.get(mapping.logId);
          const logData = requireDetails && activity ? { logData: state.crm.logData(activity) } : {};
          return { sessionId, matched: true, logId: mapping.logId, ...logData };
        });
      return json({ successful: true, logs, returnMessage: requireDetails ? message('Call log fetched.', 'success', 3000) : null });
    },
    { servesPipedrive: true },
  ),

  'PATCH /callLog': authed((state, { body }, user) => {
    const mapping = findMapping(state, body.sessionId);
    const activity = mapping && state.crm.activities.get(mapping.logId);
    if (!user || !activity) return json({ successful: false });
    state.crm.updateActivity(activity, body);
    return json({ successful: true, logId: activity.id, updatedNote: body.note, returnMessage: message('Call log updated.', 'success', 2000) });
  }),

  'PUT /callDisposition': authed((state, { body }, user) => {
    const mapping = findMapping(state, body.sessionId);
    const activity = mapping && state.crm.activities.get(mapping.logId);
    if (!user || !activity) return json({ successful: false, returnMessage: message('Cannot find call log', 'warning', 3000) });
    Object.assign(activity.dispositions, body.dispositions);
    return json({ successful: true, returnMessage: message('Call log updated.', 'success', 2000) });
  }),

  'POST /messageLog': authed(async (state, { body }, user) => json(await postMessageLog(state, body, user))),

  'GET /implementedInterfaces': (_state, { query }) => {
    if (!query.get('platform')) return { status: 400, text: 'Please provide platform.' };
    const names = [
      'getAuthType',
      'getBasicAuth',
      'getUserInfo',
      'createCallLog',
      'updateCallLog',
      'getCallLog',
      'createContact',
      'findContact',
      'unAuthorize',
      'upsertCallDisposition',
      'createMessageLog',
      'updateMessageLog',
    ];
    return json(Object.fromEntries(names.map((name) => [name, true])));
  },
};
