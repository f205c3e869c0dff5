/**
 * The side panel's log form for the sample call with Marcus Bell, filled as a person fills it: his
 * contact picked, the CRM's own field (a deal, a matter, a category…) chosen, the note typed. The
 * caller presses "Log call" (some take a screenshot of the form first).
 */
import type { Page } from 'playwright';
import type { LaunchedExtension } from '../../../scripts/launch-extension';
import { PANEL_SIZE, openPage } from './open-page';

export async function fillSampleCallForm(
  extension: LaunchedExtension,
  { field, note }: { field?: { label: string; option: string }; note: string },
): Promise<Page> {
  const panel = await openPage(extension, 'sidepanel.html', PANEL_SIZE);
  await panel
    .getByRole('list', { name: 'Calls' })
    .getByRole('button', { name: /Marcus Bell/ })
    .click();
  const radio = panel.getByRole('radio', { name: /Marcus Bell/ });
  await radio.waitFor();
  await radio.check();
  if (field) await panel.getByLabel(field.label).selectOption({ label: field.option });
  // Exact: a CRM may have a checkbox that mentions "the note" (Bullhorn's Comments copy).
  await panel.getByLabel('Note', { exact: true }).fill(note);
  return panel;
}
