/**
 * The HTTP client every connector uses: ky for the transport (base URL, JSON, timeout), the
 * retry decision of retry-decision.ts, zod at the boundary, and failures turned into CrmErrors.
 * Nothing here ever puts a header value (a token) into an error or a log line.
 */
import ky, { isTimeoutError } from 'ky';
import type * as z from 'zod/mini';
import { CrmError } from './crm-error';
import { answerTooLarge, readCapped } from './read-capped';
import { isRedirect, redirectRefused } from './redirect-guard';
import { crmErrorForStatus } from './crm-error-for-status';
import { dateHeader, errorDetail, parseJson } from './answer-text';
import { serverWaitMs } from './rate-limit';
import { accountKey, createRequestPacer } from './request-pacer';
import { RETRY_POLICY, requestRetryDelay } from './retry-decision';

/** One pacer for every client: the limits belong to CRM accounts, not to one operation. */
const pacer = createRequestPacer();

/**
 * Per attempt and for a request with all its retries. The total stays under the 15 s in which
 * the message API must answer (docs/reliability.md). Tests shorten them to exercise timeouts quickly.
 */
export const httpTimeouts = { attemptMs: 10_000, totalMs: 13_000 };

/** No answer of a CRM API this extension reads comes near this (a page of 500 activities is ~1 MB). */
export const MAX_ANSWER_BYTES = 10 * 1024 * 1024;

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface CrmClientConfig {
  connectorId: string;
  crmName: string;
  /** Scheme, host and port, no trailing slash: `https://northwind.pipedrive.com`. */
  baseUrl: string;
  headers: Readonly<Record<string, string>>;
}

export interface CrmRequest<S extends z.ZodMiniType> {
  method: HttpMethod;
  /** Relative to the base URL, no leading slash: `api/v2/activities/5530`. */
  path: string;
  searchParams?: Record<string, string | number | boolean | undefined>;
  json?: unknown;
  /** The 2xx body. */
  schema: S;
  /** Safe to send twice. Defaults to every method but POST. */
  idempotent?: boolean;
  /** What a 404 means for this request, for the person reading the message. */
  notFound?: string;
  /** Reads the headers of the 2xx answer (NetSuite names a created record only in `Location`). */
  onHeaders?: (headers: Headers) => void;
}

export interface CrmClient {
  send<S extends z.ZodMiniType>(request: CrmRequest<S>): Promise<z.output<S>>;
  /**
   * The CRM's own clock when it sent its last answer (its `Date` header, epoch ms), if it said:
   * time windows on the CRM's data are taken on its clock, not on this computer's, which may be off.
   */
  lastAnswerTime(): number | undefined;
}

export function createCrmClient({ connectorId, crmName, baseUrl, headers }: CrmClientConfig): CrmClient {
  // Never follow a redirect: the browser would carry the key to wherever it points (redirect-guard.ts).
  const http = ky.create({ prefixUrl: baseUrl, headers, retry: 0, throwHttpErrors: false, timeout: false, redirect: 'manual' });
  const account = accountKey(connectorId, baseUrl, headers);
  let answerTime: number | undefined;

  return {
    lastAnswerTime: () => answerTime,
    async send(request) {
      const idempotent = request.idempotent ?? request.method !== 'POST';
      // The time budget counts time spent with the CRM (attempts, waits before a retry), never a
      // wait for a turn under its rate limit: that is our own pacing, not the CRM being slow.
      let spent = 0;
      for (let retries = 0; ; retries++) {
        const slot = await pacer.take(account, RETRY_POLICY.maxPacedWaitMs);
        if ('refusedWaitMs' in slot) {
          throw new CrmError('rateLimited', connectorId, `${crmName}'s rate limit is used up for now.`, { retryAfterMs: slot.refusedWaitMs });
        }
        const left = httpTimeouts.totalMs - spent;
        const answer = await attempt(request, Math.max(1, Math.min(httpTimeouts.attemptMs, left))).catch((failure: unknown) => {
          pacer.observe(account, undefined, { epoch: slot.epoch });
          throw failure;
        });
        spent += Date.now() - slot.sentAt;
        if (answer.kind !== 'network') answerTime = dateHeader(answer.headers) ?? answerTime;
        const waitAsked = answer.kind === 'status' ? serverWaitMs(answer.headers) : undefined;
        const limited = answer.kind === 'status' && answer.status === 429;
        pacer.observe(account, answer.kind === 'network' ? undefined : answer.headers, {
          epoch: slot.epoch,
          retryAfterMs: limited ? (waitAsked ?? RETRY_POLICY.rateLimitFallbackMs[0]) : undefined,
        });
        if (answer.kind === 'ok') {
          request.onHeaders?.(answer.headers);
          return parseBody(request, answer.status, answer.text, idempotent);
        }
        if (answer.kind === 'redirect') throw redirectRefused(connectorId, crmName, !idempotent);
        if (answer.kind === 'tooLarge') throw answerTooLarge(connectorId, crmName, !idempotent);
        const outcome =
          answer.kind === 'network' ? ({ kind: 'network' } as const) : { kind: 'status' as const, status: answer.status, serverWaitMs: waitAsked };
        const wait = requestRetryDelay(outcome, retries, idempotent);
        if (wait !== null && wait < httpTimeouts.totalMs - spent) {
          await sleep(wait);
          spent += wait;
          continue;
        }
        throw failureFor(answer, waitAsked, idempotent, request.notFound);
      }
    },
  };

  type Answer =
    | { kind: 'ok'; status: number; text: string; headers: Headers }
    | { kind: 'status'; status: number; text: string; headers: Headers }
    | { kind: 'network'; timedOut: boolean }
    | { kind: 'redirect'; headers: Headers }
    | { kind: 'tooLarge'; headers: Headers };

  async function attempt(request: CrmRequest<z.ZodMiniType>, timeout: number): Promise<Answer> {
    // One deadline for the answer and its body (ky's own timeout ends at the headers). Whether it
    // passed is read from the signal, not from the error: Chromium 150 reports a body cut off by
    // the abort as a network TypeError, Chromium 156 as the TimeoutError.
    const deadline = AbortSignal.timeout(timeout);
    try {
      const response = await http(request.path, {
        method: request.method,
        searchParams: definedParams(request.searchParams),
        json: request.json,
        signal: deadline,
      });
      if (isRedirect(response)) return { kind: 'redirect', headers: response.headers };
      // Reading the body can fail too, when the connection drops half-way.
      const text = await readCapped(response, MAX_ANSWER_BYTES);
      if (text === undefined) return { kind: 'tooLarge', headers: response.headers };
      return { kind: response.ok ? 'ok' : 'status', status: response.status, text, headers: response.headers };
    } catch (failure) {
      if (deadline.aborted || isTimeoutError(failure)) return { kind: 'network', timedOut: true };
      if (failure instanceof TypeError) return { kind: 'network', timedOut: false };
      throw failure;
    }
  }

  function parseBody<S extends z.ZodMiniType>(request: CrmRequest<S>, status: number, text: string, idempotent: boolean): z.output<S> {
    const parsed = request.schema.safeParse(parseJson(text));
    if (parsed.success) return parsed.data;
    // A create that answered 2xx did happen; we just cannot read its id.
    throw new CrmError('unavailable', connectorId, `${crmName} answered in a format this extension does not understand.`, {
      status,
      outcomeUnknown: !idempotent,
    });
  }

  function failureFor(
    answer: Extract<Answer, { kind: 'status' | 'network' }>,
    waitAsked: number | undefined,
    idempotent: boolean,
    notFound?: string,
  ): CrmError {
    if (answer.kind === 'network') {
      const what = answer.timedOut ? 'did not answer in time' : 'could not be reached';
      return new CrmError('unavailable', connectorId, `${crmName} ${what}.`, { outcomeUnknown: !idempotent });
    }
    return crmErrorForStatus({
      connectorId,
      crmName,
      status: answer.status,
      retryAfterMs: answer.status === 429 ? waitAsked : undefined,
      detail: errorDetail(answer.text),
      notFound,
      // A 5xx may come from a gateway after the CRM did the work.
      outcomeUnknown: !idempotent && answer.status >= 500,
    });
  }
}

function definedParams(params: CrmRequest<z.ZodMiniType>['searchParams']): Record<string, string> | undefined {
  if (!params) return undefined;
  return Object.fromEntries(Object.entries(params).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
