/** Builders for the few shapes an `ApiResponse` takes. */
import type { ApiResponse } from './envelope';
import { error, type ReturnMessage } from './return-message';

export function ok<Body>(body: Body): ApiResponse<Body> {
  return { status: 200, body };
}

export function failure(status: number, returnMessage: ReturnMessage, extra: Record<string, unknown> = {}): ApiResponse {
  return { status, body: { successful: false, returnMessage, ...extra } };
}

export function badRequest(message: string, hint?: string): ApiResponse {
  return failure(400, error(message, 8000, hint));
}

export function notConnected(): ApiResponse {
  return badRequest('Not connected to a CRM.', 'Open Options and connect a CRM, then try again.');
}
