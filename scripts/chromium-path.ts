/** Where the Chromium for tests and the demo is: $CHROMIUM_PATH, Debian's, or a Chrome the developer has. */
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/lib/chromium/chromium', // Debian's real binary; /usr/bin/chromium is a wrapper script
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error("No Chromium found. Run `npm run setup` (installs Debian's chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.");
  }
  return found;
}

/**
 * Flags for a quiet, offline Chromium on a closed network: nothing that reaches out on its own
 * (background networking, component updates, sync, QUIC), no GPU, no /dev/shm, no first-run or
 * default-browser prompts.
 */
export const CHROMIUM_FLAGS = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];
