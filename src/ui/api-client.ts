/**
 * How extension pages talk to the service worker: the one API envelope, nothing else. It never
 * throws: a worker that cannot be reached (the extension was just updated or reloaded) gives an
 * answer shaped like any other failure, with a message that says what to do.
 */
import browser from 'webextension-polyfill';
import type { ApiResponse } from '../protocol/envelope';
import { error, type ReturnMessage } from '../protocol/return-message';

export interface CallOptions {
  query?: Record<string, string>;
  body?: unknown;
}

/** What every answer body may carry; each page narrows it to the fields it reads. */
export interface AnswerBody {
  successful?: boolean;
  returnMessage?: ReturnMessage | null;
}

export async function callApi<Body extends AnswerBody = AnswerBody & Record<string, unknown>>(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  { query, body }: CallOptions = {},
): Promise<ApiResponse<Body>> {
  try {
    const answer = (await browser.runtime.sendMessage({ type: 'api', method, path, query, body })) as ApiResponse<Body> | undefined;
    if (answer && typeof answer.status === 'number') return answer;
  } catch {
    // Falls through to the answer below.
  }
  const returnMessage = error('The extension did not answer.', 8000, 'Close this page and open it again. If that does not help, reload the extension.');
  return { status: 0, body: { successful: false, returnMessage } as Body };
}
