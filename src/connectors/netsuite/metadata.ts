import type { ConnectorMetadata } from '../../protocol/crm-shapes';

export const netsuiteMetadata = {
  id: 'netsuite',
  displayName: 'NetSuite',
  authKind: 'oauth',
  logFormat: 'text/plain',
  contactTypes: ['contact', 'custjob', 'vendor'],
  callLogFields: [
    { const: 'salesorder', title: 'Sales order', type: 'selection', contactDependent: true },
    { const: 'opportunity', title: 'Opportunity', type: 'selection', contactDependent: true },
  ],
  hostPermissions: ['https://*.suitetalk.api.netsuite.com/*', 'https://*.app.netsuite.com/*', 'https://system.netsuite.com/*'],
  oauth: {
    authorizeUrl: 'https://system.netsuite.com/app/login/oauth2/authorize.nl',
    flow: 'pkce',
    scope: 'rest_webservices',
    accountUrls: {
      authorizeUrl: 'https://{account}.app.netsuite.com/app/login/oauth2/authorize.nl',
      tokenUrl: 'https://{account}.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token',
      revokeUrl: 'https://{account}.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/revoke',
    },
  },
} as const satisfies ConnectorMetadata;

/** What the admin sets up first, shown in Options (apart from the metadata: the worker does not need it). */
export const netsuiteSetupSteps = [
  'In NetSuite, go to Setup → Company → Enable Features → SuiteCloud and turn on "REST Web Services" and "OAuth 2.0".',
  'Go to Setup → Integration → Manage Integrations → New. Name it "CRM Call Logger"; under OAuth 2.0 tick "Authorization Code Grant" and "Public Client", and the scope "REST Web Services". Untick "Token-based Authentication".',
  'Paste the redirect URI shown below into "Redirect URI", save, and copy the Client ID (a public client has no secret to copy).',
  'Give each user a role with "Log in using OAuth 2.0 Access Tokens", "REST Web Services", "SuiteAnalytics Workbook", Lists → Contacts, Customers and Phone Calls (Full), and Transactions → Sales Order and Opportunity (View) for the optional fields.',
  'Here, enter your account id (the first part of your NetSuite address, e.g. 1234567 or 1234567-sb1) and the Client ID, save, then "Connect with NetSuite".',
];
