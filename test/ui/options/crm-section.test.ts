/**
 * The options page's CRM section after the CRM itself ended the sign-in (a refused renewal): the
 * signed-out CRM's own form is the only one ever drawn (not the first CRM's, then that one), with
 * the "Signed out" notice once. Real router behind the fake browser's runtime messaging.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { oauthAppsSetting } from '../../../src/auth/oauth-settings';
import { removeConnection, saveConnection } from '../../../src/storage/connections';
import { putOutboxItem } from '../../../src/storage/outbox-store';
import { activeCrmSetting } from '../../../src/storage/settings';
import { mountCrmSection } from '../../../src/ui/options/crm-section';
import { api } from '../../support/api';
import { resetExtension } from '../../support/reset';

let section: HTMLElement;
const buttons = (text: string) => [...section.querySelectorAll('button')].filter((b) => b.textContent === text);

/** Every form part the section ever drew, each once: an OAuth part, or the key field of the CRM form. */
function recordDrawnParts(): string[] {
  const seen = new Set<Element>();
  const drawn: string[] = [];
  const note = (element: Element, what: string) => seen.has(element) || (seen.add(element), drawn.push(what));
  new MutationObserver((records) => {
    for (const node of records.flatMap((record) => [...record.addedNodes])) {
      if (!(node instanceof HTMLElement)) continue;
      for (const part of [node, ...node.querySelectorAll('*')]) {
        if (part.matches('.oauth')) note(part, 'oauth');
        if (part.matches('input[type=password]') && !part.closest('.oauth, .partner-key')) note(part, 'key');
      }
    }
  }).observe(section, { childList: true, subtree: true });
  return drawn;
}

async function signedOutBy(platform: string, kind: 'apiKey' | 'oauth'): Promise<void> {
  const user = { id: 'u-1', platform, name: 'Dana', hostname: 'h', timezoneOffset: null, platformAdditionalInfo: {} };
  await saveConnection({ user, credential: kind === 'oauth' ? { kind, accessToken: 'a', refreshToken: 'r' } : { kind, apiKey: 'k' } });
  await activeCrmSetting.set({ platform });
  await removeConnection(platform, { revoked: true });
}

beforeEach(async () => {
  await resetExtension();
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => api(message as Parameters<typeof api>[0]));
  section = document.createElement('div');
  document.body.replaceChildren(section);
});

describe('CRM section after a sign-out by the CRM', () => {
  it("draws Clio's sign-in once and no key form before it, with the notice once", async () => {
    await oauthAppsSetting.set({ clio: { clientId: 'clio-client', tokenUrl: 'http://127.0.0.1:9/token' } });
    await signedOutBy('clio', 'oauth');
    const drawn = recordDrawnParts();
    await mountCrmSection(section);
    await vi.waitFor(() => expect(buttons('Connect with Clio')[0]?.hidden).toBe(false));
    expect(drawn).toEqual(['oauth']);
    expect(buttons('Connect with Clio')).toHaveLength(1);
    expect(section.querySelectorAll('select')).toHaveLength(1);
    expect((section.querySelector('select') as HTMLSelectElement).value).toBe('clio');
    expect(section.textContent!.match(/Signed out: Clio no longer accepts this sign-in/g)).toHaveLength(1);
    expect(section.querySelector('.status-line')!.textContent).toMatch(/kept and sent once you do\.$/);
  });

  it("says how many calls wait, paused, for the user to connect again (their own, not others')", async () => {
    const paused = { platform: 'clio', userId: 'u-1', body: {}, state: 'paused' as const, attempt: 1, nextAttemptAt: 0, createdAt: 0 };
    await putOutboxItem({ ...paused, sessionId: 's-1', operation: 'create' });
    await putOutboxItem({ ...paused, sessionId: 's-1', operation: 'disposition' });
    await putOutboxItem({ ...paused, sessionId: 's-2', operation: 'create' });
    await putOutboxItem({ ...paused, userId: 'u-2', sessionId: 's-3', operation: 'create' });
    await signedOutBy('clio', 'oauth');
    await mountCrmSection(section);
    expect(section.querySelector('.status-line')!.textContent).toBe(
      'Signed out: Clio no longer accepts this sign-in (it was revoked or expired). Connect again to log calls; calls waiting to be logged are kept and sent once you do. 2 calls wait to be logged.',
    );
  });

  it("draws Pipedrive's key form and sign-in once each", async () => {
    await signedOutBy('pipedrive', 'apiKey');
    const drawn = recordDrawnParts();
    await mountCrmSection(section);
    await vi.waitFor(() => expect(section.querySelector('.oauth-app form')?.textContent).toContain('Client id'));
    expect(drawn.sort()).toEqual(['key', 'oauth']);
    expect(section.querySelectorAll('input[type=password]:not(.oauth *)')).toHaveLength(1);
    expect(section.textContent!.match(/Signed out: Pipedrive/g)).toHaveLength(1);
  });
});
