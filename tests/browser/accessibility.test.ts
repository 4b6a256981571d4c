/**
 * Accessibility: axe-core finds no serious or critical violation in each main
 * state (initial, each name mode, a popup open, each language, and without
 * WebGL; the phone layout is audited in phone.test.ts); every control is
 * reached by Tab and shows a focus outline; the slider speaks its date.
 * Also the kiosk screen (1920×1080): larger type, the map fills most of it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readGeoFeatures } from './geo.ts';
import { POLL, TEST_TIMEOUT_MS, useAtlasSession, useSharedAtlas, type AtlasWindow } from './harness.ts';
import { seriousAxeViolations } from './axe.ts';

const set = (page: Page, partial: object) => page.evaluate((p) => (window as unknown as AtlasWindow).atlas.set(p), partial);

describe('accessibility', { timeout: TEST_TIMEOUT_MS }, () => {
  const session = useAtlasSession();
  const shared = useSharedAtlas(session);

  it('axe: no serious or critical violation initially, in each name mode and each language', async () => {
    const { page } = await shared();
    const found: Record<string, unknown[]> = {};
    found.initial = await seriousAxeViolations(page);
    // The initial state is names=both and lang=en (this browser's language).
    for (const names of ['1945', 'modern']) {
      await page.locator(`input[name="names"][value="${names}"]`).check();
      found[`names=${names}`] = await seriousAxeViolations(page);
    }
    await page.locator('input[name="names"][value="both"]').check();
    for (const lang of ['ja', 'ru']) {
      await page.locator(`input[name="lang"][value="${lang}"]`).check();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang), POLL).toBe(lang);
      found[`lang=${lang}`] = await seriousAxeViolations(page);
    }
    await page.locator('input[name="lang"][value="en"]').check();
    expect(Object.entries(found).filter(([, v]) => v.length)).toEqual([]);
  });

  it('axe: no serious or critical violation with a popup open (an event with figures and sources)', async () => {
    const { page } = await shared();
    const event = readGeoFeatures('events.geojson').find((f) => f.geometry && Object.keys(f.properties.figures as object).length > 0);
    await set(page, { selection: { kind: 'event', id: event!.properties.id } });
    await expect.poll(() => page.locator('.maplibregl-popup dl').count(), POLL).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await set(page, { selection: null });
    await expect.poll(() => page.locator('.maplibregl-popup').count(), POLL).toBe(0);
  });

  it('the slider speaks the date in the current language', async () => {
    const { page } = await shared();
    await set(page, { time: Date.parse('1945-08-20T06:00+09:00'), lang: 'en' });
    const slider = page.locator('#date-slider');
    await expect.poll(() => slider.getAttribute('aria-valuetext'), POLL).toBe('20 Aug 1945 06:00 JST');
    await set(page, { lang: 'ru' });
    await expect.poll(() => slider.getAttribute('aria-valuetext'), POLL).toBe('20 авг. 1945 г., 06:00 JST');
    await set(page, { lang: 'en' });
  });

  it('Tab reaches every control, and each shows a focus outline', async () => {
    const { page } = await shared();
    const expected = [
      'input[name="lang"]', 'input[name="names"]', 'input[name="script"]', '#date-slider', '#play', '#speed', '#loop',
      '#step-back', '#prev-event', '#next-event', '#step-forward', '#event-list button', '#legend > summary',
      '.atlas-places > summary', '.maplibregl-canvas', '.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-zoom-out',
      '.maplibregl-ctrl-compass', '.maplibregl-ctrl-fullscreen',
    ];
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const reached = new Set<string>();
    const unmarked: string[] = [];
    let first: string | null = null;
    for (let i = 0; i < 160; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate((selectors) => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        const path = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}[${(el as HTMLInputElement).name ?? ''}=${(el as HTMLInputElement).value ?? ''}]`;
        return { path, outlined, matches: selectors.filter((s) => el.matches(s)) };
      }, expected);
      if (!focus) continue;
      if (focus.path === first) break;
      first ??= focus.path;
      for (const m of focus.matches) reached.add(m);
      if (!focus.outlined) unmarked.push(focus.path);
    }
    expect(expected.filter((s) => !reached.has(s))).toEqual([]);
    expect(unmarked).toEqual([]);
  });

  it('kiosk (1920×1080): larger type and the map fills most of the screen', async () => {
    const { page } = await shared();
    const desktopDate = await page.locator('#date-display').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(() => page.locator('#date-display').evaluate((el) => parseFloat(getComputedStyle(el).fontSize)), POLL)
      .toBeGreaterThan(desktopDate * 1.2);
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(20);
    const map = (await page.locator('#map').boundingBox())!;
    const side = (await page.locator('#atlas-side').boundingBox())!;
    expect((map.width * map.height) / (1920 * 1080)).toBeGreaterThan(0.6);
    // No wasted space: map and panel share the full width and reach the bottom.
    expect(Math.round(map.width + side.width)).toBe(1920);
    expect(Math.round(map.y + map.height)).toBe(1080);
    await page.screenshot({ path: 'test-results/kiosk.png' });
  });
});

describe('accessibility without WebGL', { timeout: TEST_TIMEOUT_MS }, () => {
  const session = useAtlasSession({ webgl: false });

  it('axe: no serious or critical violation when the map cannot be drawn', async () => {
    const { page, close } = await session().openAtlas('', { waitReady: false });
    try {
      await expect.poll(() => page.locator('#event-list li').count(), POLL).toBeGreaterThan(0);
      await expect.poll(() => page.locator('.map-unavailable-message').count(), POLL).toBe(1);
      expect(await seriousAxeViolations(page)).toEqual([]);
    } finally {
      await close();
    }
  });
});
