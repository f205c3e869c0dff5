import type { ConnectorMetadata } from '../../protocol/crm-shapes';

export const googleSheetsMetadata = {
  id: 'googleSheets',
  displayName: 'Google Sheets',
  authKind: 'oauth',
  logFormat: 'text/plain',
  contactTypes: ['contact'],
  callLogFields: [],
  connectFields: [
    {
      name: 'spreadsheet',
      label: 'Spreadsheet (optional)',
      hint: 'A link to a sheet this extension created before. Leave empty to create a new sheet with "Call Logs" and "Contacts" tabs.',
    },
  ],
  hostPermissions: ['https://sheets.googleapis.com/*', 'https://www.googleapis.com/*', 'https://oauth2.googleapis.com/*'],
  oauth: {
    authorizeUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
    flow: 'implicit',
    scope:
      'https://www.googleapis.com/auth/drive.file https://www.googleapis.com/auth/userinfo.profile https://www.googleapis.com/auth/userinfo.email',
  },
} as const satisfies ConnectorMetadata;
