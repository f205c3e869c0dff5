/** Builds the extension once, so every e2e suite loads the very bundle a user would install. */
import { build } from 'wxt';

export default async function setup(): Promise<void> {
  await build({});
}
