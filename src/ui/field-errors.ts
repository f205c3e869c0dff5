/**
 * Errors at the field: a form that cannot be sent marks the field (`aria-invalid`), says why next
 * to it (`aria-describedby`, before any hint it had) and moves focus there. Toasts stay for
 * outcomes. The router's 400s name fields ("serverUrl must …; note is required."): `fromAnswer`
 * places each sentence at the field of the form it names.
 */
import type { ReturnMessage } from '../protocol/return-message';
import { h, uid } from './dom';
import { t, uiLanguage } from './i18n';
import { knownWorkerText } from './worker-text';

export interface FieldErrors {
  /** Marks `control`; the reason goes after `after` (default: the control). The first marked since `clear` gets focus. */
  mark(control: HTMLElement, reason: string, after?: Element): void;
  clear(): void;
  /**
   * A failed answer that names fields of this form (keys are the request's field paths): marks
   * them and returns what it could not place (empty when all were placed), or the whole message
   * when it names none of them, for the caller to toast.
   */
  fromAnswer(answer: { successful?: boolean; returnMessage?: ReturnMessage | null }, fields: Record<string, HTMLElement>): ReturnMessage | undefined;
}

export function createFieldErrors(): FieldErrors {
  const marked: { control: HTMLElement; note: HTMLElement; describedBy: string | null }[] = [];

  const errors: FieldErrors = {
    mark(control, reason, after = control) {
      const note = h('p', { class: 'field-error', id: uid('field-error') }, reason);
      marked.push({ control, note, describedBy: control.getAttribute('aria-describedby') });
      after.after(note);
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', [note.id, marked.at(-1)!.describedBy].filter(Boolean).join(' '));
      if (marked.length === 1) {
        control.closest('details')?.setAttribute('open', '');
        control.focus();
      }
    },
    clear() {
      for (const { control, note, describedBy } of marked.splice(0)) {
        note.remove();
        control.removeAttribute('aria-invalid');
        if (describedBy) control.setAttribute('aria-describedby', describedBy);
        else control.removeAttribute('aria-describedby');
      }
    },
    fromAnswer(answer, fields) {
      const message = answer.returnMessage;
      if (answer.successful || !message?.message) return undefined;
      const placed = fieldSentences(message.message).map((sentence) => ({ sentence, path: fieldOf(sentence.path, fields) }));
      const found = placed.filter((p) => p.path);
      if (found.length === 0) return message;
      for (const { sentence, path } of found) errors.mark(fields[path!]!, sentence.reason);
      const rest = placed.filter((p) => !p.path).map((p) => p.sentence.text);
      return rest.length ? { ...message, message: `${rest.join('; ')}.` } : undefined;
    },
  };
  return errors;
}

/** "logInfo.customSubject must be at most 500 characters" → the path and "Must be at most 500 characters." */
export function fieldSentences(message: string): { text: string; path: string; reason: string }[] {
  return message
    .replace(/\.$/, '')
    .split('; ')
    .flatMap((text) => {
      const match = /^([A-Za-z_$][\w$]*(?:\.[\w$]+|\[\d+\])*) (is|must) (.+)$/.exec(text);
      if (!match) return [];
      const [, path, verb, rest] = match as unknown as [string, string, string, string];
      // A phrase the catalogue lacks would read half translated: then the worker's own sentence.
      const phrase = uiLanguage().startsWith('en') ? rest : knownWorkerText(rest);
      const reason = phrase === undefined ? `${text.charAt(0).toUpperCase()}${text.slice(1)}.` : t(verb === 'is' ? 'field_is' : 'field_must', phrase);
      return [{ text, path, reason }];
    });
}

/** The form field a path names: itself, or the nearest named parent (`additionalSubmission.deal` → `additionalSubmission`). */
function fieldOf(path: string, fields: Record<string, HTMLElement>): string | undefined {
  for (let candidate = path; candidate; candidate = candidate.replace(/(\.[\w$]+|\[\d+\])$/, '') || '') {
    if (fields[candidate]) return candidate;
    if (!/[.[]/.test(candidate)) break;
  }
  return undefined;
}
