/**
 * The Calls list draws its first screen at once and the rest after that frame: what the rest
 * holds, that a newer render replaces what an older one had left to draw, and that a call past
 * the first screen can be focused at once (the panel's "back to the list").
 */
import { describe, expect, it } from 'vitest';
import { callButtonIn, renderCallList, type ListModel } from '../../src/ui/sidepanel/call-list';
import type { LogState } from '../../src/ui/sidepanel/log-state';
import { callWithSession } from '../support/call-fixtures';

const ids = Array.from({ length: 100 }, (_, i) => `s-${i}`);
const calls = ids.map((id, i) => callWithSession(1, id));
// Every other call logged.
const states = new Map<string, LogState>(ids.map((id, i) => [id, i % 2 ? 'logged' : 'notLogged']));
const model = (unloggedOnly = false): ListModel => ({ calls, states, names: new Map(), unloggedOnly, now: new Date() });
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const shown = (list: HTMLUListElement) => [...list.querySelectorAll<HTMLElement>('button[data-session-id]')].map((b) => b.dataset.sessionId);

function mount() {
  const list = document.createElement('ul');
  const empty = document.createElement('p');
  document.body.replaceChildren(list, empty);
  return { list, empty };
}

describe('renderCallList', () => {
  it('draws the first screen at once and every call, in order, after the next frame', async () => {
    const { list } = mount();
    renderCallList(list, document.createElement('p'), model(), () => {});
    expect(shown(list)).toEqual(ids.slice(0, 30));
    await nextFrame();
    await nextFrame();
    expect(shown(list)).toEqual(ids);
  });

  it('lets a newer render replace the rest an older one had left: "Unlogged only" shows no logged call', async () => {
    const { list, empty } = mount();
    renderCallList(list, empty, model(), () => {});
    renderCallList(list, empty, model(true), () => {});
    await nextFrame();
    await nextFrame();
    expect(shown(list)).toEqual(ids.filter((_, i) => i % 2 === 0));
    expect(empty.hidden).toBe(true);
  });

  it('finds a call past the first screen at once, drawing the rest first', () => {
    const { list } = mount();
    renderCallList(list, document.createElement('p'), model(), () => {});
    expect(callButtonIn(list, 's-80')?.dataset.sessionId).toBe('s-80');
    expect(shown(list)).toEqual(ids);
  });

  it('draws a list already drawn past its first screen whole again, so a re-render keeps the scroll position', async () => {
    const { list, empty } = mount();
    renderCallList(list, empty, model(), () => {});
    await nextFrame();
    await nextFrame();
    renderCallList(list, empty, model(), () => {});
    expect(shown(list)).toEqual(ids);
  });
});
