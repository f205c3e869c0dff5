/**
 * Timings taken inside an extension page with `performance.now()`, around the very call a page
 * makes (`runtime.sendMessage` or `fetch`), so Playwright's own round trip is never counted.
 */
import type { Page } from 'playwright';
import type { ApiRequest } from '../../scripts/launch-extension';

export interface TimedAnswer {
  ms: number;
  status: number;
  successful: boolean;
  logId?: string;
  message?: string;
}

/** Sends the requests through the message API, `concurrency` at a time, in order within each lane. */
export function timedApiCalls(page: Page, requests: readonly ApiRequest[], concurrency = 1): Promise<TimedAnswer[]> {
  return page.evaluate(
    async ({ requests, concurrency }) => {
      const answers: TimedAnswer[] = new Array(requests.length);
      let next = 0;
      // No named functions in here: the bundler would wrap them in a helper the page does not have.
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          for (let i = next++; i < requests.length; i = next++) {
            const started = performance.now();
            const answer = await chrome.runtime.sendMessage({ type: 'api', ...requests[i] });
            const ms = performance.now() - started;
            const body = answer?.body ?? {};
            answers[i] = {
              ms,
              status: answer?.status,
              successful: body.successful === true,
              logId: body.logId,
              message: body.returnMessage?.message,
            };
          }
        }),
      );
      return answers;
    },
    { requests, concurrency },
  );
}

export interface DirectRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: unknown;
}

/** The floor: the same HTTP request sent `times` times straight from the page, one after another. */
export function timedFetches(page: Page, request: DirectRequest, times: number): Promise<{ ms: number; status: number }[]> {
  return page.evaluate(
    async ({ request, times }) => {
      const timings: { ms: number; status: number }[] = [];
      for (let i = 0; i < times; i++) {
        const started = performance.now();
        const response = await fetch(request.url, {
          method: request.method,
          headers: request.headers,
          body: request.body === undefined ? undefined : JSON.stringify(request.body),
        });
        await response.json();
        timings.push({ ms: performance.now() - started, status: response.status });
      }
      return timings;
    },
    { request, times },
  );
}

/** The time it takes the page to get an answer to one request: after a worker stop, its cold start. */
export async function timeOneCall(page: Page, request: ApiRequest): Promise<TimedAnswer> {
  const [answer] = await timedApiCalls(page, [request]);
  return answer!;
}
