/**
 * The side panel's one view switch: Calls, Messages, and Phone (shown only when the dialer is
 * on). Each view is a group of sections; leaving a view remembers which of its sections were
 * showing (a form half filled stays open), and coming back shows them again. The Phone view's
 * iframe stays in the page while hidden, so a call goes on while the calls are looked at.
 */
import { $ } from '../dom';

export type PanelView = 'calls' | 'messages' | 'phone';

const SECTIONS: Record<PanelView, string[]> = {
  calls: ['#list-view', '#form-view'],
  messages: ['#messages-view', '#message-form-view'],
  phone: ['#phone-view'],
};

export interface ViewTabs {
  show(view: PanelView): void;
  /** Runs each time the view is shown. */
  onShown(view: PanelView, listener: () => void): void;
  /** Shows a view's tab that starts hidden (the Phone). */
  enable(view: PanelView): void;
}

let tabs: ViewTabs | undefined;

/** The panel's switch, made on first use; every view that needs it gets the same one. */
export function viewTabs(): ViewTabs {
  tabs ??= createViewTabs();
  return tabs;
}

function createViewTabs(): ViewTabs {
  const button = (view: PanelView) => $<HTMLButtonElement>(`#tab-${view}`);
  const listeners: Partial<Record<PanelView, (() => void)[]>> = {};
  const remembered = new Map<PanelView, boolean[]>();
  let current: PanelView = 'calls';

  function show(view: PanelView): void {
    if (view === current) return;
    const leaving = SECTIONS[current].map((selector) => $(selector));
    remembered.set(
      current,
      leaving.map((section) => section.hidden),
    );
    leaving.forEach((section) => (section.hidden = true));
    const before = remembered.get(view);
    SECTIONS[view].forEach((selector, i) => ($(selector).hidden = before ? before[i]! : i > 0));
    for (const tab of Object.keys(SECTIONS) as PanelView[]) button(tab).setAttribute('aria-pressed', String(tab === view));
    current = view;
    listeners[view]?.forEach((listener) => listener());
  }

  for (const view of Object.keys(SECTIONS) as PanelView[]) button(view).addEventListener('click', () => show(view));
  return {
    show,
    onShown: (view, listener) => (listeners[view] ??= []).push(listener),
    enable: (view) => (button(view).hidden = false),
  };
}
