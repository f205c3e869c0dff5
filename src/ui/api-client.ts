/** How extension pages talk to the service worker: the one API envelope, nothing else. */
import browser from 'webextension-polyfill';
import type { ApiResponse } from '../api/envelope';

export interface CallOptions {
  query?: Record<string, string>;
  body?: unknown;
}

export async function callApi<Body = Record<string, unknown>>(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  { query, body }: CallOptions = {},
): Promise<ApiResponse<Body>> {
  return (await browser.runtime.sendMessage({ type: 'api', method, path, query, body })) as ApiResponse<Body>;
}
