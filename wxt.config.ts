import { defineConfig } from 'wxt';
import { connectorHostPermissions } from './src/connectors/metadata';

// See docs/architecture.md. Code imports `browser` from webextension-polyfill explicitly.
export default defineConfig({
  imports: false,
  manifest: ({ browser }) => ({
    name: 'CRM Call Logger',
    description: 'Log RingCentral calls into your CRM straight from the browser: one CRM activity per call.',
    permissions: ['storage', 'alarms'],
    host_permissions: connectorHostPermissions,
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    // Firefox ties storage and identity redirects to a stable add-on id.
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'crm-call-logger@crm-call-logger.invalid' } } } : {}),
  }),
});
