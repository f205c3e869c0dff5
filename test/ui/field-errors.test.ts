/** Errors at the field: marked, described, focused, and found in the router's 400 sentences; axe finds nothing serious. */
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { h } from '../../src/ui/dom';
import { createFieldErrors, fieldSentences } from '../../src/ui/field-errors';
import { error } from '../../src/protocol/return-message';

function form() {
  const server = h('input', { id: 'server', type: 'url', 'aria-describedby': 'server-hint' });
  const note = h('textarea', { id: 'note' });
  const element = h(
    'form',
    { 'aria-label': 'Settings' },
    h('div', {}, h('label', { for: 'server' }, 'Server'), server, h('p', { id: 'server-hint' }, 'Your server.')),
    h('div', {}, h('label', { for: 'note' }, 'Note'), note),
  );
  document.body.replaceChildren(h('main', {}, element));
  return { server, note };
}

const describedBy = (control: HTMLElement) =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' | ');

afterEach(() => document.body.replaceChildren());

describe('field errors', () => {
  it('mark the field, say why before its hint, move focus there, and clear again', async () => {
    const { server, note } = form();
    const errors = createFieldErrors();
    errors.mark(server, 'Must start with https://.');
    errors.mark(note, 'This field is required.');
    expect(server.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(server)).toBe('Must start with https://. | Your server.');
    expect(document.activeElement).toBe(server); // the first one marked
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

    errors.clear();
    expect(server.hasAttribute('aria-invalid')).toBe(false);
    expect(server.getAttribute('aria-describedby')).toBe('server-hint');
    expect(note.hasAttribute('aria-describedby')).toBe(false);
    expect(document.querySelectorAll('.field-error')).toHaveLength(0);
  });

  it('place the router’s 400 sentences at the fields they name, and give back what has no field', () => {
    const { server, note } = form();
    const errors = createFieldErrors();
    const answer = {
      successful: false,
      returnMessage: error('serverUrl must start with https:// because a key is sent to it; note is required; logInfo.sessionId is required.'),
    };
    const rest = errors.fromAnswer(answer, { serverUrl: server, note });
    expect(describedBy(server)).toBe('Must start with https:// because a key is sent to it. | Your server.');
    expect(describedBy(note)).toBe('This field is required.');
    expect(document.activeElement).toBe(server);
    expect(rest?.message).toBe('logInfo.sessionId is required.');
  });

  it('leave an answer that names no field of the form to a toast, and a success alone', () => {
    const { server } = form();
    const errors = createFieldErrors();
    const refused = { successful: false, returnMessage: error('The CRM refused the key.') };
    expect(errors.fromAnswer(refused, { serverUrl: server })).toBe(refused.returnMessage);
    expect(errors.fromAnswer({ successful: true, returnMessage: error('x') }, { serverUrl: server })).toBeUndefined();
    expect(server.hasAttribute('aria-invalid')).toBe(false);
  });

  it('read a nested path and name the reason without it', () => {
    expect(fieldSentences('logInfo.customSubject must be at most 500 characters; additionalSubmission.deals[0] is not valid.')).toEqual([
      { text: 'logInfo.customSubject must be at most 500 characters', path: 'logInfo.customSubject', reason: 'Must be at most 500 characters.' },
      { text: 'additionalSubmission.deals[0] is not valid', path: 'additionalSubmission.deals[0]', reason: 'This field is not valid.' },
    ]);
  });
});
