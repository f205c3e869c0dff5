/**
 * Requests that could make the worker ask Pipedrive without end: megabytes of query, details of
 * many (or many times the same) sessions, a `javascript:` recording link in a PATCH. Each is
 * refused or answered with a bounded number of CRM requests.
 */
import { describe, expect, it } from 'vitest';
import { MAX_DETAIL_SESSION_IDS } from '../../../src/protocol/schemas/common';
import { api } from '../../support/api';
import { connectPipedrive, logElenaCall } from './connect-pipedrive';

describe('bounded Pipedrive requests', () => {
  it.each([
    ['sessionIds', { sessionIds: Array.from({ length: 40_000 }, (_, i) => `s-${i}-${'x'.repeat(90)}`).join(',') }, 'GET', '/callLog'],
    ['phoneNumber', { phoneNumber: '+1'.padEnd(3_000_000, '5') }, 'GET', '/contact'],
    ['an unknown key', { sessionIds: 's-1', junk: 'j'.repeat(5_000_000) }, 'GET', '/callLog'],
  ] as const)('a multi-megabyte query (%s) is refused without a CRM request', async (_, query, method, path) => {
    const company = await connectPipedrive();
    const answer = await api({ method, path, query });
    expect(answer.status).toBe(400);
    expect(answer.body.returnMessage.message.length).toBeLessThan(600);
    expect(await company.requests()).toEqual([]);
  });

  it('requireDetails asks Pipedrive once per logged record, however often a session is listed', async () => {
    const company = await connectPipedrive();
    const ids = ['s-d1', 's-d2', 's-d3'];
    for (const id of ids) expect((await logElenaCall(id)).body.successful).toBe(true);
    await company.clearRequests();
    const listed = [...Array.from({ length: 15 }, () => ids).flat(), 'never-logged'];
    const answer = await api({ method: 'GET', path: '/callLog', query: { sessionIds: listed.join(','), requireDetails: 'true' } });
    expect(answer.body.logs).toHaveLength(listed.length);
    expect(answer.body.logs.filter((log: { logData?: unknown }) => log.logData)).toHaveLength(45);
    const reads = (await company.requests()).filter((r) => r.method === 'GET' && r.path.startsWith('/api/v2/activities/'));
    expect(reads).toHaveLength(3);
  });

  it(`requireDetails takes at most ${MAX_DETAIL_SESSION_IDS} different sessions`, async () => {
    const company = await connectPipedrive();
    const many = Array.from({ length: MAX_DETAIL_SESSION_IDS + 1 }, (_, i) => `s-${i}`).join(',');
    const answer = await api({ method: 'GET', path: '/callLog', query: { sessionIds: many, requireDetails: 'true' } });
    expect(answer).toMatchObject({ status: 400 });
    expect(answer.body.returnMessage.message).toContain(`sessionIds must list at most ${MAX_DETAIL_SESSION_IDS} different session ids`);
    expect(await company.requests()).toEqual([]);
    // Without details, ten thousand are answered from the ledger alone.
    const ledgerOnly = Array.from({ length: 10_000 }, (_, i) => `s-${i}`).join(',');
    expect((await api({ method: 'GET', path: '/callLog', query: { sessionIds: ledgerOnly } })).body.logs).toHaveLength(10_000);
    expect(await company.requests()).toEqual([]);
  });

  it('a javascript: recording link in a PATCH never reaches the body', async () => {
    const company = await connectPipedrive();
    expect((await logElenaCall('s-js')).body.successful).toBe(true);
    for (const recordingLink of ['javascript:alert(document.cookie)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      const answer = await api({ method: 'PATCH', path: '/callLog', body: { sessionId: 's-js', recordingLink } });
      expect(answer.body.successful).toBe(true);
      const [activity] = (await company.state()).activities;
      expect(activity!.note).not.toMatch(/javascript:|data:/i);
      expect(activity!.note).toContain('<li><b>Call recording link</b>: (pending...)</li>');
    }
  });
});
