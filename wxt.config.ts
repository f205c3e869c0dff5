import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { connectorHostPermissions } from './src/connectors/metadata';
import { DIALER_FRAME_SOURCES } from './src/protocol/schemas/dialer';

/**
 * Hosts granted only when the user enters one: an App Connect server or a
 * connector's base URL override (a company proxy); see src/http/host-access.ts.
 */
const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];

/** This machine: a local proxy or a test server needs no prompt (and a prompt cannot be automated). */
const LOOPBACK_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * Extension pages and the service worker: only the extension's own scripts and styles, no
 * plugins, no framing, no form posts elsewhere. Requests may go to any http(s) host, because the
 * CRM and App Connect hosts are the user's choice; host permissions decide which are reachable.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self' https: http:",
  // The dialer's widget (RingCentral Embeddable) and nothing wider: its own origin, or this machine.
  `frame-src 'self' ${DIALER_FRAME_SOURCES.join(' ')}`,
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// See docs/architecture.md. Code imports `browser` from webextension-polyfill explicitly.
export default defineConfig({
  imports: false,
  // The browser's own namespace, which is what the polyfill gives on the browsers we support (src/browser-namespace.ts).
  vite: () => ({
    resolve: { alias: { 'webextension-polyfill': fileURLToPath(new URL('./src/browser-namespace.ts', import.meta.url)) } },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    // The catalogue's text in the browser's language (public/_locales, docs/i18n.md).
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    // The first Chrome with the `browser` namespace and promise-returning message listeners (src/browser-namespace.ts).
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '148' }),
    // identity: RingCentral and CRM sign-in; alarms: the outbox and refreshing the calls. sidePanel is added by WXT.
    // unlimitedStorage: the ledger and the outbox are persistent storage, never evicted under disk
    // pressure and never refused for the default quota (docs/reliability.md, "Durability").
    permissions: ['storage', 'unlimitedStorage', 'identity', 'alarms'],
    host_permissions: [...connectorHostPermissions, ...LOOPBACK_HOSTS],
    // MV2 (Firefox) has no optional_host_permissions: there, optional hosts are optional_permissions.
    // notifications: asked for only when the user turns on auto-log's notifications (docs/auto-log.md).
    ...(manifestVersion === 2
      ? { optional_permissions: [...OPTIONAL_HOSTS, 'notifications'] }
      : { optional_host_permissions: OPTIONAL_HOSTS, optional_permissions: ['notifications'] }),
    action: { default_title: '__MSG_ext_action_title__' },
    content_security_policy: manifestVersion === 2 ? (CSP as never) : { extension_pages: CSP },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    // Firefox ties storage and identity redirects to a stable add-on id.
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'crm-call-logger@crm-call-logger.invalid' } } } : {}),
  }),
  hooks: {
    // WXT titles Firefox's sidebar with the side panel's <title>, which is English until the page runs.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.sidebar_action) manifest.sidebar_action.default_title = '__MSG_page_title_calls__';
    },
  },
});
