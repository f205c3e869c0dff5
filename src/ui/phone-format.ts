/**
 * Phone numbers as people read them (phone-display.ts), with libphonenumber-js loaded apart from
 * the page's own script: it is about half of the side panel's JavaScript, and the first screen of
 * calls with a name needs none of it. A page starts the load early (`phoneFormatReady`, in
 * parallel with its first requests to the worker) and waits for it before it draws a number, so
 * a number is never shown first as it came and then formatted.
 */
type Format = (number: string) => string;

let format: Format | undefined;
let loading: Promise<void> | undefined;

/** Starts loading the formatter (once); resolves when `formatNumber` formats. A failed load leaves numbers as they came. */
export function phoneFormatReady(): Promise<void> {
  loading ??= import('./phone-display').then(
    (module) => void (format = (number) => module.formatPhoneNumber(number)),
    () => undefined,
  );
  return loading;
}

/** The number as people read it once `phoneFormatReady` resolved; before that, as it came. */
export function formatNumber(number: string): string {
  return format ? format(number) : number;
}
