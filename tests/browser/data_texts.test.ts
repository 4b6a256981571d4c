/**
 * Issue #16, "Done when": the popups of `three-ships-incident`, `toro-landing`
 * and `uruppu-surrender` (and the routes of the same days) in Japanese and
 * Russian contain no run of four English words outside links and source
 * titles: the time note, the confidence note, the figure notes, the units and
 * ships are shown in the reader's language, with nothing marked as an English fallback.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { POLL, TEST_TIMEOUT_MS, useAtlasSession, type AtlasWindow } from './harness.ts';

/** Four Latin words in a row (a token is printable ASCII with a letter: T-589, hoppou.blog): an English phrase. */
const ENGLISH_RUN = /[\x21-\x7e]*[A-Za-z][\x21-\x7e]*(?:\s+[\x21-\x7e]*[A-Za-z][\x21-\x7e]*){3}/;

const SELECTIONS = [
  { kind: 'event', id: 'three-ships-incident' },
  { kind: 'event', id: 'toro-landing' },
  { kind: 'event', id: 'uruppu-surrender' },
  { kind: 'route', id: 'landing-toro' },
  { kind: 'route', id: 'landing-uruppu' },
  { kind: 'route', id: 'attacked-taito-maru' },
] as const;

interface ShownPopup {
  id: string;
  /** The popup's text without links and source titles. */
  text: string;
  /** Texts marked English (a fallback). */
  english: string[];
  /** Whether the popup has its details (sources, confidence, the event's figures). */
  complete: boolean;
}

/** Opens each popup in turn, once its late details are in, and reads it. */
function readPopups(page: Page, selections: typeof SELECTIONS): Promise<ShownPopup[]> {
  return page.evaluate(async (list) => {
    const atlas = (window as unknown as AtlasWindow).atlas;
    const out: ShownPopup[] = [];
    for (const { kind, id } of list) {
      document.querySelectorAll('.popup').forEach((n) => n.setAttribute('data-read', ''));
      atlas.set({ selection: { kind, id } } as never);
      const started = performance.now();
      let popup: Element | null = null;
      // The sources list fills when the details arrive (they are fetched after the page is ready).
      while (performance.now() - started < 8000) {
        await new Promise((r) => setTimeout(r, 50));
        popup = document.querySelector(`.popup-${kind}:not([data-read])`);
        // A route's texts (title, units, ships, notes) come in a file of their own, also after the page is ready.
        const ready = kind === 'event' ? !!popup?.querySelector('.popup-meta') : !!popup?.querySelector('h3')?.textContent;
        if (popup?.querySelector('.popup-sources li') && ready) break;
      }
      const copy = popup?.cloneNode(true) as Element | undefined;
      copy?.querySelectorAll('a, .popup-sources li').forEach((n) => n.remove());
      out.push({
        id,
        text: copy?.textContent ?? '',
        english: [...(popup?.querySelectorAll('[lang="en"]') ?? [])].map((n) => n.textContent ?? ''),
        complete: !!popup?.querySelector('.popup-sources li') && !!popup.querySelector('h3')?.textContent,
      });
    }
    return out;
  }, selections);
}

describe('event and route texts in the reader\'s language', { timeout: TEST_TIMEOUT_MS * 2 }, () => {
  const session = useAtlasSession();

  it.each(['ja', 'ru'] as const)('the popups of three-ships-incident, toro-landing and uruppu-surrender in %s have no English phrase', async (lang) => {
    const { page, consoleErrors, close } = await session().openAtlas(`lang=${lang}`);
    try {
      await expect.poll(() => page.evaluate(() => (window as unknown as AtlasWindow).atlas.state().lang), POLL).toBe(lang);
      const shown = await readPopups(page, SELECTIONS);
      expect(shown.map((s) => [s.id, s.complete])).toEqual(SELECTIONS.map((s) => [s.id, true]));
      // The check can fail: each popup shows its confidence, units or figures.
      expect(shown.every((s) => s.text.length > 100)).toBe(true);
      const wrong = shown.filter((s) => ENGLISH_RUN.test(s.text) || s.english.length > 0)
        .map((s) => ({ id: s.id, run: ENGLISH_RUN.exec(s.text)?.[0], english: s.english }));
      expect(wrong).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('in English the same popups show the English notes (the test reads what it should)', async () => {
    const { page, close } = await session().openAtlas('lang=en');
    try {
      const [three] = await readPopups(page, [SELECTIONS[0]] as unknown as typeof SELECTIONS);
      expect(three!.text).toMatch(ENGLISH_RUN);
    } finally {
      await close();
    }
  });
});
