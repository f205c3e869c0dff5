/** Clio's envelopes and error bodies (docs/clio.md, "Envelope, errors and rate limits"), as the fake answers them. */
export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export const one = (data: unknown, status = 200): FakeResponse => ({ status, body: { data } });

export const clioError = (status: number, type: string, message: string): FakeResponse => ({ status, body: { error: { type, message } } });

export const invalidToken = (): FakeResponse => ({
  status: 401,
  body: { error: 'invalid_token', error_description: 'The access token provided is expired, revoked, malformed or invalid for other reasons.' },
});

export const notFound = (what: string): FakeResponse => clioError(404, 'RecordNotFound', `${what} not found`);
export const unprocessable = (message: string): FakeResponse => clioError(422, 'UnprocessableEntity', message);
export const badRequest = (message: string): FakeResponse => clioError(400, 'BadRequest', message);
