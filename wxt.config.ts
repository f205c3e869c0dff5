import { defineConfig } from 'wxt';
import { connectorHostPermissions, connectorPermissions, overrideHostPermissions } from './src/connectors/metadata';

// See docs/architecture.md. Code imports `browser` from webextension-polyfill explicitly.
export default defineConfig({
  imports: false,
  manifest: {
    name: 'CRM Call Logger',
    description: 'Log RingCentral calls into your CRM straight from the browser: one CRM activity per call.',
    permissions: ['storage', ...connectorPermissions],
    host_permissions: connectorHostPermissions,
    optional_host_permissions: overrideHostPermissions,
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
  },
  hooks: {
    // MV2 (Firefox) has no optional_host_permissions: there, optional hosts are optional_permissions.
    'build:manifestGenerated': (wxt, manifest) => {
      if (manifest.manifest_version !== 2 || !manifest.optional_host_permissions) return;
      manifest.optional_permissions = [...(manifest.optional_permissions ?? []), ...manifest.optional_host_permissions] as typeof manifest.optional_permissions;
      delete manifest.optional_host_permissions;
    },
  },
});
