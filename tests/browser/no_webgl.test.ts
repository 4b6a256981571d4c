/**
 * Without WebGL the map cannot draw: the page must say so plainly and still
 * offer the chronology (the event list).
 */
import { describe, expect, it } from 'vitest';
import { POLL, TEST_TIMEOUT_MS, useAtlasSession } from './harness.ts';

describe('a browser without WebGL', { timeout: TEST_TIMEOUT_MS }, () => {
  const session = useAtlasSession({ webgl: false });

  it('shows a clear message and still lists the events', async () => {
    const atlas = await session().openAtlas('', { waitReady: false });
    try {
      const { page } = atlas;
      // Precondition: this browser really has no WebGL at all.
      const gl = await page.evaluate(() => ({
        webgl2: !!document.createElement('canvas').getContext('webgl2'),
        webgl: !!document.createElement('canvas').getContext('webgl'),
      }));
      expect(gl).toEqual({ webgl2: false, webgl: false });

      const notice = page.locator('#notices');
      await expect.poll(() => notice.textContent(), POLL).toMatch(/WebGL/i);
      expect(await notice.isVisible(), '#notices is visible').toBe(true);
      const announced = page.locator('#notices:is([role=status],[role=alert]), #notices :is([role=status],[role=alert])');
      expect(await announced.count(), '#notices (or a child) has role status or alert').toBeGreaterThan(0);
      expect(await page.locator('#event-list li[data-event-id]').count(), 'events listed').toBeGreaterThan(0);
      expect(await page.locator('#event-list').isVisible(), '#event-list is visible').toBe(true);
    } finally {
      await atlas.close();
    }
  });
});
