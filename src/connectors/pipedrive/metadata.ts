import type { ConnectorMetadata } from '../../protocol/crm-shapes';

export const pipedriveMetadata = {
  id: 'pipedrive',
  displayName: 'Pipedrive',
  authKind: 'apiKey',
  apiKeyLabel: 'API token (Pipedrive → Personal preferences → API)',
  logFormat: 'text/html',
  contactTypes: ['contact'],
  callLogFields: [
    { const: 'deals', title: 'Deal', type: 'selection', contactDependent: true },
    { const: 'leadWarning', title: 'Lead assignment will be overridden by Deal assignment if any', type: 'warning' },
    { const: 'leads', title: 'Lead', type: 'selection', contactDependent: true },
  ],
  // The second pattern is inside the first; it is listed so the OAuth host is explicit.
  hostPermissions: ['https://*.pipedrive.com/*', 'https://oauth.pipedrive.com/*'],
  oauth: { authorizeUrl: 'https://oauth.pipedrive.com/oauth/authorize' },
} as const satisfies ConnectorMetadata;
