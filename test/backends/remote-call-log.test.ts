/**
 * /callLog through the remote backend against the fake App Connect server: one POST per
 * session, never a blind second one, the "Existing log" answer completed with its logId, and
 * GET /callLog cut into fives and answered from the ledger where it can be.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { connect, freshStart, logRequest, remoteApi, server } from './remote-test-kit';

const USER_ID = 'u-1001-peerCRM';

beforeEach(freshStart);

const sessionIdsOf = (query: Record<string, string>) => query.sessionIds!.split(',');

describe('POST /callLog through an App Connect server', () => {
  it('logs once; a second POST is answered from the ledger, with the logId and no request', async () => {
    const api = remoteApi();
    await connect(api);
    const created = await api({ method: 'POST', path: '/callLog', body: logRequest('s-1') });
    expect(created).toEqual({
      status: 200,
      body: { successful: true, logId: 'act-1', returnMessage: { message: 'Call logged', messageType: 'success', ttl: 2000 } },
    });

    const again = await api({ method: 'POST', path: '/callLog', body: logRequest('s-1') });
    expect(again.body).toEqual({
      successful: false,
      logId: 'act-1',
      returnMessage: { message: 'Existing log for session s-1', messageType: 'warning', ttl: 3000 },
    });
    expect(await server.requestsTo('POST /callLog')).toHaveLength(1);
    expect(await server.requestsTo('GET /callLog')).toHaveLength(0);
  });

  it('sends one POST for 20 concurrent ones of a session, so the weak server guard is never tried', async () => {
    const api = remoteApi();
    await connect(api);
    await server.setControls({ callLogCreateDelayMs: 100 });
    const answers = await Promise.all(Array.from({ length: 20 }, () => api({ method: 'POST', path: '/callLog', body: logRequest('race') })));
    expect(answers.filter((a) => a.body.successful)).toHaveLength(1);
    expect(new Set(answers.map((a) => a.body.logId))).toEqual(new Set(['act-1']));
    expect((await server.stats()).activitiesBySession.race).toBe(1);
    expect(await server.requestsTo('POST /callLog')).toHaveLength(1);
  });

  it('completes the server\'s "Existing log" answer (no logId) from GET /callLog', async () => {
    const api = remoteApi();
    await connect(api);
    const { logId } = await server.seedLog(USER_ID, logRequest('elsewhere'));
    const answer = await api({ method: 'POST', path: '/callLog', body: logRequest('elsewhere') });
    expect(answer.body).toEqual({
      successful: false,
      logId,
      returnMessage: { message: 'Existing log for session elsewhere', messageType: 'warning', ttl: 3000 },
    });
    const asked = (await server.stats()).requests.filter((r) => r.path === '/callLog').map((r) => `${r.method} ${r.query.sessionIds ?? ''}`);
    expect(asked).toEqual(['POST ', 'GET elsewhere']);
    // Now known here: the side panel sees it logged without asking the server.
    const looked = await api({ method: 'GET', path: '/callLog', query: { sessionIds: 'elsewhere' } });
    expect(looked.body.logs).toEqual([{ sessionId: 'elsewhere', matched: true, logId }]);
    expect(await server.requestsTo('GET /callLog')).toHaveLength(1);
  });

  it('always sends logInfo.id or telephonySessionId, so the server can save its mapping', async () => {
    const api = remoteApi();
    await connect(api);
    const request = logRequest('bare');
    const { id: _id, telephonySessionId: _t, ...logInfo } = request.logInfo;
    const answer = await api({ method: 'POST', path: '/callLog', body: { ...request, logInfo } });
    expect(answer.body.successful).toBe(true);
    const [sent] = await server.requestsTo('POST /callLog');
    expect((sent!.body as { logInfo: { id?: string } }).logInfo.id).toBe('bare');
  });

  it('after a timeout, asks GET /callLog before any second POST, and adopts the log the server finished', async () => {
    const api = remoteApi({ createTimeoutMs: 150 });
    await connect(api);
    await server.setControls({ holdCallLogCreate: true });
    const first = await api({ method: 'POST', path: '/callLog', body: logRequest('slow') });
    expect(first.body).toMatchObject({
      successful: false,
      state: 'logging',
      returnMessage: { message: 'The App Connect server did not confirm the log.' },
    });

    // The server is still creating: "not logged" is not trusted yet, nothing is sent again.
    const early = await api({ method: 'POST', path: '/callLog', body: logRequest('slow') });
    expect(early.body).toMatchObject({
      successful: false,
      state: 'logging',
      returnMessage: { message: 'The App Connect server has not confirmed this call yet.' },
    });
    expect(await server.requestsTo('POST /callLog')).toHaveLength(1);
    expect((await server.requestsTo('GET /callLog')).map((r) => r.query.sessionIds)).toEqual(['slow']);

    expect(await server.release()).toEqual({ released: 1 });
    await vi.waitFor(async () => expect((await server.stats()).activitiesBySession.slow).toBe(1));
    const later = await api({ method: 'POST', path: '/callLog', body: logRequest('slow') });
    expect(later.body).toEqual({
      successful: false,
      logId: 'act-1',
      returnMessage: { message: 'Existing log for session slow', messageType: 'warning', ttl: 3000 },
    });
    expect(await server.requestsTo('POST /callLog')).toHaveLength(1);
    expect((await server.stats()).activitiesBySession.slow).toBe(1);
  });

  it('sends a lost POST again only when GET /callLog says "not logged" after the settle time', async () => {
    let clock = 1_000_000;
    const api = remoteApi({ now: () => clock, settleMs: 60_000 });
    await connect(api);
    await server.setControls({ dropNextCallLogPost: 'beforeCreate' });
    const lost = await api({ method: 'POST', path: '/callLog', body: logRequest('lost') });
    expect(lost.body).toMatchObject({ successful: false, state: 'logging' });

    const tooSoon = await api({ method: 'POST', path: '/callLog', body: logRequest('lost') });
    expect(tooSoon.body).toMatchObject({ successful: false, state: 'logging' });
    expect(await server.requestsTo('POST /callLog')).toHaveLength(1);

    clock += 60_001;
    const resent = await api({ method: 'POST', path: '/callLog', body: logRequest('lost') });
    expect(resent.body).toMatchObject({ successful: true, logId: 'act-1' });
    const order = (await server.stats()).requests.filter((r) => r.path === '/callLog').map((r) => r.method);
    expect(order).toEqual(['POST', 'GET', 'GET', 'POST']);
    expect((await server.stats()).activitiesBySession.lost).toBe(1);
  });

  it('adopts a log whose answer was lost after the server saved it, without a second POST', async () => {
    const api = remoteApi();
    await connect(api);
    await server.setControls({ dropNextCallLogPost: 'afterSave' });
    expect((await api({ method: 'POST', path: '/callLog', body: logRequest('dropped') })).body).toMatchObject({ state: 'logging' });
    const looked = await api({ method: 'GET', path: '/callLog', query: { sessionIds: 'dropped' } });
    expect(looked.body.logs).toEqual([{ sessionId: 'dropped', matched: true, logId: 'act-1' }]);
    const again = await api({ method: 'POST', path: '/callLog', body: logRequest('dropped') });
    expect(again.body).toMatchObject({ successful: false, logId: 'act-1' });
    expect(await server.requestsTo('POST /callLog')).toHaveLength(1);
  });

  it('treats a 5xx as an unknown outcome, and the mapping failure as "needs review"', async () => {
    const api = remoteApi();
    await connect(api);
    await server.setControls({ failNext: { 'POST /callLog': { status: 502, text: 'Bad Gateway' } } });
    expect((await api({ method: 'POST', path: '/callLog', body: logRequest('gateway') })).body).toMatchObject({ state: 'logging' });

    await server.setControls({
      failNext: {
        'POST /callLog': {
          status: 200,
          json: { successful: false, returnMessage: { message: 'Database operation failed', messageType: 'warning', ttl: 5000 } },
        },
      },
    });
    const unsure = await api({ method: 'POST', path: '/callLog', body: logRequest('mapping') });
    expect(unsure.body).toMatchObject({ successful: false, state: 'needsReview' });
    expect((await api({ method: 'POST', path: '/callLog', body: logRequest('mapping') })).body).toMatchObject({ state: 'needsReview' });
    expect(
      (await server.requestsTo('POST /callLog')).filter((r) => (r.body as { logInfo: { sessionId: string } }).logInfo.sessionId === 'mapping'),
    ).toHaveLength(1);
  });
});

describe('GET /callLog through an App Connect server', () => {
  it('asks five session ids at a time, merges in order, and does not ask again about known logs', async () => {
    const api = remoteApi();
    await connect(api);
    await api({ method: 'POST', path: '/callLog', body: logRequest('mine') });
    const { logId: seeded } = await server.seedLog(USER_ID, logRequest('theirs'));
    const unknown = Array.from({ length: 10 }, (_, i) => `u${i}`);
    const ids = ['mine', ...unknown.slice(0, 5), 'theirs', ...unknown.slice(5)];

    const { body } = await api({ method: 'GET', path: '/callLog', query: { sessionIds: ids.join(',') } });
    expect(body.successful).toBe(true);
    expect(body.logs.map((l: { sessionId: string }) => l.sessionId)).toEqual(ids);
    expect(body.logs.filter((l: { matched: boolean }) => l.matched)).toEqual([
      { sessionId: 'mine', matched: true, logId: 'act-1' },
      { sessionId: 'theirs', matched: true, logId: seeded },
    ]);
    const gets = await server.requestsTo('GET /callLog');
    expect(gets.every((r) => sessionIdsOf(r.query).length <= 5)).toBe(true);
    expect(gets.flatMap((r) => sessionIdsOf(r.query)).sort()).toEqual(ids.filter((id) => id !== 'mine').sort());

    await api({ method: 'GET', path: '/callLog', query: { sessionIds: ids.join(',') } });
    const second = (await server.requestsTo('GET /callLog')).slice(gets.length);
    expect(second.flatMap((r) => sessionIdsOf(r.query)).sort()).toEqual(unknown.slice().sort());

    await api({ method: 'GET', path: '/callLog', query: { sessionIds: 'mine,theirs' } });
    expect(await server.requestsTo('GET /callLog')).toHaveLength(gets.length + second.length);
  });

  it('gives details in the local shape, asking the server for every id, five at a time', async () => {
    const api = remoteApi();
    await connect(api);
    await api({ method: 'POST', path: '/callLog', body: logRequest('detailed', { customSubject: 'Renewal call' }) });
    const ids = ['detailed', 'a', 'b', 'c', 'd', 'e', 'f'];
    const { body } = await api({ method: 'GET', path: '/callLog', query: { sessionIds: ids.join(','), requireDetails: 'true' } });
    expect(body.returnMessage).toEqual({ message: 'Call log fetched.', messageType: 'success', ttl: 3000 });
    expect(body.logs[0]).toEqual({
      sessionId: 'detailed',
      matched: true,
      logId: 'act-1',
      logData: {
        subject: 'Renewal call',
        note: 'Asked about the renewal.',
        fullBody: expect.stringContaining('- Summary: Renewal call\n'),
        dispositions: {},
      },
    });
    expect(body.logs.slice(1)).toEqual(ids.slice(1).map((sessionId) => ({ sessionId, matched: false })));
    // Chunks go out side by side, so they may arrive in either order.
    const asked = (await server.requestsTo('GET /callLog')).map((r) => [r.query.sessionIds, r.query.requireDetails]);
    expect(asked.sort()).toEqual([
      ['detailed,a,b,c,d', 'true'],
      ['e,f', 'true'],
    ]);
  });
});

describe('PATCH /callLog through an App Connect server', () => {
  it('updates a logged call, and explains the bare failure for a call that is not logged', async () => {
    const api = remoteApi();
    await connect(api);
    await api({ method: 'POST', path: '/callLog', body: logRequest('upd') });
    const patched = await api({ method: 'PATCH', path: '/callLog', body: { sessionId: 'upd', note: 'Quote sent.' } });
    expect(patched.body).toEqual({
      successful: true,
      logId: 'act-1',
      updatedNote: 'Quote sent.',
      returnMessage: { message: 'Call log updated.', messageType: 'success', ttl: 2000 },
    });

    const unknown = await api({ method: 'PATCH', path: '/callLog', body: { sessionId: 'no-such-session', note: 'x' } });
    expect(unknown.body).toEqual({
      successful: false,
      returnMessage: {
        message: 'This call has not been logged yet, so there is nothing to update. Log it first.',
        messageType: 'warning',
        ttl: 5000,
      },
    });
  });
});
