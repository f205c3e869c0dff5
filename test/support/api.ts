/** The message API in-process, as the service worker answers it: router, local backend, connectors. */
import type { Runtime } from 'webextension-polyfill';
import { createApiRouter } from '../../src/api/router';
import { currentBackend } from '../../src/backends/current-backend';

export interface TestApiRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  query?: Record<string, string>;
  body?: unknown;
}

const router = createApiRouter({ currentBackend, isOwnSender: () => true });

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are checked field by field in tests
export async function api(request: TestApiRequest): Promise<{ status: number; body: any }> {
  return router({ type: 'api', ...request }, {} as Runtime.MessageSender);
}
