/**
 * The dialer's local paths: settings with their defaults and the widget URL rule, the note of a
 * live call kept per session, and the contact link of the connected CRM (Example CRM).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { EMBEDDABLE_APP_URL } from '../../src/protocol/schemas/dialer';
import { api } from '../support/api';
import { resetExtension } from '../support/reset';

beforeEach(async () => {
  await resetExtension();
});

describe('GET and PUT /settings/dialer', () => {
  it('is off by default, with the public Embeddable app and the redirect URI to register', async () => {
    const { body } = await api({ method: 'GET', path: '/settings/dialer' });
    expect(body.settings).toEqual({
      enabled: false,
      widgetUrl: EMBEDDABLE_APP_URL,
      clientId: '',
      serverUrl: 'https://platform.ringcentral.com',
      contactPop: 'ring',
      logFormAtHangUp: false,
      autoLog: false,
    });
    expect(body.redirectUri).toMatch(/^https:\/\/.+\.chromiumapp\.org\/ringcentral$/);
  });

  it('accepts a loopback widget over http, and refuses any other origin or plain http elsewhere', async () => {
    const put = (widgetUrl: string) => api({ method: 'PUT', path: '/settings/dialer', body: { enabled: true, widgetUrl } });
    expect((await put('http://127.0.0.1:5173/app.html')).status).toBe(200);
    expect((await put('http://localhost:8080/app.html')).status).toBe(200);
    for (const refused of ['http://apps.ringcentral.com/integration/app.html', 'https://evil.example/app.html', 'javascript:alert(1)']) {
      const answer = await put(refused);
      expect(answer.status).toBe(400);
      expect(answer.body.returnMessage.message).toContain('widgetUrl');
    }
    expect((await api({ method: 'GET', path: '/settings/dialer' })).body.settings.widgetUrl).toBe('http://localhost:8080/app.html');
  });
});

describe('the note of a live call', () => {
  it('is kept per session until it is read for the log', async () => {
    await api({ method: 'PUT', path: '/callLog/note', body: { sessionId: 's-1', note: 'Wants a quote.' } });
    await api({ method: 'PUT', path: '/callLog/note', body: { sessionId: 's-2', note: 'Other call.' } });
    expect((await api({ method: 'GET', path: '/callLog/note', query: { sessionId: 's-1' } })).body.note).toBe('Wants a quote.');
    expect((await api({ method: 'GET', path: '/callLog/note', query: { sessionId: 'unknown' } })).body.note).toBe('');
  });
});

describe('GET /contactUrl', () => {
  it("links to the Example CRM's contact page", async () => {
    const { body } = await api({ method: 'GET', path: '/contactUrl', query: { contactId: 'c-3' } });
    expect(body.url).toMatch(/\/example-crm\.html#contact\/c-3$/);
  });
});
