// A fake RingCentral Embeddable widget (the app.html page that runs in the host's iframe). It
// speaks to its parent as the real widget does, field by field from Embeddable's public docs
// (ringcentral/ringcentral-embeddable docs/integration/*.md): it announces its login state
// (`rc-login-status-notify`), takes the third-party service registration, sends
// `rc-post-message-request`s with uuid request ids and gives up on them after the widget's own
// deadlines (no retry), sends active-call and auto-log events, acts as a message logger (manual,
// auto and the saved log page, then the match), and signs in with a PKCE URL
// posted as `rc-login-popup-notify` when `disableLoginPopup=1`. Tests drive it through
// `window.fakeWidget` (Playwright evaluates in the frame) and read what it received.
(() => {
  const params = new URLSearchParams(location.search);
  // Per-path deadlines of the widget (spec 3; src/lib/requestWithPostMessage.js callers).
  // The message logger waits 6 s, its matcher 30 s (ThirdPartyService logConversation, matchMessageLogEntities).
  const DEADLINES = {
    '/callLogger': 15000,
    '/callLogger/match': 30000,
    '/contacts/match': 30000,
    '/contacts/search': 30000,
    '/contacts': 60000,
    '/messageLogger': 6000,
    '/messageLogger/match': 30000,
  };
  const DEFAULT_DEADLINE = 3000;
  const state = {
    params: Object.fromEntries(params),
    loggedIn: false,
    service: null,
    registrations: 0,
    requests: [],
    logPages: [],
    messageLogPages: [],
    navigations: [],
    alerts: [],
    dials: [],
    matchTriggers: [],
    contactMatchTriggers: [],
    autoLog: params.get('defaultAutoLogCallEnabled') === '1',
    autoLogMessages: params.get('defaultAutoLogMessageEnabled') === '1',
    signIn: null,
  };
  const pending = new Map();
  const post = (message) => window.parent.postMessage(message, '*');

  function request(path, body) {
    const requestId = crypto.randomUUID();
    const started = performance.now();
    const record = { path, body, requestId, answered: false, timedOut: false, ms: null, response: undefined };
    state.requests.push(record);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        pending.delete(requestId);
        record.timedOut = true;
        console.error(`fake widget: ${path} timed out`);
        resolve(record);
      }, DEADLINES[path] ?? DEFAULT_DEADLINE);
      pending.set(requestId, (response) => {
        clearTimeout(timer);
        Object.assign(record, { answered: true, ms: performance.now() - started, response });
        resolve(record);
      });
      post({ type: 'rc-post-message-request', requestId, path, body });
    });
  }

  const service = () => {
    if (!state.service) throw new Error('no third-party service registered');
    return state.service;
  };
  // Matching and logging run only while the service says it is authorized (docs: call-logging.md).
  const authorized = () => service().authorized !== false;

  function notifyActiveCall(call) {
    post({ type: 'rc-active-call-notify', call });
    if (state.autoLog && state.service?.callLoggerPath && authorized()) {
      return request(state.service.callLoggerPath, { call, triggerType: 'presenceUpdate', redirect: false });
    }
    return Promise.resolve(null);
  }

  // A conversation-day is sent as `{ conversation, triggerType, redirect }`; once answered, the
  // widget asks again whether that conversation is logged (docs: integration/message-logging.md).
  async function logConversation(conversation, options) {
    const record = await request(service().messageLoggerPath, { conversation, ...options });
    if (service().messageLogEntityMatcherPath && authorized()) {
      await request(service().messageLogEntityMatcherPath, { conversationLogIds: [conversation.conversationLogId] });
    }
    return record;
  }

  /** New or changed messages of a conversation-day: logged by themselves only while "Auto log messages" is on. */
  function messagesChanged(conversation) {
    if (state.autoLogMessages && state.service?.messageLoggerPath && authorized()) {
      return logConversation(conversation, { triggerType: 'auto', redirect: false });
    }
    return Promise.resolve(null);
  }

  async function login() {
    const verifier = base64Url(crypto.getRandomValues(new Uint8Array(32)));
    const challenge = base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
    const oauthState = base64Url(crypto.getRandomValues(new Uint8Array(12)));
    const server = params.get('appServer') ?? 'https://platform.ringcentral.com';
    const url = new URL('/restapi/oauth/authorize', server);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: params.get('clientId') ?? '',
      redirect_uri: params.get('redirectUri') ?? '',
      state: oauthState,
      code_challenge: challenge,
      code_challenge_method: 'S256',
      display: 'page',
    }).toString();
    state.signIn = { verifier, state: oauthState, server, callbackUri: null, error: null };
    if (params.get('disableLoginPopup') === '1') post({ type: 'rc-login-popup-notify', oAuthUri: url.href });
    else state.signIn.error = 'the fake widget does not open its own login popup';
  }

  async function exchange(callbackUri) {
    const signIn = state.signIn;
    if (!signIn) return;
    signIn.callbackUri = callbackUri;
    const query = new URL(callbackUri).searchParams;
    if (query.get('state') !== signIn.state || !query.get('code')) return void (signIn.error = 'state or code wrong');
    const response = await fetch(new URL('/restapi/oauth/token', signIn.server), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: query.get('code'),
        redirect_uri: params.get('redirectUri') ?? '',
        client_id: params.get('clientId') ?? '',
        code_verifier: signIn.verifier,
      }),
    });
    if (!response.ok) return void (signIn.error = `token endpoint answered ${response.status}`);
    state.loggedIn = true;
    post({ type: 'rc-login-status-notify', loggedIn: true, loginNumber: '+16505550101*101', contractedCountryCode: 'US' });
  }

  window.addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    const data = event.data ?? {};
    switch (data.type) {
      case 'rc-post-message-response':
        pending.get(data.responseId)?.(data.response);
        pending.delete(data.responseId);
        break;
      case 'rc-adapter-register-third-party-service':
        state.service = data.service;
        state.registrations += 1;
        break;
      case 'rc-adapter-update-authorization-status':
        if (state.service) Object.assign(state.service, { authorized: data.authorized, authorizedAccount: data.authorizedAccount });
        break;
      case 'rc-adapter-new-call':
        state.dials.push({ phoneNumber: data.phoneNumber, toCall: data.toCall });
        break;
      case 'rc-adapter-authorization-code':
        void exchange(data.callbackUri);
        break;
      case 'rc-adapter-login':
        if (!state.loggedIn) void login();
        break;
      case 'rc-adapter-update-call-log-page':
        state.logPages.push(data.page);
        break;
      case 'rc-adapter-update-messages-log-page':
        state.messageLogPages.push(data.page);
        break;
      case 'rc-adapter-navigate-to':
        state.navigations.push(data.path);
        break;
      case 'rc-adapter-trigger-call-logger-match':
        state.matchTriggers.push(data.sessionIds);
        if (state.service?.callLogEntityMatcherPath && authorized())
          void request(state.service.callLogEntityMatcherPath, { sessionIds: data.sessionIds, activeSessionIds: [] });
        break;
      case 'rc-adapter-trigger-contact-match':
        state.contactMatchTriggers.push(data.phoneNumbers);
        break;
      case 'rc-adapter-message-request':
        state.alerts.push({ path: data.path, ...(data.body ?? { message: data.alertMessage, level: data.alertLevel }) });
        post({ type: 'rc-adapter-message-response', responseId: data.requestId, response: { data: 'ok' } });
        break;
    }
  });

  window.fakeWidget = {
    state,
    request,
    login,
    matchContacts: (phoneNumbers) => (authorized(), request(service().contactMatchPath, { phoneNumbers, callerIds: {} })),
    matchCallLogs: (sessionIds, activeSessionIds = []) => (
      authorized(),
      request(service().callLogEntityMatcherPath, { sessionIds, activeSessionIds })
    ),
    callLogger: (body) => (authorized(), request(service().callLoggerPath, body)),
    inputChanged: (body) => request(service().callLogPageInputChangedEventPath, body),
    activeCall: notifyActiveCall,
    messagesChanged,
    /** The Log button of a conversation (`manual`), or the message log page saved (`logForm` with its form). */
    logConversation: (conversation, options) => (authorized(), logConversation(conversation, options)),
    matchMessageLogs: (conversationLogIds) => request(service().messageLogEntityMatcherPath, { conversationLogIds }),
    setAutoLogMessages(on) {
      state.autoLogMessages = on;
      post({ type: 'rc-messageLogger-auto-log-notify', autoLog: on });
    },
    setAutoLog(on) {
      state.autoLog = on;
      post({ type: 'rc-callLogger-auto-log-notify', autoLog: on });
    },
  };

  document.body.textContent = 'Fake RingCentral Embeddable';
  // The widget announces its login state once it has started; hosts register on this (docs: integration/index.md).
  post({ type: 'rc-login-status-notify', loggedIn: false, loginNumber: '' });

  function base64Url(bytes) {
    return btoa(String.fromCharCode(...bytes))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  }
})();
