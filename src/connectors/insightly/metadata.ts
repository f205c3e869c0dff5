import type { ConnectorMetadata } from '../../protocol/crm-shapes';

export const insightlyMetadata = {
  id: 'insightly',
  displayName: 'Insightly',
  authKind: 'apiKey',
  apiKeyLabel: 'API key (Insightly → User Settings → API)',
  /** The API URL names the user's pod; it is required, so the connect form asks for it up front. */
  hostnameLabel: 'API URL (User Settings → API, e.g. https://api.na1.insightly.com/v3.1/)',
  logFormat: 'text/plain',
  contactTypes: ['Contact', 'Lead'],
  callLogFields: [
    { const: 'organisation', title: 'Organisation', type: 'selection', contactDependent: true },
    { const: 'opportunity', title: 'Opportunity', type: 'selection', contactDependent: true },
    { const: 'project', title: 'Project', type: 'selection', contactDependent: true },
  ],
  hostPermissions: ['https://*.insightly.com/*'],
} as const satisfies ConnectorMetadata;
