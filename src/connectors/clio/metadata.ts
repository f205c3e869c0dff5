import type { ConnectorMetadata } from '../../protocol/crm-shapes';

/** Clio Manage (docs/clio.md): OAuth only, one developer app per region (US, EU, AU, CA). */
export const clioMetadata = {
  id: 'clio',
  displayName: 'Clio',
  authKind: 'oauth',
  apiKeyLabel: 'Access token (from your admin; Clio has no personal API key)',
  logFormat: 'text/plain',
  contactTypes: ['Person', 'Company'],
  callLogFields: [
    { const: 'matters', title: 'Matter', type: 'selection', contactDependent: true },
    { const: 'billableStatus', title: 'Time entry', type: 'selection', contactDependent: true },
  ],
  hostPermissions: ['https://*.clio.com/*'],
  oauth: { authorizeUrl: 'https://app.clio.com/oauth/authorize', authorizeParams: { response_type: 'code' } },
} as const satisfies ConnectorMetadata;
