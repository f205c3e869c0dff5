/**
 * The message API's front door. It refuses senders that are not this extension, checks the
 * envelope and the route's schemas, hands this browser's own paths to src/backends/browser/ and
 * everything else to the current backend. Whatever happens, the answer is an `ApiResponse`: no
 * exception crosses the messaging boundary.
 */
import type { Runtime } from 'webextension-polyfill';
import type * as z from 'zod/mini';
import type { Backend, ForwardedRequest } from '../backends/types';
import { apiRequestSchema, type ApiRequest, type ApiResponse } from '../protocol/envelope';
import { handleBrowserPath, isBrowserPath } from '../backends/browser/browser-paths';
import { badRequest, failure } from '../protocol/respond';
import { error } from '../protocol/return-message';
import { findRoute, routes, type AnyRouteRequest } from '../protocol/routes';
import { findUnsafeInput } from './unsafe-keys';
import { describeIssues } from './validation-message';
import { isStorageError, storageErrorOf } from '../storage/storage-error';
import { markStage } from '../protocol/stage-marks';

export const MAX_BODY_CHARS = 1_000_000;

export interface RouterDeps {
  currentBackend: () => Promise<Backend>;
  /** Is this sender a page or content script of this extension? */
  isOwnSender: (sender: Runtime.MessageSender) => boolean;
}

export function createApiRouter({ currentBackend, isOwnSender }: RouterDeps) {
  return async function handleApiMessage(message: unknown, sender: Runtime.MessageSender): Promise<ApiResponse> {
    markStage('received');
    try {
      if (!isOwnSender(sender)) {
        return failure(403, error('Only this extension may use its API.'));
      }
      const parsed = parseRequest(message);
      if ('status' in parsed) return parsed;
      if (isBrowserPath(parsed)) return await handleBrowserPath(parsed);
      markStage('validated');
      const backend = await currentBackend();
      markStage('backend');
      const answer = await backend.handle(parsed as ForwardedRequest);
      markStage('answered');
      return answer;
    } catch (failed) {
      // The browser's storage failed: say what happened and what to do (src/storage/storage-error.ts).
      const storage = isStorageError(failed) ? failed : storageErrorOf(failed, 'the call-log ledger');
      if (storage) return failure(503, error(storage.message, 10000, storage.hint));
      // A bug, not a CRM answer: say so without details that could hold user data.
      console.error('API request failed:', failed instanceof Error ? failed.name : typeof failed);
      return failure(
        500,
        error('Something went wrong inside the extension.', 8000, 'Try again. If it keeps happening, reload the extension in chrome://extensions.'),
      );
    }
  };
}

function parseRequest(message: unknown): AnyRouteRequest | ApiResponse {
  const envelope = apiRequestSchema.safeParse(message, { reportInput: true });
  if (!envelope.success) return badRequest(`The request is not valid: ${describeIssues(envelope.error.issues, 'request')}`);
  const raw: ApiRequest = envelope.data;
  const route = findRoute(raw.method, raw.path);
  if (!route) {
    return failure(404, error(`There is no ${raw.method} ${raw.path} in this API.`, 8000, 'Check the method and the path.'));
  }
  const unsafe = findUnsafeInput(raw.query, 'query') ?? findUnsafeInput(raw.body, 'body');
  if (unsafe) return badRequest(`${unsafe}.`, 'Send plain data without these keys.');
  if (raw.body !== undefined && bodyChars(raw.body) > MAX_BODY_CHARS) {
    return badRequest('The request body must be at most 1 MB.');
  }
  const { query: querySchema, body: bodySchema } = routes[route] as { query?: z.ZodMiniType; body?: z.ZodMiniType };
  const query = parsePart(querySchema, raw.query ?? {}, 'query');
  if (!query.ok) return query.response;
  const body = parsePart(bodySchema, raw.body, 'body');
  if (!body.ok) return body.response;
  return { route, raw, query: query.value, body: body.value } as AnyRouteRequest;
}

type Parsed = { ok: true; value: unknown } | { ok: false; response: ApiResponse };

function parsePart(schema: z.ZodMiniType | undefined, input: unknown, root: string): Parsed {
  if (!schema) return { ok: true, value: undefined };
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, response: badRequest(describeIssues(result.error.issues, root), 'Fix the fields named here and send the request again.') };
}

function bodyChars(body: unknown): number {
  try {
    return JSON.stringify(body)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
