/** The message API as a page sees it, in a browser-mode test: the real router, a chosen backend. */
import type { Runtime } from 'webextension-polyfill';
import type { ApiResponse } from '../../src/api/envelope';
import { createApiRouter } from '../../src/api/router';
import { currentBackend } from '../../src/backends/current-backend';
import type { Backend } from '../../src/backends/types';

export interface TestRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  query?: Record<string, string>;
  body?: unknown;
}

export type TestApi = (request: TestRequest) => Promise<ApiResponse<any>>;

export function createTestApi(backend: () => Promise<Backend> = currentBackend): TestApi {
  const handle = createApiRouter({ currentBackend: backend, isOwnSender: () => true });
  return (request) => handle({ type: 'api', ...request }, {} as Runtime.MessageSender);
}
