import type { ConnectorMetadata } from '../../protocol/crm-shapes';

/**
 * Bullhorn ATS/CRM (docs/bullhorn.md): OAuth through an operator's exchange or a firm's own key,
 * then a REST login per data centre. The user name finds the data centre (`loginInfo`).
 */
export const bullhornMetadata = {
  id: 'bullhorn',
  displayName: 'Bullhorn',
  authKind: 'oauth',
  apiKeyLabel: 'Access token (from your admin; valid 10 minutes)',
  logFormat: 'text/html',
  contactTypes: ['Lead', 'Candidate', 'Contact'],
  callLogFields: [
    { const: 'noteActions', title: 'Note action', type: 'selection', contactDependent: true },
    { const: 'copyToContactComments', title: "Also replace the contact's Comments field with the note", type: 'checkbox' },
  ],
  hostPermissions: ['https://*.bullhornstaffing.com/*'],
  // The global sign-in page sends the user on to their data centre's (docs/bullhorn.md, "Signing in").
  // The access token only opens REST sessions, and each refresh spends a single-use refresh token:
  // renewed when a login needs it, not ahead of time (docs/bullhorn.md, "When the token is renewed").
  oauth: {
    authorizeUrl: 'https://auth.bullhornstaffing.com/oauth/authorize',
    authorizeParams: { response_type: 'code' },
    refresh: 'whenNeeded',
  },
  connectFields: [{ name: 'username', label: 'Bullhorn user name', hint: 'Finds your Bullhorn data centre; no password is asked here.' }],
} as const satisfies ConnectorMetadata;

/** What an admin sets up before anyone connects (shown in Options; docs/bullhorn.md, "Signing in"). */
export const bullhornSetupSteps = [
  'Ask Bullhorn support for an OAuth key (client id and secret) with refresh tokens enabled, and give them the redirect URI shown below.',
  'Find your data centre: open https://rest.bullhornstaffing.com/rest-services/loginInfo?username=<a Bullhorn user name>. Its "oauthUrl" followed by /token is your token URL (e.g. https://auth-east.bullhornstaffing.com/oauth/token).',
  'Recommended: run a token-exchange server that adds the key to each token request and forwards it to that token URL (docs/token-exchange.md), and enter its address as the token-exchange URL. Or enter the token URL and the secret here (kept in this browser).',
  'Each user then enters their Bullhorn user name and presses "Connect with Bullhorn".',
];
