/**
 * The figures panel follows the slider: the dead say whose they are (Soviet,
 * Japanese military, civilian); moving across 22 August 1945 adds the
 * evacuees who died in the Three Ships Incident to the civilians and the two ships lost; the
 * evacuation shows what is known so far up to its total while under way. The expected
 * numbers are summed by hand from geo/events.geojson (see the comments);
 * the rule is documented in src/core/figures.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { epochFromIso } from './geo.ts';
import { POLL, TEST_TIMEOUT_MS, useAtlasSession, type AtlasWindow } from './harness.ts';

const figure = (page: Page, name: string) => page.locator(`#figures dd[data-figure="${name}"]`);
const stateTime = (page: Page) => page.evaluate(() => (window as unknown as AtlasWindow).atlas.state().time);

describe('figures as of the date', { timeout: TEST_TIMEOUT_MS }, () => {
  const session = useAtlasSession();

  it('change when the slider crosses 22 Aug 1945', async () => {
    const { page, consoleErrors, close } = await session().openAtlas('lang=en&date=1945-08-21T23:00%2B09:00');
    try {
      await expect.poll(() => page.locator('#figures-heading').textContent(), POLL).toContain('21 Aug 1945 23:00');
      // Soviet: Tōro 12 + Shumshu 516–2,421 (Maoka's 77 killed and wounded are an account, not a count of dead);
      // Japanese soldiers: Tōro 100 + Shumshu 191–473 + Maoka 300
      await expect.poll(() => figure(page, 'soviet_killed').textContent(), POLL).toBe('528–2,433');
      expect(await figure(page, 'japanese_military_killed').textContent()).toBe('591–873');
      // Civilians: Maoka 600–2,000 (with its 9 telephone operators) + 6 Taihei nurses + Korean residents
      // killed at Kami-Shikuka 16–18 and Mizuho 27
      expect(await figure(page, 'civilians_killed').textContent()).toBe('649–2,051');
      expect(await page.locator('#figures dt').allTextContents()).toEqual(expect.arrayContaining(['Soviet killed', 'Japanese military killed', 'Civilians killed']));
      expect(await figure(page, 'ships_lost').count()).toBe(0);
      // The emergency evacuation (13–23 Aug) is under way: from the sailings with counts so far
      // (Ogasawara Maru 1,500 + No.2 Shinko Maru and Taito Maru 4,180–4,380) up to its 100,000
      expect(await figure(page, 'evacuated').textContent()).toBe('5,680–100,000');

      // One day on with the keyboard (Shift+→): 22 Aug 23:00, after the Taito Maru sank (09:40).
      await page.locator('#date-slider').focus();
      await page.keyboard.press('Shift+ArrowRight');
      await expect.poll(() => stateTime(page), POLL).toBe(epochFromIso('1945-08-22T23:00+09:00'));
      // + the three-ships toll 1,658–1,708 to the civilians (it replaces the three ships' own figures);
      // the soldiers' tolls do not move
      await expect.poll(() => figure(page, 'civilians_killed').textContent(), POLL).toBe('2,307–3,759');
      expect(await figure(page, 'soviet_killed').textContent()).toBe('528–2,433');
      expect(await figure(page, 'ships_lost').textContent()).toBe('2');
      await expect.poll(() => page.locator('#figures-heading').textContent(), POLL).toContain('22 Aug 1945 23:00');

      // After the last ships left (23 Aug 22:00) the evacuation's total replaces its sailings.
      await page.keyboard.press('Shift+ArrowRight');
      await expect.poll(() => figure(page, 'evacuated').textContent(), POLL).toBe('75,000–100,000');

      // Back before the first figure: the panel says there is none.
      await page.keyboard.press('Home');
      await expect.poll(() => page.locator('#figures .figures-none').count(), POLL).toBe(1);
      expect(await page.locator('#figures dd[data-figure]').count()).toBe(0);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
