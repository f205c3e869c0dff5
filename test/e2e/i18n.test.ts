/**
 * The built extension in a German and a Spanish browser (Chromium started with that UI
 * language): the side panel (calls, a call's log form, messages), the options, the welcome page
 * and the statistics show no English of the catalogue, dates and numbers are the language's, and
 * screenshots light and dark go to test/artifacts/ (i18n-<language>-<page>-<scheme>.png).
 */
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/launch-extension';
import { englishLeft, englishPatterns } from './support/english-left';
import { openPage, OPTIONS_SIZE } from './support/open-page';
import { dismissToasts, saveScreenshot } from './support/page-checks';

/** Texts each language must show, so the test cannot pass on a page that is still loading or empty. */
const EXPECTED = {
  de: {
    calls: 'Anrufe',
    logCall: 'Anruf protokollieren',
    description: 'Protokolliert RingCentral-Anrufe direkt aus dem Browser in Ihrem CRM: eine CRM-Aktivität pro Anruf.',
    logged: 'Anruf protokolliert',
    logMessages: 'Nachrichten protokollieren',
    options: 'Automatisches Protokollieren',
    stats: 'Statistik',
    today: /Heute, \d/,
  },
  es: {
    calls: 'Llamadas',
    logCall: 'Registrar llamada',
    description: 'Registra las llamadas de RingCentral en su CRM directamente desde el navegador: una actividad de CRM por llamada.',
    logged: 'Llamada registrada',
    logMessages: 'Registrar mensajes',
    options: 'Registro automático',
    stats: 'Estadísticas',
    today: /Hoy, \d/,
  },
} as const;

/** No English of the catalogue on the page (toasts closed first), and its screenshots light and dark. */
async function checkPage(page: Page, language: string, name: string): Promise<void> {
  await dismissToasts(page);
  expect(await englishLeft(page, language)).toEqual([]);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await saveScreenshot(page, `i18n-${language}-${name}-${scheme}`, true);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe.each(['de', 'es'] as const)('the extension in a browser set to %s', (language) => {
  const expected = EXPECTED[language];
  let extension: LaunchedExtension;

  beforeAll(async () => {
    extension = await launchExtension({ language });
    // Statistics with something in them: one sample call logged.
    const { body } = await extension.api({ method: 'GET', path: '/calls' });
    const logInfo = body.calls[0];
    await extension.api({
      method: 'POST',
      path: '/callLog',
      body: { logInfo, contactId: 'c-1', contactType: 'contact', contactName: 'Dana Whitfield' },
    });
  });

  afterAll(async () => {
    await extension?.close();
  });

  it('runs Chromium in that language, and the check finds English where there is English', async () => {
    expect(await extension.page.evaluate(() => chrome.i18n.getUILanguage())).toMatch(new RegExp(`^${language}`));
    // The manifest's description as the browser shows it (chrome://extensions).
    const self = await extension.page.evaluate(() => chrome.management.getSelf());
    expect(self.description).toBe(expected.description);
    const english = englishPatterns(language);
    expect(english.some(({ pattern }) => pattern.test('Log call'))).toBe(true);
    expect(english.some(({ pattern }) => pattern.test(expected.logCall))).toBe(false);
  });

  it('shows the side panel in that language: the calls, a call and what the worker answers, the messages', async () => {
    const panel = await openPage(extension, 'sidepanel.html');
    const items = panel.locator('#calls li');
    await items.first().waitFor();
    await panel.getByRole('heading', { name: expected.calls }).waitFor();
    expect(await items.first().innerText()).toMatch(expected.today);
    await checkPage(panel, language, 'sidepanel');

    await items.nth(1).getByRole('button').click();
    await panel.getByRole('heading', { name: expected.logCall }).waitFor();
    await panel.locator('.contact-choice').waitFor();
    await checkPage(panel, language, 'log-form');
    // The worker answers "Call logged"; the page shows it in its language (docs/i18n.md, "Text from the worker").
    await panel.getByRole('button', { name: expected.logCall }).click();
    await panel.getByRole('status').filter({ hasText: expected.logged }).waitFor();

    await panel.locator('#tab-messages').click();
    await panel.locator('#conversations li').first().waitFor();
    await checkPage(panel, language, 'messages');
    await panel.locator('#conversations li button').first().click();
    await panel.getByRole('button', { name: expected.logMessages }).waitFor();
    await panel.locator('#message-form-view select:not([disabled])').first().waitFor();
    await checkPage(panel, language, 'message-form');
    await panel.close();
  });

  it('shows the options in that language, also a CRM form built from connector metadata, opened out', async () => {
    const options = await openPage(extension, 'options.html', OPTIONS_SIZE);
    await options.getByRole('heading', { name: expected.options }).waitFor();
    await options.locator('#auto-log-body .actions button').waitFor();
    await options.locator('#backend-body .actions button').waitFor();
    await checkPage(options, language, 'options');

    await options.locator('#crm-body select').selectOption('pipedrive');
    await options.locator('#crm-body details.oauth-app').waitFor();
    await options.locator('#crm-body details').evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
    await checkPage(options, language, 'options-pipedrive');
    await options.close();
  });

  it('shows the welcome page in that language', async () => {
    const welcome = await openPage(extension, 'welcome.html', OPTIONS_SIZE);
    await welcome.locator('#open-panel').waitFor();
    expect(await welcome.locator('html').getAttribute('lang')).toMatch(new RegExp(`^${language}`));
    await checkPage(welcome, language, 'welcome');
    await welcome.close();
  });

  it('shows the statistics in that language, numbers and days included', async () => {
    const stats = await openPage(extension, 'stats.html', OPTIONS_SIZE);
    await stats.getByRole('heading', { name: expected.stats, exact: true }).waitFor();
    await stats.locator('#totals .total').first().waitFor();
    await stats.locator('svg.chart').waitFor();
    await checkPage(stats, language, 'stats');
    await stats.close();
  });
});
