/** What a person with a screen reader meets at a field the form refused: invalid, why, and focus on it. */
import type { Locator } from 'playwright';

export function fieldError(field: Locator): Promise<{ invalid: string | null; description: string; focused: boolean }> {
  return field.evaluate((control) => ({
    invalid: control.getAttribute('aria-invalid'),
    description: (control.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' | '),
    focused: document.activeElement === control,
  }));
}
