/**
 * A 390×844 touch phone: the panel is a bottom sheet; the date, slider and
 * play button are on screen without scrolling and work by tap; touch targets
 * are at least 44 px; the sheet opens to the event list. Saves test-results/phone.png.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_END, TIMELINE_START } from './geo.ts';
import { POLL, TEST_TIMEOUT_MS, useAtlasSession, useSharedAtlas, type AtlasWindow } from './harness.ts';
import { seriousAxeViolations } from './axe.ts';

const PHONE = { width: 390, height: 844 } as const;
const state = (page: Page) => page.evaluate(() => (window as unknown as AtlasWindow).atlas.state());

/** Whether the element's whole box is inside the viewport and it is the topmost element at its centre. */
async function isOnScreen(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  if (!box) return false;
  const inside = box.x >= 0 && box.y >= 0 && box.x + box.width <= PHONE.width && box.y + box.height <= PHONE.height;
  const topmost = await locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return !!hit && (hit === el || el.contains(hit) || hit.contains(el));
  });
  return inside && topmost;
}

describe('phone (390×844, touch)', { timeout: TEST_TIMEOUT_MS }, () => {
  const session = useAtlasSession();
  const shared = useSharedAtlas(session, '', { contextOptions: { viewport: PHONE, hasTouch: true, isMobile: true } });

  it('shows the date, slider and play button without scrolling, under a map that takes the rest', async () => {
    const { page } = await shared();
    await page.screenshot({ path: 'test-results/phone.png' });
    for (const selector of ['#date-display', '#date-slider', '#play', '#panel-toggle']) {
      expect(await isOnScreen(page.locator(selector)), selector).toBe(true);
    }
    expect(await page.evaluate(() => document.scrollingElement!.scrollHeight)).toBeLessThanOrEqual(PHONE.height);
    const map = await page.locator('#map').boundingBox();
    expect(map!.height).toBeGreaterThan(PHONE.height * 0.4);
  });

  it('touch targets are at least 44 px', async () => {
    const { page } = await shared();
    const targets = ['#play', '#speed', 'label:has(#loop)', '#step-back', '#prev-event', '#next-event', '#step-forward', '#panel-toggle',
      '#lang-choice label >> nth=0', '#lang-choice label >> nth=2', '.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-zoom-out'];
    const small: string[] = [];
    for (const selector of targets) {
      const box = await page.locator(selector).boundingBox();
      if (!box || box.width < 44 || box.height < 44) small.push(`${selector}: ${box ? `${Math.round(box.width)}×${Math.round(box.height)}` : 'hidden'}`);
    }
    const slider = await page.locator('#date-slider').boundingBox();
    if (!slider || slider.height < 44) small.push('#date-slider');
    expect(small).toEqual([]);
  });

  it('play and the slider work by tap', async () => {
    const { page } = await shared();
    await page.locator('#play').tap();
    await expect.poll(async () => (await state(page)).playing, POLL).toBe(true);
    expect(await page.locator('#play').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await state(page)).time, POLL).toBeGreaterThan(TIMELINE_START);
    await page.locator('#play').tap();
    await expect.poll(async () => (await state(page)).playing, POLL).toBe(false);

    const box = (await page.locator('#date-slider').boundingBox())!;
    await page.touchscreen.tap(box.x + box.width * 0.75, box.y + box.height / 2);
    // The slider shows the campaign at full width.
    const fraction = ((await state(page)).time - TIMELINE_START) / (CAMPAIGN_END - TIMELINE_START);
    expect(fraction).toBeGreaterThan(0.65);
    expect(fraction).toBeLessThan(0.85);
  });

  it('the sheet opens to the event list with the slider still in view; a tapped event is selected and shown on the map', async () => {
    const { page } = await shared();
    expect(await page.locator('#event-list').isVisible()).toBe(false);
    await page.locator('#panel-toggle').tap();
    expect(await page.locator('#panel-toggle').getAttribute('aria-expanded')).toBe('true');
    const first = page.locator('#event-list li button').first();
    await first.scrollIntoViewIfNeeded();
    expect(await first.isVisible()).toBe(true);
    expect(await isOnScreen(page.locator('#date-slider'))).toBe(true);
    await page.screenshot({ path: 'test-results/phone-sheet.png' });
    await first.tap();
    const id = await page.locator('#event-list li').first().getAttribute('data-event-id');
    await expect.poll(async () => (await state(page)).selection, POLL).toEqual({ kind: 'event', id });
    // The sheet closes so the event is seen on the map, with a popup that can be closed by touch.
    expect(await page.locator('#panel-toggle').getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#event-list').isVisible()).toBe(false);
    const close = await page.locator('.maplibregl-popup-close-button').boundingBox();
    expect(Math.min(close!.width, close!.height)).toBeGreaterThanOrEqual(44);
    await page.screenshot({ path: 'test-results/phone-popup.png' });
  });

  it('has no serious or critical axe violation, sheet closed (with a popup) or open', async () => {
    const { page } = await shared();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.locator('#panel-toggle').tap();
    expect(await page.locator('#panel-toggle').getAttribute('aria-expanded')).toBe('true');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
