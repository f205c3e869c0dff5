/**
 * The options page's CRM section with Pipedrive's OAuth, in a real page talking to the real
 * router (through the fake browser's runtime messaging) and the fake Pipedrive's token endpoint
 * behind its exchange proxy. Only the browser's sign-in window is played here: headless Chromium
 * cannot show `identity.launchWebAuthFlow`, so the stub answers as Pipedrive's consent page would.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { oauthAppsSetting } from '../../src/auth/oauth-settings';
import { getConnection } from '../../src/storage/connections';
import { mountCrmSection } from '../../src/ui/options/crm-section';
import { createFakeCompany, type FakeCompanyHandle } from '../fake-servers/pipedrive/control-client';
import { api } from '../support/api';
import { resetExtension } from '../support/reset';

const url = inject('pipedriveUrl');
let company: FakeCompanyHandle;
let section: HTMLElement;

const byLabel = <T extends HTMLElement = HTMLInputElement>(text: string): T => {
  const label = [...section.querySelectorAll('label')].find((l) => l.textContent === text);
  if (!label) throw new Error(`No field labelled ${text}`);
  return document.getElementById(label.htmlFor) as T;
};
const button = (text: string) => [...section.querySelectorAll('button')].find((b) => b.textContent === text);
const fill = (label: string, value: string) => {
  const input = byLabel(label);
  input.value = value;
  input.dispatchEvent(new Event('input'));
};
const toastTexts = () => [...document.querySelectorAll('.toast')].map((toast) => toast.textContent);

async function choosePipedrive(): Promise<void> {
  await vi.waitFor(() => expect(section.textContent).toContain('Connected to Example CRM'));
  const platform = byLabel<HTMLSelectElement>('CRM');
  platform.value = 'pipedrive';
  platform.dispatchEvent(new Event('change'));
  await vi.waitFor(() => expect(section.querySelector('.oauth-app form')?.textContent).toContain('Client id'));
}

beforeEach(async () => {
  await resetExtension();
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => api(message as Parameters<typeof api>[0]));
  company = await createFakeCompany(url);
  section = document.createElement('div');
  document.body.replaceChildren(section);
  await mountCrmSection(section);
});

describe('Connect with Pipedrive (OAuth)', () => {
  it('is offered once an operator saved the OAuth app, and signs in with the code of the sign-in window', async () => {
    await choosePipedrive();
    expect(button('Connect with Pipedrive')!.hidden).toBe(true);
    expect(section.textContent).toContain('Signing in with Pipedrive needs an OAuth app set up by your admin');
    expect(section.textContent).toContain('https://test-extension-id.chromiumapp.org/pipedrive');
    expect(section.textContent).toContain('None of these settings is secret');

    fill('Client id', 'fake-client-id');
    fill('Token-exchange URL', `${url}/exchange/token`);
    fill('Revoke URL (optional)', `${url}/exchange/revoke`);
    fill('Authorize URL (optional)', `${url}/oauth/authorize`);
    button('Save OAuth app')!.click();
    await vi.waitFor(() => expect(button('Connect with Pipedrive')!.hidden).toBe(false));
    expect(await oauthAppsSetting.get()).toEqual({
      pipedrive: {
        clientId: 'fake-client-id',
        tokenUrl: `${url}/exchange/token`,
        revokeUrl: `${url}/exchange/revoke`,
        authorizeUrl: `${url}/oauth/authorize`,
      },
    });
    expect(toastTexts()).toContain('OAuth app for Pipedrive saved.×');

    const opened: string[] = [];
    fakeBrowser.identity.launchWebAuthFlow = async ({ url: authorizeUrl, interactive }) => {
      opened.push(authorizeUrl);
      expect(interactive).toBe(true);
      const authorize = new URL(authorizeUrl);
      const redirect = authorize.searchParams.get('redirect_uri')!;
      return `${redirect}?code=${await company.oauthCode(redirect)}&state=${authorize.searchParams.get('state')}`;
    };
    button('Connect with Pipedrive')!.click();
    await vi.waitFor(() => expect(section.textContent).toContain('Connected to Pipedrive as Priya Raman.'));
    expect(opened).toHaveLength(1);
    expect(new URL(opened[0]!).searchParams.get('client_id')).toBe('fake-client-id');
    expect((await company.state()).tokenGrants).toEqual(['authorization_code']);
    expect((await getConnection('pipedrive'))?.credential.kind).toBe('oauth');
    expect(document.body.innerHTML).not.toContain(
      ((await getConnection('pipedrive')) as { credential: { accessToken: string } }).credential.accessToken,
    );
    // The API now logs for Pipedrive with the Bearer token.
    expect((await api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550123' } })).body.contact[0].name).toBe('Elena Ruiz');
  });

  it('says what to do when the sign-in window is closed, and stays connected as before', async () => {
    await oauthAppsSetting.set({ pipedrive: { clientId: 'fake-client-id', tokenUrl: `${url}/exchange/token` } });
    await choosePipedrive();
    await vi.waitFor(() => expect(button('Connect with Pipedrive')!.hidden).toBe(false));
    fakeBrowser.identity.launchWebAuthFlow = async () => {
      throw new Error('The user did not approve access.');
    };
    button('Connect with Pipedrive')!.click();
    await vi.waitFor(() => expect(toastTexts().join()).toContain('The Pipedrive sign-in was closed or could not finish.'));
    expect(section.textContent).toContain('Connected to Example CRM');
    expect(await getConnection('pipedrive')).toBeUndefined();
  });

  it('hides the sign-in again when the OAuth app is removed', async () => {
    await oauthAppsSetting.set({ pipedrive: { clientId: 'fake-client-id', tokenUrl: `${url}/exchange/token` } });
    await choosePipedrive();
    await vi.waitFor(() => expect(byLabel('Client id').value).toBe('fake-client-id'));
    button('Remove')!.click();
    await vi.waitFor(() => expect(button('Connect with Pipedrive')!.hidden).toBe(true));
    expect(await oauthAppsSetting.get()).toEqual({});
    expect(byLabel('Client id').value).toBe('');
  });
});
