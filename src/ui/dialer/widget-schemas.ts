/**
 * What the widget sends, checked before use: it is a remote page. Only the fields the host
 * reads are checked; the rest passes through. Field names from Embeddable's docs
 * (docs/integration/*.md) and /work/shared/spec/embeddable-adapter.md.
 */
import * as z from 'zod/mini';

const shortText = (max = 200) => z.string().check(z.maxLength(max));
const party = z.looseObject({
  phoneNumber: z.optional(shortText(64)),
  extensionNumber: z.optional(shortText(64)),
  name: z.optional(z.nullable(shortText(500))),
});

/** A call of the widget: a call-history record or a presence active call. */
export const widgetCall = z.looseObject({
  sessionId: z.string().check(z.minLength(1), z.maxLength(128)),
  telephonySessionId: z.optional(shortText(128)),
  id: z.optional(z.union([shortText(128), z.number()])),
  direction: z.optional(shortText(32)),
  from: z.optional(party),
  to: z.optional(party),
  fromName: z.optional(z.nullable(shortText(500))),
  toName: z.optional(z.nullable(shortText(500))),
  startTime: z.optional(z.union([z.number(), shortText(64)])),
  duration: z.optional(z.number()),
  result: z.optional(shortText(200)),
  telephonyStatus: z.optional(shortText(64)),
  terminationType: z.optional(shortText(64)),
  recording: z.optional(z.looseObject({ id: z.optional(z.unknown()), uri: z.optional(z.unknown()), link: z.optional(shortText(2048)) })),
});
export type WidgetCall = z.infer<typeof widgetCall>;

const entity = z.looseObject({ id: z.union([shortText(128), z.number()]), name: z.optional(shortText(500)), type: z.optional(shortText(64)) });

export const contactMatchBody = z.looseObject({
  phoneNumbers: z.array(shortText(64)).check(z.maxLength(1000)),
  triggerFrom: z.optional(shortText(32)),
});

export const callLoggerBody = z.looseObject({
  call: widgetCall,
  triggerType: z.optional(shortText(32)),
  redirect: z.optional(z.boolean()),
  formData: z.optional(z.record(shortText(128), z.unknown())),
  toEntity: z.optional(z.nullable(entity)),
  fromEntity: z.optional(z.nullable(entity)),
  toNumberEntity: z.optional(z.nullable(shortText(128))),
  contact: z.optional(z.nullable(entity)),
});
export type CallLoggerBody = z.infer<typeof callLoggerBody>;

export const entityMatchBody = z.looseObject({
  sessionIds: z.array(shortText(128)).check(z.maxLength(10_000)),
});

export const inputChangedBody = z.looseObject({
  call: widgetCall,
  formData: z.record(shortText(128), z.unknown()),
  keys: z.optional(z.array(shortText(128))),
});

export const contactViewBody = z.looseObject({ id: z.union([shortText(128), z.number()]), type: z.optional(shortText(64)) });
