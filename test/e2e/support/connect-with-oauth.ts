/**
 * Connects a CRM through its consent page, as an admin and then a user do it in Options: choose
 * the CRM, enter the OAuth app under "Advanced: OAuth app" (each field by its label), save it,
 * press "Connect with …" (a real sign-in window, the fake's consent page allowing at once), and
 * wait for the page to say who is connected.
 */
import type { Locator, Page } from 'playwright';

export interface OAuthConnect {
  /** The CRM as Options lists it: "Clio", "NetSuite". */
  crm: string;
  /** Field label → value, in the order they are filled. */
  app: Record<string, string>;
  /** The connected user's name, as the status line says it. */
  user: string;
  /** What to check once the CRM is chosen, before the OAuth app is entered (its set-up steps). */
  afterChoosing?: (section: Locator) => Promise<void>;
}

/** Returns the CRM section of the page, with the sign-in window's focus given back to it (its toasts are left). */
export async function connectWithOAuth(options: Page, { crm, app, user, afterChoosing }: OAuthConnect): Promise<Locator> {
  const section = options.getByRole('region', { name: 'CRM' });
  await section.getByLabel('CRM', { exact: true }).selectOption({ label: crm });
  await afterChoosing?.(section);
  await section.locator('summary', { hasText: 'Advanced: OAuth app' }).click();
  for (const [label, value] of Object.entries(app)) await section.getByLabel(label).fill(value);
  await section.getByRole('button', { name: 'Save OAuth app' }).click();
  await section.getByRole('button', { name: `Connect with ${crm}` }).click();
  await section.getByText(`Connected to ${crm} as ${user}.`).waitFor();
  await options.bringToFront(); // the sign-in window had the focus
  return section;
}
