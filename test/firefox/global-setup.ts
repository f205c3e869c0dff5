/** Builds the Firefox add-on once (`.output/firefox-mv2`), the very bundle `npm run build:firefox` makes. */
import { build } from 'wxt';

export default async function setup(): Promise<void> {
  await build({ browser: 'firefox' });
}
