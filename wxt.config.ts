import { defineConfig } from 'wxt';
import { connectorHostPermissions } from './src/connectors/metadata';

// See docs/architecture.md. Code imports `browser` from webextension-polyfill explicitly.
export default defineConfig({
  imports: false,
  manifest: {
    name: 'CRM Call Logger',
    description: 'Log RingCentral calls into your CRM straight from the browser: one CRM activity per call.',
    // identity: RingCentral sign-in; alarms: refreshing the calls. sidePanel is added by WXT.
    permissions: ['storage', 'identity', 'alarms'],
    host_permissions: connectorHostPermissions,
    action: { default_title: 'Open the call list' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
  },
});
