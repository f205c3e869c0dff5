/**
 * The toolbar badge of the built extension, read with chrome.action.getBadgeText from an
 * extension page: it counts the conversations not logged, and with auto-log on the calls it left
 * for a person (and logs the conversations it can); a message log, a call logged from the side panel and a sync each count again.
 */
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/launch-extension';
import { openPage } from './support/open-page';

let extension: LaunchedExtension;
let conversations: { conversationLogId: string; conversationId: string; correspondents: unknown[]; messages: unknown[] }[];

const badge = () => extension.page.evaluate(() => chrome.action.getBadgeText({}));
const asCount = (text: string) => (text === '' ? 0 : Number(text));

beforeAll(async () => {
  extension = await launchExtension();
  conversations = (await extension.api({ method: 'GET', path: '/messages' })).body.conversations;
});

afterAll(async () => {
  await extension?.close();
});

describe('the toolbar badge', () => {
  it('counts the conversations not logged (auto-log off: no call counts)', async () => {
    expect(conversations.length).toBeGreaterThan(1);
    expect(await badge()).toBe(String(conversations.length));
  });

  it('counts one less once a conversation is logged', async () => {
    const [first] = conversations;
    const { conversationLogId, conversationId, correspondents, messages } = first!;
    const logged = await extension.api({
      method: 'POST',
      path: '/messageLog',
      body: {
        logInfo: { messages, correspondents, conversationId, conversationLogId },
        contactId: 'c-1',
        contactType: 'contact',
        contactName: 'Dana Whitfield',
      },
    });
    expect(logged.body.successful).toBe(true);
    // Counted just after the answer (src/api/start-api.ts), so read until it shows.
    await expect.poll(badge).toBe(String(conversations.length - 1));
  });

  it('with auto-log on, adds the calls it left for a person after the sync', async () => {
    await extension.api({ method: 'PUT', path: '/settings/autoLog', body: { enabled: true } });
    await extension.api({ method: 'GET', path: '/calls' });
    // sample-1 and sample-6 match several contacts, sample-4 none (test/e2e/auto-log.test.ts);
    // auto-log also logs Marcus's voicemail, and leaves Dana's conversations (her number is Sam's too).
    await expect.poll(badge, { timeout: 15_000 }).toBe(String(conversations.length - 2 + 3));
  });

  it('counts one less after a call is logged by hand from the side panel', async () => {
    const before = asCount(await badge());
    const panel: Page = await openPage(extension, 'sidepanel.html');
    await panel
      .getByRole('list', { name: 'Calls' })
      .getByRole('button', { name: /Whitfield Consulting/ })
      .click();
    await panel.getByRole('radio', { name: /Dana Whitfield/ }).click();
    await panel.getByRole('button', { name: 'Log call' }).click();
    await panel.getByRole('status').filter({ hasText: 'Call logged' }).waitFor();
    await expect.poll(async () => asCount(await badge())).toBe(before - 1);
    await panel.close();
  });
});
