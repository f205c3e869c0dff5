/**
 * What the widget sends as a message logger (Embeddable docs: integration/message-logging.md;
 * its ThirdPartyService `logConversation` and `matchMessageLogEntities`), checked before use.
 * Only the fields the host reads are checked; the worker checks the messages again.
 */
import * as z from 'zod/mini';

const text = (max = 200) => z.string().check(z.maxLength(max));

/** A message-store record as the widget holds it (RingCentral's own shape). */
const widgetMessage = z.looseObject({
  id: z.union([text(128), z.number()]),
  creationTime: text(64),
});

/** One conversation on one day; the widget's `conversationLogId` is `<conversationId>/<M>/<D>/<YYYY>`. */
export const widgetConversation = z.looseObject({
  conversationLogId: z.string().check(z.minLength(1), z.maxLength(300)),
  conversationId: z.optional(z.union([text(128), z.number()])),
  type: z.optional(text(32)),
  messages: z.array(widgetMessage).check(z.maxLength(1000)),
  correspondents: z.optional(
    z.array(z.looseObject({ phoneNumber: z.optional(text(64)), extensionNumber: z.optional(text(64)), name: z.optional(z.nullable(text(500))) })),
  ),
});
export type WidgetConversation = z.infer<typeof widgetConversation>;

/** `/messageLogger`: `auto` (its "Auto log messages" is on), `manual` (the Log button), `logForm` (our page saved). */
export const messageLoggerBody = z.looseObject({
  conversation: widgetConversation,
  triggerType: z.optional(text(32)),
  redirect: z.optional(z.boolean()),
  formData: z.optional(z.record(text(128), z.unknown())),
});
export type MessageLoggerBody = z.infer<typeof messageLoggerBody>;

export const messageMatchBody = z.looseObject({
  conversationLogIds: z.array(text(300)).check(z.maxLength(1000)),
});
