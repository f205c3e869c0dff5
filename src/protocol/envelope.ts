/** The one message every part of the extension sends to the service worker (docs/message-api.md). */
import * as z from 'zod/mini';

export const API_METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'] as const;

export const MAX_QUERY_VALUE = 10_000 * 129;

export const apiRequestSchema = z.object({
  type: z.literal('api'),
  method: z.enum(API_METHODS),
  path: z.string().check(z.minLength(1), z.maxLength(256)),
  // A value holds at most 10,000 session ids of 128 characters and their commas (docs/message-api.md, "Limits").
  query: z.optional(z.record(z.string().check(z.maxLength(128)), z.string().check(z.maxLength(MAX_QUERY_VALUE)))),
  body: z.optional(z.unknown()),
});

export type ApiRequest = z.infer<typeof apiRequestSchema>;

export interface ApiResponse<Body = unknown> {
  status: number;
  body: Body;
  headers?: Record<string, string>;
}

/** A message meant for the API router; anything else is left to other listeners. */
export function isApiMessage(message: unknown): message is { type: 'api' } {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'api';
}
