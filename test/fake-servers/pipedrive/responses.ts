/** Pipedrive's envelopes and error bodies (docs/pipedrive.md, "Response shapes"), as the fake answers them. */
export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export const ERROR_INFO = 'Please check developers.pipedrive.com for more information about Pipedrive API.';

export function ok(data: unknown, additional_data: unknown = null, status = 200): FakeResponse {
  return { status, body: { success: true, data, additional_data } };
}

export function list(items: unknown[]): FakeResponse {
  return ok(items, { next_cursor: null });
}

export function fail(status: number, error: string): FakeResponse {
  return { status, body: { success: false, error, error_info: ERROR_INFO, data: null, additional_data: null } };
}

export const unauthorized = (): FakeResponse => ({
  status: 401,
  body: { success: false, error: 'unauthorized access', errorCode: 401, error_info: 'Please check developers.pipedrive.com' },
});

export const notFound = (what: string): FakeResponse => fail(404, `${what} not found`);
export const invalid = (problem: string): FakeResponse => fail(400, `Validation failed: ${problem}`);
