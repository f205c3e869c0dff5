import { defineConfig } from 'wxt';
import { connectorHostPermissions } from './src/connectors/metadata';

const SERVER_ORIGINS = ['https://*/*', 'http://*/*'];

// See docs/architecture.md. Code imports `browser` from webextension-polyfill explicitly.
export default defineConfig({
  imports: false,
  manifest: ({ browser, manifestVersion }) => ({
    name: 'CRM Call Logger',
    description: 'Log RingCentral calls into your CRM straight from the browser: one CRM activity per call.',
    permissions: ['storage', 'alarms'],
    host_permissions: connectorHostPermissions,
    // An App Connect server can be anywhere: its origin is asked for when the user sets it (server-access.ts).
    ...(manifestVersion === 2 ? { optional_permissions: SERVER_ORIGINS } : { optional_host_permissions: SERVER_ORIGINS }),
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    // Firefox ties storage and identity redirects to a stable add-on id.
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'crm-call-logger@crm-call-logger.invalid' } } } : {}),
  }),
});
