/**
 * Answers the widget's `rc-post-message-request`s. Every request gets an answer, unknown paths
 * and broken bodies included, well inside the widget's deadline (3 s by default): a request the
 * widget gives up on is dropped without a retry. A handler that fails answers its fallback.
 */
import type { WidgetFrame } from './widget-frame';

export interface PathHandler {
  handle(body: unknown): Promise<unknown> | unknown;
  /** What the widget gets when the body is not understood or the handler failed. */
  fallback: unknown;
}

export function answerWidgetRequests(frame: WidgetFrame, handlers: Readonly<Record<string, PathHandler>>): void {
  frame.onMessage(async (message) => {
    if (message.type !== 'rc-post-message-request' || typeof message.requestId !== 'string') return;
    const handler = typeof message.path === 'string' && Object.hasOwn(handlers, message.path) ? handlers[message.path] : undefined;
    let data: unknown = 'ok';
    if (handler) {
      try {
        data = await handler.handle(message.body);
      } catch (failure) {
        console.warn(`The dialer could not answer ${String(message.path)}:`, failure); // i18n-ignore: the console
        data = handler.fallback;
      }
    }
    frame.post({ type: 'rc-post-message-response', responseId: message.requestId, response: { data } });
  });
}
