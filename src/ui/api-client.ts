/**
 * How extension pages talk to the service worker: the one API envelope, nothing else. A path of
 * the route table (`'GET /callLog'`) picks the input it takes and the answer it gives, so a page
 * reads what the worker really sends. It never throws: a worker that cannot be reached (the
 * extension was just updated or reloaded) gives an answer shaped like any other failure, with a
 * message that says what to do.
 */
import browser from 'webextension-polyfill';
import type { ApiResponse } from '../protocol/envelope';
import { error } from '../protocol/return-message';
import type { RouteAnswer, RouteInput, RouteKey } from '../protocol/routes';
import { t } from './i18n';
import { workerTextReady } from './worker-text';

/** The input may be left out when nothing in it is required. */
type InputArgs<K extends RouteKey> = {} extends RouteInput<K> ? [input?: RouteInput<K>] : [input: RouteInput<K>];

export async function callApi<K extends RouteKey>(route: K, ...[input]: InputArgs<K>): Promise<RouteAnswer<K>> {
  // An answer's texts are shown in the page's language only once the worker-text patterns are read.
  await workerTextReady;
  const [method, path] = route.split(' ');
  const { query, body } = (input ?? {}) as { query?: unknown; body?: unknown };
  try {
    const answer = (await browser.runtime.sendMessage({ type: 'api', method, path, query, body })) as ApiResponse<RouteAnswer<K>> | undefined;
    if (answer && typeof answer.status === 'number') return answer.body;
  } catch {
    // Falls through to the answer below.
  }
  const returnMessage = error(t('common_no_answer'), 8000, t('common_no_answer_hint'));
  return { successful: false, returnMessage } as RouteAnswer<K>;
}
