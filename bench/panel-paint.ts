/**
 * 7. A long day in the side panel: the fake RingCentral's Call Log API lists `calls` calls, every
 * third of them logged into the Example CRM, and the side panel page is opened `repeats` times in
 * a new tab. Each time, a script installed before the page's own marks when the Calls list first
 * holds every call, and when it first shows their states (a `.call-state` badge on the logged
 * ones), and when its first screen (the first 30 calls, what a 800-pixel panel shows and more)
 * first shows with their states, which the panel draws before the rest: each mark is taken after the next frame has been painted (a task queued from
 * `requestAnimationFrame` runs after that frame's paint). Times are from the page's navigation
 * start; the worker is warm (the panel is reopened during a day), and once cold (stopped first).
 */
import type { LaunchedExtension } from '../scripts/launch-extension';
import { missedWhileAway, signInToRingCentral } from './backfill';
import { expectOk } from './support/bench-session';
import { spread, type Spread } from './support/stats';

export interface PanelPaintOptions {
  calls: number;
  repeats: number;
  ringcentralUrl: string;
}

export interface PanelPaintResult {
  calls: number;
  logged: number;
  /** Navigation start → the list painted with every call. */
  listMs: Spread;
  /** Navigation start → the list painted with the calls' states. */
  statesMs: Spread;
  /** Navigation start → the first screen of the list painted with its calls' states. */
  screenMs: Spread;
  /** The same two, the worker stopped just before the panel opens. */
  coldListMs: Spread;
  coldStatesMs: Spread;
  coldScreenMs: Spread;
  /** Of the warm figures, what opening the page takes before any of its scripts runs. */
  pageMs: Spread;
}

interface Paint {
  listMs: number;
  statesMs: number;
  screenMs: number;
  items: number;
  /** Navigation start → the page parsed (`domInteractive`), before any of its scripts ran. */
  pageMs: number;
}

export async function measurePanelPaint(extension: LaunchedExtension, options: PanelPaintOptions): Promise<PanelPaintResult> {
  await signInToRingCentral(extension, options.ringcentralUrl);
  const ids = Array.from({ length: options.calls }, (_, i) => `panel-${i}`);
  await fetch(`${options.ringcentralUrl}/_fake/calls`, { method: 'POST', body: JSON.stringify({ replace: ids.map(missedWhileAway) }) });
  // The sign-in read the fake's default calls; a read counts as due only once the last one is old.
  await extension.page.evaluate(async () => {
    const { ringcentralCalls } = await chrome.storage.local.get('ringcentralCalls');
    await chrome.storage.local.set({ ringcentralCalls: { ...(ringcentralCalls as object), syncedAt: 0 } });
  });
  const { body } = await expectOk(extension, { method: 'GET', path: '/calls', query: { refresh: 'true' } });
  if (body.calls?.length !== options.calls) throw new Error(`The Call Log API gave ${body.calls?.length} calls, not ${options.calls}.`);
  // Every third call logged into the Example CRM (a fresh install is connected to it), 8 at a time.
  const toLog = ids.filter((_, i) => i % 3 === 0);
  for (let i = 0; i < toLog.length; i += 8) {
    await Promise.all(toLog.slice(i, i + 8).map((sessionId) => expectOk(extension, logToExampleCrm(sessionId))));
  }
  const warm: Paint[] = [];
  const cold: Paint[] = [];
  await paintOnce(extension, options.calls); // one unmeasured opening
  for (let i = 0; i < options.repeats; i++) {
    warm.push(await paintOnce(extension, options.calls));
    await extension.stopServiceWorker();
    cold.push(await paintOnce(extension, options.calls));
  }
  return {
    calls: options.calls,
    logged: toLog.length,
    listMs: spread(warm.map((p) => p.listMs)),
    statesMs: spread(warm.map((p) => p.statesMs)),
    screenMs: spread(warm.map((p) => p.screenMs)),
    coldListMs: spread(cold.map((p) => p.listMs)),
    coldStatesMs: spread(cold.map((p) => p.statesMs)),
    coldScreenMs: spread(cold.map((p) => p.screenMs)),
    pageMs: spread(warm.map((p) => p.pageMs)),
  };
}

function logToExampleCrm(sessionId: string) {
  const call = missedWhileAway(sessionId, 0);
  return { method: 'POST', path: '/callLog', body: { logInfo: call, contactId: 'c-1', contactName: 'Dana Whitfield' } };
}

async function paintOnce(extension: LaunchedExtension, calls: number): Promise<Paint> {
  const page = await extension.context.newPage();
  try {
    await page.setViewportSize({ width: 400, height: 800 });
    await page.addInitScript(paintWatcher(calls));
    await page.goto(`chrome-extension://${extension.extensionId}/sidepanel.html`);
    const paint = await page.evaluate(async () => ({
      ...(await (globalThis as unknown as { __paint: Promise<Paint> }).__paint),
      pageMs: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
    }));
    if (paint.items < calls) throw new Error(`The side panel listed ${paint.items} of ${calls} calls.`);
    return paint;
  } finally {
    await page.close();
  }
}

/**
 * Installed before the page's own scripts; a string, because the bench's TypeScript loader would
 * wrap named functions in a helper the page does not have.
 */
function paintWatcher(expected: number): string {
  return `{
    let listMs;
    let screenMs;
    const afterPaint = (done) => requestAnimationFrame(() => setTimeout(() => done(performance.now())));
    globalThis.__paint = new Promise((resolve) => {
      let marked = false;
      const check = () => {
        const list = document.querySelector('ul#calls');
        const items = list ? list.querySelectorAll(':scope > li').length : 0;
        const state = items >= Math.min(30, ${expected}) && list.querySelector('li:nth-child(-n + 30) .call-state');
        // Taken as the frame that paints it begins: a mark queued after that frame would wait
        // behind what the page queued from it (the rest of the list), so this one is a few ms early.
        if (!marked && state) {
          marked = true;
          requestAnimationFrame(() => (screenMs = performance.now()));
        }
        if (listMs === undefined && items >= ${expected}) {
          listMs = -1;
          afterPaint((at) => (listMs = at));
        }
        if (items >= ${expected} && list.querySelector('.call-state')) {
          observer.disconnect();
          afterPaint((at) => {
            const finish = () => (listMs >= 0 && screenMs !== undefined ? resolve({ listMs, statesMs: at, screenMs, items }) : setTimeout(finish));
            finish();
          });
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { childList: true, subtree: true });
    });
  }`;
}
