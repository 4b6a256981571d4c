/**
 * Finding a town by any of its names with the keyboard only: the search box
 * is a combobox; the picked place is selected, its popup opens and the map
 * moves to it. Expected ids and coordinates come from geo/places.geojson.
 * Reduced motion (an emulated system setting) makes the camera jump, so the
 * seven searches do not wait for seven flights.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readGeoFeatures } from './geo.ts';
import { POLL, TEST_TIMEOUT_MS, useAtlasSession, type AtlasWindow } from './harness.ts';

const places = new Map(readGeoFeatures('places.geojson').map((f) => [f.properties.id, f]));
const coordinates = (id: string) => places.get(id)?.geometry?.coordinates as [number, number];

/** Where the place is drawn, and the map canvas size, in CSS pixels. */
const projected = (page: Page, lonLat: [number, number]) => page.evaluate((p) => {
  const map = (window as unknown as AtlasWindow).atlas.map;
  const { x, y } = map.project(p);
  return { x, y, width: map.getCanvas().clientWidth, height: map.getCanvas().clientHeight, moving: map.isMoving() };
}, lonLat);

/** Polls until the camera has stopped with the place in the upper middle of the map (room for the popup below). */
const expectAtTopCentre = (page: Page, id: string, spelling: string) => expect.poll(async () => {
  const p = await projected(page, coordinates(id));
  return !p.moving && Math.abs(p.x - p.width / 2) < 3 && Math.abs(p.y - p.height / 4) < 3;
}, { ...POLL, message: `${spelling}: ${id} at the top centre of the map` }).toBe(true);

/** Type a spelling into the focused search box, check the first option is the place, and pick it with Enter. */
async function pickBySearch(page: Page, spelling: string, id: string): Promise<void> {
  await page.locator('#search-input').fill('');
  await page.keyboard.type(spelling);
  await expect.poll(() => page.locator('#search-listbox [role=option]').first().getAttribute('data-id'), POLL).toBe(id);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => (window as unknown as AtlasWindow).atlas.state().selection), POLL).toEqual({ kind: 'place', id });
}

describe('search', { timeout: TEST_TIMEOUT_MS * 2 }, () => {
  const session = useAtlasSession();

  it('finds Maoka and Ōtomari by seven spellings, keyboard only, and goes there', async () => {
    const { page, consoleErrors, close } = await session().openAtlas('lang=en&map=5/47.2/146.5', { contextOptions: { reducedMotion: 'reduce' } });
    try {
      const input = page.getByRole('combobox', { name: 'Find a place or event' });
      await expect(input.getAttribute('aria-controls')).resolves.toBe('search-listbox');
      await input.focus();

      // The combobox pattern on the first spelling: arrows move the active option, Escape closes, Enter picks.
      await page.keyboard.type('Maoka');
      await expect.poll(() => input.getAttribute('aria-expanded'), POLL).toBe('true');
      const options = page.locator('#search-listbox [role=option]');
      expect(await options.count()).toBeGreaterThan(1);
      await expect(options.first().getAttribute('data-id')).resolves.toBe('maoka');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      await expect(input.getAttribute('aria-activedescendant')).resolves.toBe(await options.first().getAttribute('id'));
      await expect(options.first().getAttribute('aria-selected')).resolves.toBe('true');
      await page.keyboard.press('Escape');
      await expect(input.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(page.locator('#search-listbox').isHidden()).resolves.toBe(true);
      await page.keyboard.press('ArrowDown');
      await expect(input.getAttribute('aria-activedescendant')).resolves.toBe('search-option-0');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await expect(input.inputValue()).resolves.toBe('');

      // Alternate the two towns so that every search has to move the map.
      const spellings: [string, string][] = [
        ['Maoka', 'maoka'], ['Ōtomari', 'otomari'], ['真岡', 'maoka'], ['Otomari', 'otomari'],
        ['Холмск', 'maoka'], ['Korsakov', 'otomari'], ['Kholmsk', 'maoka'],
      ];
      for (const [spelling, id] of spellings) {
        await pickBySearch(page, spelling, id);
        // The popup names the town in every form.
        const name = String(places.get(id)?.properties['name:ja'] ?? '');
        await expect.poll(() => page.locator('.atlas-popup').textContent(), POLL).toContain(name);
        await expectAtTopCentre(page, id, spelling);
      }
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  // Issue 16: the 1945 name in Cyrillic (Polivanov) for a Russian reader, the modern name in katakana for a Japanese one.
  it.each([
    ['ru', 'Найти место или событие', [['Тоёхара', 'toyohara'], ['Маока', 'maoka'], ['Отомари', 'otomari']]],
    ['ja', '地名・出来事を検索', [['ホルムスク', 'maoka'], ['ユジノサハリンスク', 'toyohara'], ['コルサコフ', 'otomari']]],
  ] as const)('in lang=%s finds the other era\'s name in its own script and goes there', async (lang, label, spellings) => {
    const { page, consoleErrors, close } = await session().openAtlas(`lang=${lang}&map=5/47.2/146.5`, { contextOptions: { reducedMotion: 'reduce' } });
    try {
      const input = page.getByRole('combobox', { name: label });
      await input.focus();
      for (const [spelling, id] of spellings) {
        await pickBySearch(page, spelling, id);
        await expectAtTopCentre(page, id, spelling);
      }
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  // Issue 12: the railway stations of 1945 are places, found by their 1945 and modern station names.
  it('finds the stations of 1945 by either name, and the popup names the line', async () => {
    const { page, consoleErrors, close } = await session().openAtlas('lang=en&map=5/47.2/146.5', { contextOptions: { reducedMotion: 'reduce' } });
    try {
      await page.getByRole('combobox', { name: 'Find a place or event' }).focus();
      for (const [spelling, id] of [['Холмск-Северный', 'station_kita_maoka'], ['Shinba', 'station_shinba'], ['中敷香', 'station_naka_shikuka']] as const) {
        await pickBySearch(page, spelling, id);
        await expectAtTopCentre(page, id, spelling);
        await expect.poll(() => page.locator('.atlas-popup').textContent(), POLL).toMatch(/Station on the .*line/);
      }
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
