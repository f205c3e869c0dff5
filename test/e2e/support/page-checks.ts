/** Accessibility checks (axe-core) and screenshots of the extension's own pages. */
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright';

export const ARTIFACTS = resolve('test/artifacts');
const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core in the page. It is evaluated through the DevTools protocol, which the
 * extension's content security policy (script-src 'self') does not apply to.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(await axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })) }));
}

export async function saveScreenshot(page: Page, name: string, fullPage = false): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const path = resolve(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

/** Closes every toast, as a user would with its "Dismiss" button, so a screenshot shows the page. */
export async function dismissToasts(page: Page): Promise<void> {
  // Clicked through the DOM: a toast whose time runs out may leave mid-click, which a pointer click
  // waiting for the button to stand still would take for a failure.
  await page.locator('button.toast-close').evaluateAll((buttons) => buttons.forEach((button) => (button as HTMLButtonElement).click()));
  await page.waitForFunction(() => document.querySelector('button.toast-close') === null);
}
