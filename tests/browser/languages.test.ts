/**
 * Interface languages: the browser's language on a first visit, a visible
 * switch that works instantly (no reload) and is kept in the URL, and texts
 * that follow it (controls, dates, event titles from geo/, popups, the map's
 * control titles) while the place labels on the map do not.
 * Expected texts are written here, in each language, not read from the app.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readGeoFeatures } from './geo.ts';
import {
  POLL, TEST_TIMEOUT_MS, readRenderedLabels, useAtlasSession, useSharedAtlas, waitForIdle, type AtlasWindow,
} from './harness.ts';

/** An event placed on the map whose title the data gives in all three languages. */
function trilingualEvent(): { id: string; title: { en: string; ja: string; ru: string } } {
  const found = readGeoFeatures('events.geojson').find((f) => {
    const title = f.properties.title as Record<string, string>;
    return f.geometry && title.ja && title.ru;
  });
  if (!found) throw new Error('geo/events.geojson has no located event titled in en, ja and ru');
  return { id: found.properties.id, title: found.properties.title as { en: string; ja: string; ru: string } };
}

const text = (page: Page, selector: string) => page.locator(selector).first().textContent();
const state = (page: Page) => page.evaluate(() => (window as unknown as AtlasWindow).atlas.state());

describe('interface languages', { timeout: TEST_TIMEOUT_MS }, () => {
  const session = useAtlasSession();
  // A browser whose preferred language is Japanese, opening the atlas without a hash.
  const shared = useSharedAtlas(session, '', { contextOptions: { locale: 'ja-JP' } });

  it('a first visit follows the browser language (ja-JP) and writes it to the URL', async () => {
    const { page } = await shared();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(await text(page, 'h1')).toBe('樺太 1945');
    expect(await text(page, '#date-display')).toBe('1945年8月8日 0時00分（日本時間）');
    expect(await page.locator('#date-slider').getAttribute('aria-valuetext')).toBe('1945年8月8日 0時00分（日本時間）');
    expect(await text(page, '#play')).toContain('再生');
    expect(await page.locator('input[name="lang"][value="ja"]').isChecked()).toBe(true);
    await expect.poll(() => page.evaluate(() => location.hash), POLL).toContain('lang=ja');
  });

  it('switching to Russian is instant: texts, dates, event titles and map controls change, place labels do not', async () => {
    const { page, consoleErrors } = await shared();
    const event = trilingualEvent();
    await waitForIdle(page);
    const labelsBefore = (await readRenderedLabels(page)).map((l) => l.text).sort();
    expect(labelsBefore.length).toBeGreaterThan(5);
    await page.evaluate(() => { (window as unknown as { notReloaded: boolean }).notReloaded = true; });

    await page.getByLabel('Русский').check();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), POLL).toBe('ru');
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(await text(page, '#date-display')).toBe('8 авг. 1945 г., 00:00 JST');
    expect(await page.locator('#date-slider').getAttribute('aria-label')).toBe('Дата');
    expect(await text(page, '#play')).toContain('Пуск');
    expect(await text(page, '#legend > summary')).toBe('Условные обозначения');
    expect(await text(page, `li[data-event-id="${event.id}"] .event-title`)).toBe(event.title.ru);
    expect(await page.locator('.maplibregl-ctrl-zoom-in').getAttribute('title')).toBe('Приблизить');
    expect(await text(page, '.maplibregl-ctrl-attrib')).toContain('Берега: Natural Earth');
    await expect.poll(() => page.evaluate(() => location.hash), POLL).toContain('lang=ru');
    expect((await state(page)).lang).toBe('ru');

    await waitForIdle(page);
    expect((await readRenderedLabels(page)).map((l) => l.text).sort()).toEqual(labelsBefore);
    expect(consoleErrors).toEqual([]);
  });

  it('an open popup is rewritten in the new language; a place popup is headed in the reader\'s script', async () => {
    const { page } = await shared();
    const event = trilingualEvent();
    await page.evaluate((id) => (window as unknown as AtlasWindow).atlas.set({ selection: { kind: 'event', id } }), event.id);
    await expect.poll(() => text(page, '.maplibregl-popup h3'), POLL).toBe(event.title.ru);
    expect(await text(page, '.maplibregl-popup .popup-sources > h4')).toBe('Источники');

    await page.getByLabel('日本語').check();
    await expect.poll(() => text(page, '.maplibregl-popup h3'), POLL).toBe(event.title.ja);
    expect(await text(page, '.maplibregl-popup .popup-sources > h4')).toBe('出典');
    expect(await page.locator('.maplibregl-popup-close-button').getAttribute('aria-label')).toBe('閉じる');
    expect(await page.locator('.maplibregl-popup-close-button').count()).toBe(1);

    // A place's popup is headed by its name in the reader's script.
    const place = readGeoFeatures('places.geojson').find((f) => f.properties['name:ja'] && f.properties['name:ja-Latn'])!;
    await page.evaluate((id) => (window as unknown as AtlasWindow).atlas.set({ selection: { kind: 'place', id } }), place.properties.id);
    await expect.poll(() => text(page, '.maplibregl-popup h3'), POLL).toBe(place.properties['name:ja']);
  });

  it('lang in a link wins over the browser language; an unknown lang is ignored', async () => {
    const { page } = await shared();
    await page.evaluate(() => { location.hash = '#lang=en'; });
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), POLL).toBe('en');
    expect(await text(page, 'h1')).toBe('Karafuto 1945');
    expect(await page.locator('input[name="lang"][value="en"]').isChecked()).toBe(true);

    await page.evaluate(() => { location.hash = '#lang=de'; });
    await expect.poll(() => page.locator('#notices').textContent(), POLL).toContain('lang=de');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});

describe('event texts by language', { timeout: TEST_TIMEOUT_MS }, () => {
  const session = useAtlasSession();

  it('a page loads the long texts of its language only; a switch fetches the other and rewrites the open popup', async () => {
    const found = readGeoFeatures('events.geojson').find((f) => f.geometry)!;
    const { id } = found.properties;
    const body = found.properties.text as { en: string; ja: string; ru: string };
    const requested: string[] = [];
    const { page, consoleErrors, close } = await session().openAtlas(`lang=ja&event=${id}`, {
      prepare: async (context) => {
        await context.route(/\/assets\/events-/, (route) => {
          requested.push(new URL(route.request().url()).pathname);
          return route.fallback();
        });
      },
    });
    try {
      // Fetched with the popup's data (the link selects an event), not with the map's.
      await expect.poll(() => requested.some((p) => p.endsWith('.ja.json')), POLL).toBe(true);
      await expect.poll(() => page.locator('.maplibregl-popup').textContent(), POLL).toContain(body.ja);
      expect(requested.some((p) => p.endsWith('.ru.json'))).toBe(false);

      await page.getByLabel('Русский').check();
      await expect.poll(() => page.locator('.maplibregl-popup').textContent(), POLL).toContain(body.ru);
      expect(requested.some((p) => p.endsWith('.ru.json'))).toBe(true);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a language whose texts fail to load shows English, marked lang="en", and names the file', async () => {
    const found = readGeoFeatures('events.geojson').find((f) => f.geometry)!;
    const body = found.properties.text as { en: string };
    const { page, close } = await session().openAtlas(`lang=ru&event=${found.properties.id}`, {
      prepare: async (context) => {
        await context.route(/\/assets\/events-[^/]+\.ru\.json$/, (route) => route.fulfill({ status: 404, body: 'Not Found' }));
      },
    });
    try {
      await expect.poll(() => page.locator('#notices').textContent(), POLL).toContain('geo/events.ru.json could not be loaded (HTTP 404)');
      const text = page.locator('.maplibregl-popup p[lang="en"]', { hasText: body.en.slice(0, 40) });
      await expect.poll(() => text.count(), POLL).toBe(1);
    } finally {
      await close();
    }
  });
});
