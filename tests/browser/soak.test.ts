/**
 * A short soak (the long one is `npm run soak`): four loops over the whole
 * timeline at high speed with a popup opened and closed each loop. A museum
 * screen plays for days, so listeners, DOM nodes and popups must not pile up
 * and the heap must settle.
 */
import { describe, expect, it } from 'vitest';
import { TEST_TIMEOUT_MS, useAtlasSession } from './harness.ts';
import { growth, sample, startLoopingPlayback, startProbe, waitForLoop, type SoakSample } from './soak_probe.ts';

/** Simulated hours per second: one 696-hour loop in under 2 s. */
const SPEED = 400;
/** The first loop warms up (first popup, the popups' data fetched after ready, glyphs of new labels: ~14 listeners once); the rest are compared. */
const LOOPS = 4;

describe('a long session, in short', { timeout: TEST_TIMEOUT_MS }, () => {
  const session = useAtlasSession();

  it('loops playback four times without piling up listeners, nodes, popups or heap after the first', async () => {
    const atlas = await session().openAtlas();
    try {
      const { page, consoleErrors } = atlas;
      const cdp = await startProbe(page);
      const startedAt = Date.now();
      await startLoopingPlayback(page, SPEED);
      const samples: SoakSample[] = [];
      for (let loop = 1; loop <= LOOPS; loop++) {
        await waitForLoop(page, loop, 20_000);
        samples.push(await sample(page, cdp, loop, startedAt));
      }
      const first = samples[1]!;
      const last = samples.at(-1)!;
      const g = growth(first, last);
      const table = samples.map((s) => `loop ${s.loop}: heap ${(s.heapBytes / 1e6).toFixed(1)} MB, ${s.nodes} nodes, ${s.listeners} listeners, ${s.popups} popups`).join('\n');
      expect(g.listeners, table).toBeLessThanOrEqual(1.1);
      expect(g.nodes, table).toBeLessThanOrEqual(1.1);
      expect(g.heap, table).toBeLessThanOrEqual(1.5);
      expect(Math.max(...samples.map((s) => s.popups)), table).toBeLessThanOrEqual(1);
      expect(consoleErrors).toEqual([]);
      await cdp.detach();
    } finally {
      await atlas.close();
    }
  });
});
