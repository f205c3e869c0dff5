import type { ConnectorMetadata } from '../../protocol/crm-shapes';

export const redtailMetadata = {
  id: 'redtail',
  displayName: 'Redtail',
  authKind: 'apiKey',
  /** The password is exchanged for a user key at once and never kept (docs/redtail.md, "Auth"). */
  apiKeyLabel: 'Redtail password',
  keyIsPassword: true,
  connectFields: [{ name: 'username', label: 'Redtail user name' }],
  partnerKey: {
    label: 'Redtail partner API key',
    apiRootLabel: 'Redtail API root',
    defaultApiRoot: 'https://smf.crm3.redtailtechnology.com/api/public/v1',
    why:
      'Redtail wants a partner API key, issued by Redtail to an integrating firm, on every request. ' +
      'An extension cannot keep a vendor’s secret for everyone, so none is built in: an admin enters the firm’s own key here, ' +
      'or Redtail is used through an App Connect server that holds one (Options → Where calls are logged from).',
  },
  logFormat: 'text/html',
  contactTypes: ['contact'],
  /** The same options with every contact: the database's active activity categories (cached a day). */
  callLogFields: [{ const: 'category', title: 'Category', type: 'selection', contactDependent: true }],
  hostPermissions: ['https://*.redtailtechnology.com/*'],
} as const satisfies ConnectorMetadata;
