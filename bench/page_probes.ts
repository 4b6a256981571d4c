/**
 * What the benchmark does inside a page (the app or the baseline, both expose
 * `window.atlas.map`): frame counting, a camera loop, and slider scrubs read
 * back from the canvas. Each function is self-contained because Playwright
 * serialises it into the page.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { AtlasWindow } from '../tests/browser/harness.ts';

/** Global the ready trap writes: `performance.now()` when `window.atlas.ready` resolved. */
const READY_AT = '__benchReadyAt';

/**
 * Record when `window.atlas.ready` resolves, however late the benchmark looks:
 * a setter on `window.atlas` hooks the promise as soon as the page assigns it.
 * @param context - a browser context before its page navigates
 */
export async function installReadyTrap(context: BrowserContext): Promise<void> {
  await context.addInitScript(`(() => {
    let value;
    Object.defineProperty(window, 'atlas', {
      configurable: true,
      get: () => value,
      set: (v) => {
        value = v;
        Promise.resolve(v && v.ready).then(() => { window.${READY_AT} ??= performance.now(); });
      },
    });
  })();`);
}

/**
 * Milliseconds from navigation start to `window.atlas.ready`, once it resolved.
 * @returns the time, from the page's own clock
 */
export async function readyAtMs(page: Page): Promise<number> {
  return page.evaluate((key) => (window as unknown as Record<string, number>)[key] ?? NaN, READY_AT);
}

/** Frames seen during a window, and tiles the map (re)loaded per source. */
export interface FrameWindow {
  /** `requestAnimationFrame` timestamps, ms. */
  frameTimes: number[];
  /** When the window started (page clock, ms); the last frame is the first at or after its end. */
  startMs: number;
  /** Tiles loaded during the window, by source id (a reload counts again). */
  tilesLoaded: Record<string, number>;
}

/**
 * Count animation frames for `ms` milliseconds of the page's clock.
 * @param ms - window length
 * @returns the frame timestamps and tile loads
 */
export async function recordFrames(page: Page, ms: number): Promise<FrameWindow> {
  return page.evaluate(
    (windowMs) =>
      new Promise<FrameWindow>((resolve) => {
        const map = (window as unknown as AtlasWindow).atlas.map;
        const tilesLoaded: Record<string, number> = {};
        const onData = (e: { sourceId?: string; tile?: unknown }) => {
          if (e.sourceId && e.tile) tilesLoaded[e.sourceId] = (tilesLoaded[e.sourceId] ?? 0) + 1;
        };
        map.on('sourcedata', onData);
        const frameTimes: number[] = [];
        const start = performance.now();
        const tick = (t: number) => {
          frameTimes.push(t);
          if (performance.now() - start < windowMs) requestAnimationFrame(tick);
          else {
            map.off('sourcedata', onData);
            resolve({ frameTimes, startMs: start, tilesLoaded });
          }
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
}

/**
 * Wait until at least `minFrames` animation frames and `minMs` passed, or `maxMs` passed.
 * @returns frames seen
 */
export async function waitFrames(page: Page, minFrames: number, minMs: number, maxMs: number): Promise<number> {
  return page.evaluate(
    ({ minFrames, minMs, maxMs }) =>
      new Promise<number>((resolve) => {
        let frames = 0;
        const start = performance.now();
        const tick = () => {
          frames++;
          const elapsed = performance.now() - start;
          if ((frames >= minFrames && elapsed >= minMs) || elapsed >= maxMs) resolve(frames);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    { minFrames, minMs, maxMs },
  );
}

/**
 * Pan the camera around a rectangle, one slow linear `easeTo` per side, until
 * {@link stopCameraLoop}. The same path on every page: offsets from the
 * camera's centre when the loop starts.
 * @param degrees - width of the rectangle in longitude (height is half)
 * @param legMs - duration of each side
 */
export async function startCameraLoop(page: Page, degrees = 1, legMs = 2000): Promise<void> {
  await page.evaluate(
    ({ degrees, legMs }) => {
      const map = (window as unknown as AtlasWindow).atlas.map;
      const state = { stopped: false };
      (window as unknown as { __benchCamera: typeof state }).__benchCamera = state;
      const { lng, lat } = map.getCenter();
      const corners: [number, number][] = [[lng + degrees, lat], [lng + degrees, lat + degrees / 2], [lng, lat + degrees / 2], [lng, lat]];
      const leg = (i: number) => {
        if (state.stopped) return;
        map.once('moveend', () => leg(i + 1));
        map.easeTo({ center: corners[i % corners.length], duration: legMs, easing: (t) => t });
      };
      leg(0);
    },
    { degrees, legMs },
  );
}

/**
 * Stop the loop of {@link startCameraLoop} where the camera is.
 */
export async function stopCameraLoop(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as AtlasWindow & { __benchCamera?: { stopped: boolean } };
    if (w.__benchCamera) w.__benchCamera.stopped = true;
    w.atlas.map.stop();
  });
}

/** What one slider scrub showed. */
export interface ScrubTrial {
  fromHours: number;
  toHours: number;
  /** Whether the final picture differs from the one before the scrub at all. */
  changed: boolean;
  /** Frames from the `input` event to the first frame that differs from before. */
  firstChangeFrames: number | null;
  /** Frames until ≥ 90 % of the changed pixels are nearer their final colour than their old one. */
  shownFrames: number | null;
  /** Frames until the picture equals the final one (fades and transitions done). */
  settledFrames: number | null;
  /** The same three moments in ms from the input's frame (frame timestamps). */
  firstChangeMs: number | null;
  shownMs: number | null;
  settledMs: number | null;
  /** Renders after the input, and sampled pixels that changed. */
  renders: number;
  changedPixels: number;
}

/**
 * Move `#date-slider` to `fromHours` (unless it is there) and wait for idle, then move it to `toHours`
 * (value + `input` event, dispatched inside an animation-frame callback as
 * Chromium dispatches rAF-aligned input) and read the canvas back after every
 * map render until the map is idle again.
 *
 * A frame is counted as every `requestAnimationFrame` tick after the input's
 * (the first frame after the input is 1). Pixels are compared on a 2 px grid.
 * @returns the frame counts of this scrub
 */
export async function scrubTrial(page: Page, fromHours: number, toHours: number, timeoutMs = 60_000): Promise<ScrubTrial> {
  return page.evaluate(
    async ({ fromHours, toHours, timeoutMs }) => {
      const map = (window as unknown as AtlasWindow).atlas.map;
      const slider = document.getElementById('date-slider') as HTMLInputElement;
      const move = (h: number) => {
        slider.value = String(h);
        slider.dispatchEvent(new Event('input', { bubbles: true }));
      };
      const idle = () =>
        new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no idle within ${timeoutMs} ms`)), timeoutMs);
          map.once('idle', () => { clearTimeout(timer); resolve(); });
          map.triggerRepaint();
        });
      // Chained scrubs start where the last one ended, already idle.
      if (slider.value !== String(fromHours)) {
        move(fromHours);
        await idle();
      }

      const canvas = map.getCanvas();
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
      const width = gl.drawingBufferWidth, height = gl.drawingBufferHeight;
      const buffer = new Uint8Array(width * height * 4);
      const snapshot = () => {
        gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, buffer);
        const out = new Uint8Array(Math.ceil(width / 2) * Math.ceil(height / 2) * 3);
        let o = 0;
        for (let y = 0; y < height; y += 2) {
          for (let x = 0; x < width; x += 2) {
            const i = (y * width + x) * 4;
            out[o++] = buffer[i]!; out[o++] = buffer[i + 1]!; out[o++] = buffer[i + 2]!;
          }
        }
        return out;
      };

      let phase: 'pre' | 'armed' | 'after' = 'pre';
      let before: Uint8Array | null = null;
      let inputFrame = 0;
      const frames: number[] = [];
      const shots: { t: number; px: Uint8Array }[] = [];
      const onRender = () => {
        if (phase === 'pre') { before = snapshot(); phase = 'armed'; }
        else if (phase === 'after') shots.push({ t: document.timeline.currentTime as number, px: snapshot() });
      };
      map.on('render', onRender);
      let ticking = true;
      const done = new Promise<void>((resolve, reject) => {
        const tick = (t: number) => {
          if (!ticking) return;
          if (phase === 'armed') {
            inputFrame = t;
            phase = 'after';
            idle().then(resolve, reject);
            move(toHours);
          } else if (phase === 'after') frames.push(t);
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      map.triggerRepaint();
      try {
        await done;
      } finally {
        ticking = false;
        map.off('render', onRender);
      }

      const pre = before as Uint8Array | null;
      const final = shots.at(-1)?.px;
      const none = null as number | null;
      const result = {
        fromHours, toHours, changed: false, firstChangeFrames: none, shownFrames: none, settledFrames: none,
        firstChangeMs: none, shownMs: none, settledMs: none, renders: shots.length, changedPixels: 0,
      };
      if (!pre || !final) return result;
      const changedAt: number[] = [];
      for (let i = 0; i < final.length; i += 3) {
        if (final[i] !== pre[i] || final[i + 1] !== pre[i + 1] || final[i + 2] !== pre[i + 2]) changedAt.push(i);
      }
      result.changedPixels = changedAt.length;
      result.changed = changedAt.length > 0;
      const frameOf = (t: number) => Math.max(1, frames.filter((f) => f > inputFrame && f <= t).length);
      const distance = (a: Uint8Array, b: Uint8Array, i: number) => Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!);
      for (const shot of shots) {
        let near = 0, moved = 0, same = 0;
        for (const i of changedAt) {
          const toFinal = distance(shot.px, final, i), toPre = distance(shot.px, pre, i);
          if (toFinal < toPre) near++;
          if (toPre > 0) moved++;
          if (toFinal === 0) same++;
        }
        const frame = frameOf(shot.t), ms = Math.round(shot.t - inputFrame);
        if (result.firstChangeFrames === null && moved > 0) { result.firstChangeFrames = frame; result.firstChangeMs = ms; }
        if (result.shownFrames === null && near >= 0.9 * changedAt.length) { result.shownFrames = frame; result.shownMs = ms; }
        if (result.settledFrames === null && same === changedAt.length) { result.settledFrames = frame; result.settledMs = ms; }
      }
      if (!result.changed) result.firstChangeFrames = result.shownFrames = result.settledFrames = result.firstChangeMs = result.shownMs = result.settledMs = null;
      return result;
    },
    { fromHours, toHours, timeoutMs },
  );
}
