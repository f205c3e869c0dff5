/** Driving the fake Embeddable widget (test/fake-servers/embeddable/fake-widget.js) from a test. */
import type { Frame } from 'playwright';

/** One `rc-post-message-request` the widget sent, and what became of it. */
export interface WidgetRequest {
  path: string;
  answered: boolean;
  timedOut: boolean;
  response?: { data: unknown };
}

/** Runs an expression in the fake widget (`fakeWidget` is its test handle). */
export const run = <T = unknown>(frame: Frame, expression: string) => frame.evaluate(expression) as Promise<T>;
export const arg = (value: unknown) => JSON.stringify(value);
