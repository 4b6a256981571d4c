/**
 * Without WebGL the map cannot draw: the page must say so plainly and still
 * offer the chronology (the event list).
 */
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_END, HOUR_MS, TIMELINE_START, epochFromIso, hoursFromEpoch, readGeoFeatures } from './geo.ts';
import { POLL, TEST_TIMEOUT_MS, useAtlasSession, type AtlasWindow } from './harness.ts';

/**
 * Two consecutive events (from geo/, not the app) inside the timeline, each
 * alone at its instant, the first on a whole hour (a slider position).
 */
function consecutiveEvents(): [{ id: string; time: number }, { id: string; time: number }] {
  const events = readGeoFeatures('events.geojson')
    .map((e) => ({ id: e.properties.id, time: epochFromIso(String(e.properties.start_date)) }))
    .sort((a, b) => a.time - b.time);
  const alone = (e: { time: number }) => events.filter((o) => o.time === e.time).length === 1;
  for (let i = 0; i + 1 < events.length; i++) {
    const [a, b] = [events[i]!, events[i + 1]!];
    if (a.time > TIMELINE_START && b.time < CAMPAIGN_END && (a.time - TIMELINE_START) % HOUR_MS === 0 && alone(a) && alone(b)) return [a, b];
  }
  throw new Error('geo/events.geojson has no two consecutive events alone at their instants');
}

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

  it('still lists the places and moves through time: slider, next event, current item in the list', async () => {
    const atlas = await session().openAtlas('', { waitReady: false });
    try {
      const { page, consoleErrors } = atlas;
      const places = page.locator('#places-in-view li');
      await expect.poll(() => places.count(), POLL).toBeGreaterThan(10);
      // The list follows the name mode without a map.
      await page.locator('input[name="names"][value="modern"]').check();
      await expect.poll(() => page.locator('#places-in-view').textContent(), POLL).toContain('Холмск');
      await page.locator('input[name="names"][value="1945"]').check();
      await expect.poll(() => page.locator('#places-in-view').textContent(), POLL).toContain('真岡');

      const [first, second] = consecutiveEvents();
      const current = page.locator('#event-list li[aria-current="true"]');
      await page.locator('#date-slider').fill(String(hoursFromEpoch(first.time)));
      await expect.poll(() => page.evaluate(() => (window as unknown as AtlasWindow).atlas.state().time), POLL).toBe(first.time);
      await expect.poll(() => current.getAttribute('data-event-id'), POLL).toBe(first.id);
      await page.locator('#next-event').click();
      await expect.poll(() => page.evaluate(() => (window as unknown as AtlasWindow).atlas.state().time), POLL).toBe(second.time);
      await expect.poll(() => current.getAttribute('data-event-id'), POLL).toBe(second.id);
      expect(Number(await page.locator('#date-slider').inputValue())).toBe(Math.floor(hoursFromEpoch(second.time)));
      expect(consoleErrors.filter((e) => !/WebGL|webgl/.test(e))).toEqual([]);
    } finally {
      await atlas.close();
    }
  });
});
