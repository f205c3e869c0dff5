/**
 * The message API in-process, as the service worker answers it (router, backend, connectors),
 * for browser-mode tests. `api` uses the backend chosen in settings; `createTestApi` takes another.
 */
import type { Runtime } from 'webextension-polyfill';
import type { ApiResponse } from '../../src/protocol/envelope';
import { createApiRouter } from '../../src/api/router';
import { currentBackend } from '../../src/backends/current-backend';
import type { Backend } from '../../src/backends/types';

export interface TestRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  query?: Record<string, string>;
  body?: unknown;
}

// Answers are checked field by field in tests.
export type TestApi = (request: TestRequest) => Promise<ApiResponse<any>>;

export function createTestApi(backend: () => Promise<Backend> = currentBackend): TestApi {
  const handle = createApiRouter({ currentBackend: backend, isOwnSender: () => true });
  return (request) => handle({ type: 'api', ...request }, {} as Runtime.MessageSender);
}

export const api = createTestApi();
