/** Opens one of the extension's pages in a new tab, as a person would see it. */
import type { Page } from 'playwright';
import type { LaunchedExtension } from '../../../scripts/launch-extension';

/** Chrome's side panel is about this wide. */
export const PANEL_SIZE = { width: 360, height: 740 };
export const OPTIONS_SIZE = { width: 900, height: 900 };

export async function openPage(extension: LaunchedExtension, file: string, size = PANEL_SIZE): Promise<Page> {
  const page = await extension.context.newPage();
  page.setDefaultTimeout(10_000);
  await page.setViewportSize(size);
  await page.goto(`chrome-extension://${extension.extensionId}/${file}`);
  return page;
}
