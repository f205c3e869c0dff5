/**
 * What an App Connect server answers, checked with zod/mini before anything is used. Only the
 * fields the extension reads are checked; others pass. The server's `returnMessage` is turned
 * into this API's shape (its `danger` is our `error`, its detail ids may be numbers).
 */
import * as z from 'zod/mini';
import type { MessageType, ReturnMessage } from '../../protocol/return-message';

const id = z.union([z.string().check(z.minLength(1), z.maxLength(256)), z.number()]);
const shortText = (max: number) => z.string().check(z.maxLength(max));

const serverReturnMessage = z.looseObject({
  message: shortText(2000),
  messageType: z.optional(z.string()),
  ttl: z.optional(z.number()),
  details: z.optional(
    z.array(
      z.looseObject({
        title: z.optional(z.string()),
        items: z.optional(z.array(z.looseObject({ id: z.optional(id), text: z.optional(z.string()) }))),
      }),
    ),
  ),
});

type ServerReturnMessage = z.infer<typeof serverReturnMessage>;

const maybeReturnMessage = z.optional(z.nullable(z.unknown()));

const TYPES: Record<string, MessageType> = { success: 'success', warning: 'warning', error: 'error', danger: 'error' };

/** The server's message in this API's shape, or undefined when it sent none (or none readable). */
export function toReturnMessage(value: unknown): ReturnMessage | undefined {
  const parsed = serverReturnMessage.safeParse(value);
  if (!parsed.success || !parsed.data.message) return undefined;
  const { message, messageType, ttl, details } = parsed.data as ServerReturnMessage;
  const shown = details?.map((detail) => ({
    title: detail.title ?? 'Details',
    items: (detail.items ?? []).map((item, i) => ({ id: String(item.id ?? i + 1), type: 'text' as const, text: item.text ?? '' })),
  }));
  return {
    message,
    messageType: TYPES[messageType ?? ''] ?? 'warning',
    ttl: ttl && ttl > 0 ? ttl : 5000,
    ...(shown?.length ? { details: shown } : {}),
  };
}

/** `{ successful, returnMessage }`: the frame of nearly every answer. */
export const outcomeAnswer = z.looseObject({
  successful: z.boolean(),
  returnMessage: maybeReturnMessage,
  /** Some failures carry a bare `message` instead (GET /callLog "Contact not found"). */
  message: z.optional(z.unknown()),
});

export const loginAnswer = z.looseObject({
  jwtToken: z.string().check(z.minLength(1), z.maxLength(8192)),
  name: z.optional(z.nullable(shortText(500))),
  returnMessage: maybeReturnMessage,
});

const contactInfo = z.looseObject({ id, name: shortText(1000) });

export const findContactAnswer = z.looseObject({
  successful: z.boolean(),
  contact: z.optional(z.nullable(z.array(contactInfo))),
  returnMessage: maybeReturnMessage,
});

export const createContactAnswer = z.looseObject({
  successful: z.boolean(),
  contact: z.optional(z.nullable(contactInfo)),
  returnMessage: maybeReturnMessage,
});

export const createCallLogAnswer = z.looseObject({
  successful: z.boolean(),
  logId: z.optional(z.nullable(id)),
  returnMessage: maybeReturnMessage,
});

const logData = z.looseObject({
  subject: z.optional(z.nullable(z.string())),
  note: z.optional(z.nullable(z.string())),
  fullBody: z.optional(z.nullable(z.string())),
  contactName: z.optional(z.nullable(z.string())),
  dispositions: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
});

export const getCallLogAnswer = z.looseObject({
  successful: z.boolean(),
  logs: z.optional(
    z.array(
      z.looseObject({
        sessionId: id,
        matched: z.boolean(),
        logId: z.optional(z.nullable(id)),
        logData: z.optional(z.nullable(logData)),
      }),
    ),
  ),
  returnMessage: maybeReturnMessage,
});

export type ServerLogData = z.infer<typeof logData>;

export const updateCallLogAnswer = z.looseObject({
  successful: z.boolean(),
  logId: z.optional(z.nullable(id)),
  updatedNote: z.optional(z.nullable(z.string())),
  returnMessage: maybeReturnMessage,
});

export const implementedInterfacesAnswer = z.record(z.string().check(z.maxLength(128)), z.boolean());

/** `{ error }`: what the server sends for an exception it did not expect. */
export const errorAnswer = z.looseObject({ error: z.unknown() });
