/**
 * The request budget of docs/pipedrive.md ("Caches and the request budget"), counted on the
 * fake's side: every operation with cold caches (a fresh login) and warm ones (after the contact
 * lookup a call log follows).
 */
import browser from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { api } from '../../support/api';
import { connectPipedrive, logElenaCall } from './connect-pipedrive';

describe('Pipedrive request budget', () => {
  it('costs what the spec allows, cold and warm', async () => {
    const company = await connectPipedrive();
    const count = async (work: () => Promise<unknown>) => {
      await company.clearRequests();
      await work();
      return (await company.requestLines()).length;
    };
    const find = () => api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550123' } });
    const forgetCaches = async () =>
      browser.storage.local.remove(Object.keys(await browser.storage.local.get(null)).filter((key) => key.startsWith('cache:')));
    const details = (sessionId: string) => api({ method: 'GET', path: '/callLog', query: { sessionIds: sessionId, requireDetails: 'true' } });

    const budget = {
      login: await count(() =>
        api({ method: 'POST', path: '/apiKeyLogin', body: { platform: 'pipedrive', apiKey: company.apiToken, hostname: company.url } }),
      ),
      createCallLogCold: await count(() => logElenaCall('budget-cold')),
      getCallLogCold: await count(async () => (await forgetCaches(), details('budget-cold'))),
      findContactCold: await count(async () => (await forgetCaches(), find())),
      findContactWarm: await count(find),
      createCallLogWarm: await count(() => logElenaCall('budget-warm')),
      getCallLogWarm: await count(() => details('budget-warm')),
      updateCallLog: await count(() => api({ method: 'PATCH', path: '/callLog', body: { sessionId: 'budget-warm', note: 'n' } })),
      disposition: await count(() =>
        api({ method: 'PUT', path: '/callDisposition', body: { sessionId: 'budget-warm', dispositions: { deals: 1204 } } }),
      ),
      dispositionNone: await count(() => api({ method: 'PUT', path: '/callDisposition', body: { sessionId: 'budget-warm', dispositions: {} } })),
      createContact: await count(() =>
        api({ method: 'POST', path: '/contact', body: { phoneNumber: '+14155550188', newContactName: 'Dmitri Volkov' } }),
      ),
    };
    expect(budget).toEqual({
      login: 1,
      createCallLogCold: 3, // activity types, person (org), POST
      getCallLogCold: 2, // activity, person (name)
      findContactCold: 5, // search, deals, leads, created dates, activity types (once a day)
      findContactWarm: 4,
      createCallLogWarm: 1,
      getCallLogWarm: 1,
      updateCallLog: 2, // GET (the body must be re-read) + PATCH
      disposition: 1,
      dispositionNone: 0,
      createContact: 1,
    });
  });
});
