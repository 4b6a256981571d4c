/**
 * Long-session measurements shared by `npm run soak` (scripts/soak.ts) and
 * the short soak browser test: playback loops over the whole timeline with a
 * popup opened and closed each loop, and after each loop the JS heap (after a
 * forced GC), DOM nodes, event listeners and open popups, read through CDP
 * `Performance.getMetrics`.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { AtlasWindow } from './harness.ts';

/** One sample, taken after a loop. */
export interface SoakSample {
  /** 1-based loop number. */
  loop: number;
  /** Seconds since playback started. */
  seconds: number;
  /** JSHeapUsedSize after `HeapProfiler.collectGarbage`, bytes. */
  heapBytes: number;
  /** Live DOM nodes. */
  nodes: number;
  /** JS event listeners. */
  listeners: number;
  /** `.maplibregl-popup` elements in the page. */
  popups: number;
}

/**
 * Open a CDP session on the page with performance metrics enabled.
 * @returns the session (detach it when done)
 */
export async function startProbe(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return cdp;
}

/**
 * Force a garbage collection and read the metrics.
 * @param loop - loop number to record
 * @param startedAt - Date.now() when playback started
 */
export async function sample(page: Page, cdp: CDPSession, loop: number, startedAt: number): Promise<SoakSample> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return {
    loop,
    seconds: Math.round((Date.now() - startedAt) / 1000),
    heapBytes: metric('JSHeapUsedSize'),
    nodes: metric('Nodes'),
    listeners: metric('JSEventListeners'),
    popups: await page.locator('.maplibregl-popup').count(),
  };
}

/**
 * Start looping playback at `speed` (simulated hours per second).
 * @param speed - e.g. 48, the fastest in the speed menu
 */
export async function startLoopingPlayback(page: Page, speed: number): Promise<void> {
  await page.evaluate((s) => {
    const atlas = (window as unknown as AtlasWindow).atlas;
    atlas.set({ time: Date.parse('1945-08-08T00:00+09:00'), speed: s, loop: true, playing: true });
  }, speed);
}

/**
 * Wait until playback wraps from the end of the timeline to its start, while
 * opening the popup of the `loop`-th event of the list (via the map's state) and closing it again.
 * @param loop - used to pick a different event each loop
 * @param timeoutMs - give up after this long
 */
export async function waitForLoop(page: Page, loop: number, timeoutMs: number): Promise<void> {
  await page.evaluate(
    ({ loop, timeoutMs }) =>
      new Promise<void>((resolve, reject) => {
        const atlas = (window as unknown as AtlasWindow).atlas;
        const ids = [...document.querySelectorAll<HTMLElement>('#event-list li[data-event-id]')].map((li) => li.dataset.eventId!);
        const id = ids[(loop * 7) % ids.length]!;
        let last = atlas.state().time;
        let opened = false;
        const started = Date.now();
        const timer = setInterval(() => {
          const s = atlas.state();
          // Mid-loop: open a popup, then close it (as a visitor would), keeping playback on.
          if (!opened && Date.now() - started > 300) {
            atlas.set({ selection: { kind: 'event', id } });
            opened = true;
          } else if (opened && s.selection) atlas.set({ selection: null });
          const wrapped = s.time < last;
          last = s.time;
          if (wrapped || Date.now() - started > timeoutMs) {
            clearInterval(timer);
            if (wrapped) resolve();
            else reject(new Error(`playback did not loop within ${timeoutMs} ms (time ${new Date(s.time).toISOString()}, playing ${s.playing})`));
          }
        }, 50);
      }),
    { loop, timeoutMs },
  );
}

/**
 * Growth of each measure relative to the first sample.
 * @returns ratios, e.g. 1.04 for 4 % more than after the first loop
 */
export function growth(first: SoakSample, last: SoakSample): { heap: number; nodes: number; listeners: number } {
  return { heap: last.heapBytes / first.heapBytes, nodes: last.nodes / first.nodes, listeners: last.listeners / first.listeners };
}
