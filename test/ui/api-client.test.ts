/**
 * The pages' client of the message API: a path of the route table becomes the envelope the
 * worker reads, its answer comes back as the body, and a worker that does not answer gives a
 * failure that says what to do instead of an exception.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { callApi } from '../../src/ui/api-client';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('callApi', () => {
  it('sends the method, path, query and body of the route, and gives the answer body', async () => {
    const sent: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      sent.push(message);
      return Promise.resolve({ status: 200, body: { successful: true, logs: [], returnMessage: null } });
    });
    const answer = await callApi('GET /callLog', { query: { sessionIds: 'a,b' } });
    expect(sent).toEqual([{ type: 'api', method: 'GET', path: '/callLog', query: { sessionIds: 'a,b' }, body: undefined }]);
    expect(answer).toEqual({ successful: true, logs: [], returnMessage: null });
  });

  it('answers a failure with what to do when the worker does not answer', async () => {
    const answer = await callApi('GET /outbox');
    if (answer.successful) throw new Error('expected a failure');
    expect(answer.returnMessage).toMatchObject({ message: 'The extension did not answer.', messageType: 'error' });
  });
});
