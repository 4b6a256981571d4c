/**
 * "Your family's path" (issue 15, "Done when"): a path built through the panel
 * by keyboard (Toyohara → Ōtomari by rail on 18 Aug 1945 → Wakkanai by ship on
 * 19 Aug) is drawn and draws itself as time passes, survives a reload (kept
 * on the device), is absent from the URL until shared and restored from a
 * shared link, goes into the GeoJSON export and comes back from it through the
 * own-data panel; a name with markup runs nothing; problems show beside their
 * fields and nothing typed is lost.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe.ts';
import { POLL, TEST_TIMEOUT_MS, useAtlasSession, waitForIdle, type AtlasWindow } from './harness.ts';
import { readGeoFeatures } from './geo.ts';
import { colourNear, pagePointFromLonLat, type Rgb } from './pixels.ts';

/** The family layer's colour (style/route_styles.ts FAMILY_COLOR). */
const MAGENTA: Rgb = [0xd8, 0x1b, 0x60];
const MARKUP_NAME = '<img src=x onerror="window.__familyPwned=1">';
const EXPECTED = [{
  name: MARKUP_NAME, home: 'toyohara',
  legs: [
    { from: 'toyohara', to: 'otomari', mode: 'rail', date: '1945-08-18' },
    { from: 'otomari', to: 'wakkanai', mode: 'ship', date: '1945-08-19', voyage: 'evacuation-otomari-wakkanai' },
  ],
}];
/** The ship leg follows its voyage: the atlas's line of the evacuation ships from Ōtomari to Wakkanai. */
const VOYAGE = readGeoFeatures('routes.geojson').find((f) => f.properties.id === 'evacuation-otomari-wakkanai')!.geometry as unknown as { coordinates: [number, number][] };

type FamilyState = { family: unknown };
const family = (page: Page) => page.evaluate(() => ((window as unknown as AtlasWindow).atlas.state() as unknown as FamilyState).family);
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const at = async (page: Page, iso: string) => {
  await page.evaluate((t) => (window as unknown as AtlasWindow).atlas.set({ time: t, playing: false }), Date.parse(iso));
  await waitForIdle(page);
};
/** Whether magenta is on the map along the Ōtomari → Wakkanai leg (its voyage's line), away from both ports. */
async function secondLegDrawn(page: Page): Promise<boolean> {
  const n = VOYAGE.coordinates.length;
  const along = [0.3, 0.5, 0.7].map((f) => VOYAGE.coordinates[Math.round(f * (n - 1))]!);
  const points = await Promise.all(along.map((c) => pagePointFromLonLat(page, c)));
  return (await colourNear(page, await page.screenshot(), points, MAGENTA, 3, 30)).every(Boolean);
}
async function typeInto(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

describe('your family’s path', { timeout: TEST_TIMEOUT_MS * 4 }, () => {
  const session = useAtlasSession();

  it('is built by keyboard, drawn as time passes, kept on reload, shared only on request, exported and imported', async () => {
    const { page, consoleErrors, close } = await session().openAtlas('lang=en&date=1945-08-17T00:00%2B09:00&map=7/46.2/142.3');
    try {
      await page.focus('#family-heading');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await focusedId(page)).toBe('family-add');
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedId(page), POLL).toBe('family-0-name');
      await page.keyboard.type(MARKUP_NAME);
      await page.keyboard.press('Tab');
      expect(await focusedId(page)).toBe('family-0-home');
      await page.keyboard.type('Тоёхара');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await focusedId(page)).toBe('family-0-add-leg');
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedId(page), POLL).toBe('family-0-0-to');
      await page.keyboard.type('Otomari');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await focusedId(page)).toBe('family-0-0-mode');
      await page.keyboard.press('Tab');
      expect(await focusedId(page)).toBe('family-0-0-date');
      await typeInto(page, '1945-08-18');
      await page.focus('#family-0-add-leg');
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedId(page), POLL).toBe('family-0-1-to');
      await page.keyboard.type('稚内');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown'); // rail → road → foot → ship
      await page.keyboard.press('Tab');
      await typeInto(page, '1945-08-19');
      await page.keyboard.press('Tab'); // "about"
      await page.keyboard.press('Tab');
      expect(await focusedId(page)).toBe('family-0-1-voyage');
      await page.keyboard.press('ArrowDown'); // the first atlas voyage: Ōtomari → Wakkanai from 13 Aug
      await expect.poll(() => family(page), POLL).toEqual(EXPECTED);
      expect((await page.locator('#family-path .family-problem').allTextContents()).filter(Boolean)).toEqual([]);
      expect(await page.locator('#family-0-1-date-reads').textContent()).toBe('Read as: 19 Aug 1945');
      // What the atlas knows of the ship leg's days: the evacuation sailings, with their sources.
      const known = page.locator('.family-leg[data-leg="1"] .family-known');
      expect(await known.locator('summary').textContent()).toMatch(/\((?!0\))\d+\)/);

      // The name with markup is text: no image, nothing run.
      expect(await page.evaluate(() => (window as unknown as { __familyPwned?: number }).__familyPwned)).toBeUndefined();
      expect(await page.locator('#family-path img').count()).toBe(0);
      expect(await page.inputValue('#family-0-name')).toBe(MARKUP_NAME);

      // Drawn, in its own layer, as time passes: not yet on 17 Aug, whole on 20 Aug.
      expect(await page.evaluate(() => (window as unknown as AtlasWindow).atlas.map.getLayersOrder().filter((id) => id.includes('family')))).toEqual(['family_routes_line']);
      await page.locator('#family-heading').click(); // fold the panel: the map is what is looked at
      expect(await secondLegDrawn(page)).toBe(false);
      await at(page, '1945-08-20T12:00+09:00');
      expect(await secondLegDrawn(page)).toBe(true);
      expect(await page.locator('#legend').textContent()).toContain('Your family’s path');

      // Never in the URL by itself; kept on the device through a reload.
      expect(page.url()).not.toContain('family');
      await page.reload();
      await page.waitForFunction(() => typeof (window as unknown as Partial<AtlasWindow>).atlas?.ready?.then === 'function');
      await page.evaluate(() => (window as unknown as AtlasWindow).atlas.ready);
      expect(await family(page)).toEqual(EXPECTED);
      expect(page.url()).not.toContain('family');
      await expect.poll(() => page.inputValue('#family-0-name'), POLL).toBe(MARKUP_NAME);

      // Shared on request, with a notice of what the link reveals.
      await page.locator('#family-heading').click();
      await page.focus('#family-share');
      await page.keyboard.press('Enter');
      expect(await page.locator('#family-share-status').textContent()).toContain('anyone who has the link can read them');
      // The link to copy; the address bar held it too, until the view's next change rewrites the hash without it.
      const link = await page.inputValue('#family-share-link');
      expect(new URL(link).hash).toMatch(/&family=[\w-]+$/);

      // The export holds the path as a family feature.
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.locator('#export-geojson').click()]);
      const exported = await readFile(await download.path(), 'utf8');
      const features = (JSON.parse(exported) as { features: { properties: { layer: string; name?: string } }[] }).features.filter((f) => f.properties.layer === 'family');
      expect(features.map((f) => f.properties.name)).toEqual([MARKUP_NAME]);
      expect(consoleErrors).toEqual([]);

      // A fresh browser (nothing kept) opened on the shared link gets the path, and the URL forgets it.
      const shared = await session().openAtlas(new URL(link).hash);
      try {
        expect(await family(shared.page)).toEqual(EXPECTED);
        expect(await shared.page.locator('#notices .notice-hash').count()).toBe(0);
        await expect.poll(() => shared.page.url(), POLL).not.toContain('family');
      } finally {
        await shared.close();
      }

      // Another fresh browser gets it back from the exported file through the own-data panel.
      const imported = await session().openAtlas('lang=en');
      try {
        expect(await family(imported.page)).toEqual([]);
        expect(await imported.page.locator('#legend').textContent()).not.toContain('Your family’s path');
        await imported.page.locator('#user-data').setInputFiles({ name: 'export.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(exported) });
        await expect.poll(() => family(imported.page), { ...POLL, timeout: 30_000 }).toEqual(EXPECTED);
        expect(await imported.page.locator('#user-data-status').textContent()).toContain('1 family path restored');
      } finally {
        await imported.close();
      }
    } finally {
      await close();
    }
  });

  it('fits a phone and has no serious accessibility violation, in Russian', async () => {
    const { page, close } = await session().openAtlas('lang=ru', { contextOptions: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } });
    try {
      await page.evaluate((family) => (window as unknown as AtlasWindow).atlas.set({ family } as never), EXPECTED);
      await page.locator('#panel-toggle').click();
      await page.locator('#family-heading').click();
      await page.evaluate(() => { for (const d of document.querySelectorAll<HTMLDetailsElement>('#family-path details')) d.open = true; });
      await expect.poll(() => page.locator('#family-0-1-voyage').isVisible(), POLL).toBe(true);
      // Every field and button of the panel lies within the phone's width.
      const overflowing = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('#family-path input, #family-path select, #family-path textarea, #family-path button')]
        .filter((e) => e.offsetParent !== null && e.getBoundingClientRect().right > document.documentElement.clientWidth).map((e) => e.id));
      expect(overflowing).toEqual([]);
      expect(await page.locator('#family-heading').textContent()).toBe('Путь вашей семьи');
      expect(await seriousAxeViolations(page)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows each problem beside its field and keeps what was typed; refuses a link too long', async () => {
    const { page, close } = await session().openAtlas('lang=ja');
    try {
      const paths = [{ name: 'x', home: 'toyohara', legs: [
        { from: 'toyohara', to: 'otomari', mode: 'rail', date: '1945-08-18' },
        { from: 'otomari', to: 'otomari', mode: 'foot', date: '1945-08-10' },
        { from: 'maoka', to: 'wakkanai', mode: 'ship', date: '1945-02-30' },
      ] }];
      await page.evaluate((family) => (window as unknown as AtlasWindow).atlas.set({ family } as never), paths);
      await page.locator('#family-heading').click();
      const problem = (id: string) => page.locator(`#${id}-problem`).textContent();
      await expect.poll(() => problem('family-0-1-date'), POLL).toBe('前の行程より前の日付です。');
      expect(await problem('family-0-1-to')).toBe('この行程は出発地と到着地が同じです。');
      expect(await problem('family-0-2-from')).toBe('前の行程の到着地から始まっていません。');
      expect(await problem('family-0-2-date')).toContain('実在しない日付');
      expect(await page.getAttribute('#family-0-2-date', 'aria-describedby')).toContain('family-0-2-date-problem');
      expect(await page.getAttribute('#family-0-2-date', 'aria-invalid')).toBe('true');
      expect(await page.inputValue('#family-0-2-date')).toBe('1945-02-30');
      expect(await family(page)).toEqual(paths);

      // Removing a path with legs asks first; "cancel" keeps it.
      page.once('dialog', (dialog) => void dialog.dismiss());
      await page.locator('#family-0-remove').click();
      expect(await family(page)).toEqual(paths);
      page.once('dialog', (dialog) => void dialog.accept());
      await page.locator('#family-0-remove').click();
      await expect.poll(() => family(page), POLL).toEqual([]);

      const long = [{ name: 'y', legs: Array.from({ length: 10 }, () => ({ from: 'a', to: 'b', mode: 'foot', date: '1945-08', note: 'n'.repeat(900) })) }];
      await page.evaluate((family) => (window as unknown as AtlasWindow).atlas.set({ family } as never), long);
      await page.locator('#family-share').click();
      expect(await page.locator('#family-share-status').textContent()).toContain('リンクには多すぎます');
      expect(page.url()).not.toContain('family');
    } finally {
      await close();
    }
  });
});
