import type { ConnectorMetadata } from '../../protocol/crm-shapes';

export const testCRMMetadata = {
  id: 'testCRM',
  displayName: 'Example CRM',
  authKind: 'apiKey',
  apiKeyLabel: 'Any key (the Example CRM lives in this browser)',
  logFormat: 'text/plain',
  contactTypes: ['contact'],
  callLogFields: [{ const: 'deals', title: 'Deal', type: 'selection', contactDependent: true }],
  hostPermissions: [],
} as const satisfies ConnectorMetadata;
