/**
 * How waiting changes read in the side panel: what each is, when it is tried next (fixed clock,
 * locale and zone), what a person can do in each state, failed and paused ones first, and a
 * burst that does not bury the call list. Rendered from data, no worker needed.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { pipedriveMetadata } from '../../src/connectors/pipedrive/metadata';
import { formatNextTry, operationLabel, waitingLine } from '../../src/ui/sidepanel/outbox-text';
import type { OutboxEntry } from '../../src/protocol/api-answers';
import { renderWaiting } from '../../src/ui/sidepanel/waiting-section';

const now = new Date('2025-03-03T16:00:00Z');
const entry = (id: number, changes: Partial<OutboxEntry> = {}): OutboxEntry => ({
  id,
  sessionId: `s-${id}`,
  operation: 'create',
  state: 'pending',
  attempt: 1,
  nextAttemptAt: now.getTime() + 600_000,
  createdAt: now.getTime() - 1000,
  contactName: `Person ${id}`,
  subject: `Inbound Call from Person ${id}`,
  lastError: { message: "The CRM's rate limit was reached." },
  ...changes,
});

let section: HTMLElement;
function render(items: OutboxEntry[], showAll = false, signedOut = false) {
  renderWaiting(section, {
    items,
    showAll,
    signedOut,
    onShowAll: () => undefined,
    crmName: 'Pipedrive',
    metadata: pipedriveMetadata,
    now,
    onDone: () => undefined,
  });
  return [...section.querySelectorAll<HTMLElement>('.outbox-item')];
}
const buttons = (item: HTMLElement) => [...item.querySelectorAll('button')].map((b) => b.textContent);

beforeEach(() => {
  section = document.createElement('section');
  document.body.replaceChildren(section);
});

describe('outbox texts', () => {
  it("names each kind of change, with the connector's own field names for dispositions", () => {
    expect(operationLabel({ operation: 'create' })).toBe('New call log');
    expect(operationLabel({ operation: 'update' })).toBe('Changes to a call log');
    expect(operationLabel({ operation: 'disposition' }, pipedriveMetadata.callLogFields)).toBe('Deal / Lead of a call log');
    expect(operationLabel({ operation: 'disposition' })).toBe('Fields of a call log');
  });

  it('says when the next try is: seconds, minutes or hours, with the clock time', () => {
    const at = (ms: number) => formatNextTry(now.getTime() + ms, now, 'en-US', 'UTC');
    expect(at(-5000)).toBe('now');
    expect(at(40_000)).toBe('in 40 s');
    expect(at(600_000)).toBe('in 10 min (4:10 PM)');
    expect(at(2 * 3_600_000)).toBe('in 2 h (6:00 PM)');
  });

  it('says what a failed or paused change waits for instead of a time', () => {
    expect(waitingLine(entry(1), 'Pipedrive', now, 'en-US', 'UTC')).toBe('Next try in 10 min (4:10 PM) · tried 1 time');
    expect(waitingLine(entry(1, { nextAttemptAt: now.getTime() }), 'Pipedrive', now)).toBe('Sending now · tried 1 time');
    expect(waitingLine(entry(1, { state: 'failed', attempt: 3 }), 'Pipedrive', now)).toBe('Not tried again by itself · tried 3 times');
    expect(waitingLine(entry(1, { state: 'paused', attempt: 0 }), 'Pipedrive', now)).toBe('Waits until Pipedrive is connected again');
  });
});

describe('"Waiting to be logged"', () => {
  it('is hidden while nothing waits', () => {
    expect(render([])).toEqual([]);
    expect(section.hidden).toBe(true);
  });

  it('shows each change with why it waits and what can be done, failed and paused first', () => {
    const items = render([
      entry(1),
      entry(2, {
        state: 'paused',
        lastError: { message: 'The CRM no longer accepts the connection.', hint: 'Open Options and connect the CRM again.' },
      }),
      entry(3, { state: 'failed', operation: 'update', lastError: { message: 'Pipedrive refused the request (HTTP 400).' } }),
    ]);
    expect(section.hidden).toBe(false);
    expect(section.querySelector('h2')!.textContent).toBe('Waiting to be logged 3');
    expect(items.map((item) => item.dataset.sessionId)).toEqual(['s-3', 's-2', 's-1']);

    const [failed, paused, pending] = items as [HTMLElement, HTMLElement, HTMLElement];
    expect(failed.textContent).toContain('Person 3 · Changes to a call log');
    expect(failed.textContent).toContain('Failed Not tried again by itself');
    expect(failed.textContent).toContain('Fix what the CRM names and retry, or discard the change.');
    expect(buttons(failed)).toEqual(['Retry now', 'Discard']);
    // A retry cannot work before the CRM is connected again: the way there is offered instead.
    expect(paused.textContent).toContain('Paused Waits until Pipedrive is connected again');
    expect(paused.textContent).toContain('Open Options and connect the CRM again.');
    expect(buttons(paused)).toEqual(['Open Options', 'Discard']);
    expect(pending.textContent).toContain('Pending retry Next try in 10 min');
    expect(pending.textContent).toContain("The CRM's rate limit was reached.");
    // Every button says which change it acts on.
    const describedBy = pending.querySelector('button')!.getAttribute('aria-describedby')!;
    expect(document.getElementById(describedBy)!.textContent).toBe('Person 1 · New call log');
  });

  it('asks before discarding, saying what is lost, and can be kept', () => {
    const [create] = render([entry(1)]) as [HTMLElement];
    [...create.querySelectorAll('button')].find((b) => b.textContent === 'Discard')!.click();
    expect(create.querySelector('[role="alert"]')!.textContent).toBe(
      'Discard this log? The call with Person 1 will show as not logged, and you can log it again.',
    );
    expect(buttons(create)).toEqual(['Yes, discard', 'Keep it']);
    expect(document.activeElement!.textContent).toBe('Keep it');
    (document.activeElement as HTMLButtonElement).click();
    expect(buttons(create)).toEqual(['Retry now', 'Discard']);

    const [update] = render([entry(2, { operation: 'update' })]) as [HTMLElement];
    [...update.querySelectorAll('button')].find((b) => b.textContent === 'Discard')!.click();
    expect(update.textContent).toContain('Discard this change? Pipedrive keeps the log as it was before.');

    // Its last answer was lost: the record may be in Pipedrive already.
    const [unknown] = render([entry(3, { reconcile: true })]) as [HTMLElement];
    [...unknown.querySelectorAll('button')].find((b) => b.textContent === 'Discard')!.click();
    expect(unknown.querySelector('[role="alert"]')!.textContent).toBe(
      'Discard this log? Pipedrive may already have it: the answer to its last try was lost. Check Pipedrive before you log the call with Person 3 again.',
    );
  });

  it('signed out by the CRM: says how many calls wait for a new sign-in, offers Options for each, and what a discard means', () => {
    const paused = { state: 'paused' as const, lastError: { message: 'The CRM no longer accepts the connection.' } };
    const items = render(
      [entry(1, paused), entry(2, paused), entry(3, { ...paused, operation: 'update', sessionId: 's-1' }), entry(4, { state: 'failed' })],
      false,
      true,
    );
    expect(section.querySelector('.waiting-signed-out')!.textContent).toBe(
      'Connect Pipedrive again in Options: 3 calls wait and will be logged then.',
    );
    // Nothing can be sent before the CRM is connected again, not even a failed log.
    expect(items.map(buttons)).toEqual(Array(4).fill(['Open Options', 'Discard']));
    const failed = items.find((item) => item.dataset.sessionId === 's-4')!;
    [...failed.querySelectorAll('button')].find((b) => b.textContent === 'Discard')!.click();
    expect(failed.querySelector('[role="alert"]')!.textContent).toBe(
      'Discard this log? It will not be sent when you connect Pipedrive again, and the call with Person 4 will show as not logged.',
    );
    render([entry(1, paused)], false, true);
    expect(section.querySelector('.waiting-signed-out')!.textContent).toBe(
      'Connect Pipedrive again in Options: 1 call waits and will be logged then.',
    );
    // Connected: no such line.
    render([entry(1, paused)]);
    expect(section.querySelector('.waiting-signed-out')).toBeNull();
  });

  it('shows the first five of a burst, and all on request', () => {
    const burst = Array.from({ length: 12 }, (_, i) => entry(i + 1));
    expect(render(burst)).toHaveLength(5);
    expect(section.querySelector('h2')!.textContent).toBe('Waiting to be logged 12');
    expect([...section.querySelectorAll('button')].at(-1)!.textContent).toBe('Show all 12');
    expect(render(burst, true)).toHaveLength(12);
  });
});
