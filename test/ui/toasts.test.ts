/** Toasts: the right live-region role, the "what to do" hint, gone after ttl unless held, three at most. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { error, success, warning } from '../../src/protocol/return-message';
import { showToast } from '../../src/ui/toasts';

const toasts = () => [...document.querySelectorAll<HTMLElement>('.toast')];

beforeEach(() => {
  vi.useFakeTimers();
  document.body.replaceChildren();
});
afterEach(() => vi.useRealTimers());

describe('showToast', () => {
  it('announces success politely and problems at once, with what to do', () => {
    showToast(success('Call logged'));
    showToast(warning('Rate limit exceeded', 5000, 'Try again in 30 seconds.'));
    const [ok, problem] = toasts();
    expect(ok!.getAttribute('role')).toBe('status');
    expect(problem!.getAttribute('role')).toBe('alert');
    expect(problem!.textContent).toContain('Rate limit exceeded');
    expect(problem!.textContent).toContain('Try again in 30 seconds.');
  });

  it('stays for its ttl, longer while hovered, and can be dismissed', () => {
    showToast(error('Could not log', 3000));
    vi.advanceTimersByTime(2900);
    expect(toasts()).toHaveLength(1);
    toasts()[0]!.dispatchEvent(new MouseEvent('mouseenter'));
    vi.advanceTimersByTime(10_000);
    expect(toasts()).toHaveLength(1);
    toasts()[0]!.dispatchEvent(new MouseEvent('mouseleave'));
    vi.advanceTimersByTime(3000);
    expect(toasts()).toHaveLength(0);

    showToast(success('Saved', 60_000));
    document.querySelector<HTMLButtonElement>('button[aria-label="Dismiss"]')!.click();
    expect(toasts()).toHaveLength(0);
  });

  it('shows three at most, dropping the oldest, and nothing for an empty message', () => {
    for (const n of [1, 2, 3, 4]) showToast(success(`Message ${n}`));
    showToast(null);
    expect(toasts().map((t) => t.querySelector('.toast-message')!.textContent)).toEqual(['Message 2', 'Message 3', 'Message 4']);
  });

  it('puts text in as text, never as markup', () => {
    showToast(warning('<img src=x onerror=alert(1)> Existing log'));
    expect(document.querySelector('.toast img')).toBeNull();
    expect(toasts()[0]!.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
