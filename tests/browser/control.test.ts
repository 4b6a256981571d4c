/**
 * Who held what as of the date (issue #13): a municipality is drawn as held by
 * Japan before its control date and as occupied after it, both its dot
 * (feature-state) and its land (the shading, checked in the picture); a front
 * is drawn while it held; and the share of people in occupied municipalities
 * only grows through August 1945.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { epochFromIso } from './geo.ts';
import { POLL, TEST_TIMEOUT_MS, useAtlasSession, waitForIdle, type AtlasWindow } from './harness.ts';
import { dominantColours, pagePointFromLonLat, type Rgb } from './pixels.ts';

/** Land south-east of Toyohara, nearer its seat than any other, away from routes and labels at zoom 8. */
const TOYOHARA_LAND: [number, number] = [142.8, 46.86];

const held = (page: Page, source: string, id: string) => page.evaluate(({ source, id }) =>
  (window as unknown as AtlasWindow).atlas.map.getFeatureState({ source, id }).held === true, { source, id });
const frontActive = (page: Page, id: string) => page.evaluate((id) =>
  (window as unknown as AtlasWindow).atlas.map.getFeatureState({ source: 'fronts', id }).active === true, id);
const setTime = (page: Page, iso: string) => page.evaluate((time) => (window as unknown as AtlasWindow).atlas.set({ time }), epochFromIso(iso));

async function landColour(page: Page): Promise<Rgb> {
  await waitForIdle(page);
  const point = await pagePointFromLonLat(page, TOYOHARA_LAND);
  expect(point.inside).toBe(true);
  const [colour] = await dominantColours(page, await page.screenshot(), [point], 4);
  return colour!;
}

describe('control as of the date', { timeout: TEST_TIMEOUT_MS }, () => {
  const session = useAtlasSession();

  it('draws Toyohara held by Japan on 15 Aug 12:00 JST and occupied on 25 Aug', async () => {
    const { page, consoleErrors, close } = await session().openAtlas('lang=en&date=1945-08-15T12:00%2B09:00&map=8/46.95/142.6');
    try {
      await expect.poll(() => held(page, 'places', 'toyohara'), POLL).toBe(false);
      expect(await held(page, 'control_areas', 'toyohara')).toBe(false);
      const before = await landColour(page);
      // The Koton front holds (11–18 Aug); the Kumazasa pass is not yet a front.
      expect(await frontActive(page, 'front-koton')).toBe(true);
      expect(await frontActive(page, 'front-kumazasa')).toBe(false);
      await setTime(page, '1945-08-21T12:00+09:00');
      await expect.poll(() => frontActive(page, 'front-kumazasa'), POLL).toBe(true);
      expect(await frontActive(page, 'front-koton')).toBe(false);

      await setTime(page, '1945-08-25T12:00+09:00');
      await expect.poll(() => held(page, 'places', 'toyohara'), POLL).toBe(true);
      expect(await held(page, 'control_areas', 'toyohara')).toBe(true);
      expect(await frontActive(page, 'front-kumazasa')).toBe(false);
      const after = await landColour(page);
      // The shading is a muted red over the land: redder, not the same beige.
      expect(after[0] - after[1], `land at Toyohara ${before} → ${after}`).toBeGreaterThan(before[0] - before[1] + 15);

      // Its popup says when and how it was taken, with the source.
      await page.evaluate(() => (window as unknown as AtlasWindow).atlas.set({ selection: { kind: 'place', id: 'toyohara' } }));
      const popup = page.locator('.maplibregl-popup .popup-control');
      await expect.poll(() => popup.textContent(), POLL).toContain('24 Aug 1945');
      // The source's title arrives with the bibliography, fetched after the page is ready.
      await expect.poll(() => popup.textContent(), POLL).toContain('Сириторское соглашение');
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows a share of people in occupied municipalities that only grows through August', async () => {
    const { page, close } = await session().openAtlas('lang=en&date=1945-08-08T00:00%2B09:00');
    try {
      const figure = page.locator('#figures dd[data-figure="occupied_population"]');
      const shares: number[] = [];
      for (let day = 8; day <= 31; day += 1) {
        const time = epochFromIso(`1945-08-${String(day).padStart(2, '0')}T23:00+09:00`);
        await page.evaluate((t) => (window as unknown as AtlasWindow).atlas.set({ time: t }), time);
        await expect.poll(() => page.locator('#figures-heading').textContent(), POLL).toContain(`${day} Aug 1945`);
        // Absent until the first place is held, like every figure.
        shares.push((await figure.count()) ? Number(await figure.getAttribute('data-share')) : 0);
      }
      expect(shares[0]).toBe(0);
      for (let i = 1; i < shares.length; i += 1) expect(shares[i], `day ${i + 8}`).toBeGreaterThanOrEqual(shares[i - 1]!);
      // Tōro (16 Aug) first, all of Karafuto by 25 Aug, the southern Kurils only in September.
      expect(shares[16 - 8]).toBeGreaterThan(0);
      expect(shares[31 - 8]).toBeGreaterThan(0.9);
      expect(shares[31 - 8]).toBeLessThan(1);
      expect(await figure.textContent()).toMatch(/^[\d,–]+ \(\d+% of [\d,–]+\)$/);
    } finally {
      await close();
    }
  });
});
