/**
 * One connector, two names: `testCRM` is its id everywhere in code, storage and tests (the folder
 * src/connectors/testCRM/, test/connectors/testCRM/, the platform name in storage keys), the id
 * App Connect's developer guide gives its own example connector; "Example CRM" is only the name
 * a person reads.
 * It is a real CRM that lives in this browser (its own IndexedDB), the default of a fresh install.
 */
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
