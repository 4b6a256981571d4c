/**
 * The timeline to 1949: a link to a date of the repatriation opens the
 * aftermath phase of the slider, in any time zone the browser may have; the
 * phase switch, the day steps and the days-per-second playback of the
 * aftermath. Expected instants come from geo/ and docs/CONTRACT.md.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_END, TIMELINE_END, TIMELINE_START, epochFromIso, hoursFromEpoch, readGeoFeatures } from './geo.ts';
import { POLL, TEST_TIMEOUT_MS, useAtlasSession, useSharedAtlas, type AtlasWindow } from './harness.ts';

const DAY_MS = 86_400_000;
const stateTime = (page: Page) => page.evaluate(() => (window as unknown as AtlasWindow).atlas.state().time);
const slider = (page: Page) => page.locator('#date-slider');

/** The id of the last event (from geo/) started at or before `time`; ties: the last in file order. */
function latestEventAt(time: number): string {
  const started = readGeoFeatures('events.geojson')
    .map((e, index) => ({ id: e.properties.id, t: epochFromIso(String(e.properties.start_date)), index }))
    .filter((e) => e.t <= time)
    .sort((a, b) => a.t - b.t || a.index - b.index);
  return started.at(-1)!.id;
}

describe('the aftermath, 1945–1949', { timeout: TEST_TIMEOUT_MS }, () => {
  const session = useAtlasSession();

  for (const timezoneId of ['Pacific/Auckland', 'America/Los_Angeles']) {
    it(`a link to 1 June 1947 noon JST opens that date in the aftermath phase (browser in ${timezoneId})`, async () => {
      const time = epochFromIso('1947-06-01T12:00+09:00');
      const { page, consoleErrors, close } = await session().openAtlas('date=1947-06-01T12:00%2B09:00&lang=en', { contextOptions: { timezoneId } });
      try {
        expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timezoneId);
        expect(await stateTime(page)).toBe(time);
        expect(await page.locator('#date-display').textContent()).toBe('1 Jun 1947 12:00 JST');
        expect(await slider(page).getAttribute('aria-valuetext')).toBe('1 Jun 1947 12:00 JST');
        // The slider shows the aftermath by the day, full width, from 7 Sep 1945 to the end of 1949.
        expect(await page.locator('input[name="phase"][value="aftermath"]').isChecked()).toBe(true);
        expect(Number(await slider(page).getAttribute('min'))).toBe(hoursFromEpoch(CAMPAIGN_END + DAY_MS));
        expect(Number(await slider(page).getAttribute('max'))).toBe(hoursFromEpoch(TIMELINE_END));
        expect(Math.abs(Number(await slider(page).inputValue()) - hoursFromEpoch(time))).toBeLessThanOrEqual(12);
        // The event list follows: the latest event of the repatriation so far is current.
        await expect.poll(() => page.locator('#event-list li[aria-current="true"]').getAttribute('data-event-id'), POLL)
          .toBe(latestEventAt(time));
        // The link keeps the date across the reload of the hash.
        expect(await page.evaluate(() => location.hash)).toContain('date=1947-06-01T12:00+09:00');

        // A plain date is JST midnight, whatever the browser's zone; 31 Dec 1949 is inside the range.
        await page.evaluate(() => { location.hash = 'date=1949-12-31&lang=en'; });
        await expect.poll(() => stateTime(page), POLL).toBe(epochFromIso('1949-12-31T00:00+09:00'));
        expect(await page.locator('#date-display').textContent()).toBe('31 Dec 1949 00:00 JST');
        expect(consoleErrors).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  it('on 31 Jul 1949 the figures keep the August evacuation, the repatriation and those who remained apart', async () => {
    const { page, consoleErrors, close } = await session().openAtlas('date=1949-07-31&lang=en');
    try {
      const figure = (name: string) => page.locator(`#figures dd[data-figure="${name}"]`).textContent();
      const bounds = (text: string | null) => (text ?? '').split('–').map((n) => Number(n.replace(/,/g, '')));
      await expect.poll(() => figure('repatriated'), POLL).toBe('277,490–311,877');
      // The evacuation of August 1945 alone (75,000 by convoy to 100,000 with those who left on their own).
      const evacuated = bounds(await figure('evacuated'));
      expect(Math.max(...evacuated)).toBeLessThanOrEqual(110_000);
      // The Sakhalin Koreans (25,000–43,000) and the 1,069 Japanese who did not return.
      expect(await figure('remained')).toBe('26,069–44,069');
      expect(await page.locator('#figures dt').allTextContents()).toEqual(expect.arrayContaining(['Repatriated 1946–49', 'Remained (incl. Sakhalin Koreans)']));
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  describe('on one page', () => {
    const shared = useSharedAtlas(session, 'lang=en');

    it('the phase switch moves between the invasion by the hour and the aftermath by the day', async () => {
      const { page } = await shared();
      await page.evaluate((t) => (window as unknown as AtlasWindow).atlas.set({ time: t, playing: false }), epochFromIso('1945-08-20T06:00+09:00'));
      await expect.poll(() => page.locator('input[name="phase"][value="campaign"]').isChecked(), POLL).toBe(true);
      expect(Number(await slider(page).getAttribute('max'))).toBe(hoursFromEpoch(CAMPAIGN_END));

      await page.locator('input[name="phase"][value="aftermath"]').check();
      await expect.poll(() => stateTime(page), POLL).toBe(CAMPAIGN_END + DAY_MS);
      expect(await page.locator('#date-display').textContent()).toBe('7 Sep 1945 00:00 JST');
      // An arrow is a day here, Shift+arrow and the step button a week.
      await slider(page).focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => stateTime(page), POLL).toBe(CAMPAIGN_END + 2 * DAY_MS);
      await page.locator('#step-forward').click();
      await expect.poll(() => stateTime(page), POLL).toBe(CAMPAIGN_END + 9 * DAY_MS);
      expect(await page.locator('#step-forward').textContent()).toBe('Week ▶');

      // Back to the invasion where the reader left it.
      await page.locator('input[name="phase"][value="campaign"]').check();
      await expect.poll(() => stateTime(page), POLL).toBe(epochFromIso('1945-08-20T06:00+09:00'));
      expect(await page.locator('#step-forward').textContent()).toBe('Day ▶');
      expect(TIMELINE_START).toBeLessThan(CAMPAIGN_END);
    });

    it('plays the aftermath in days per second and stops at the end of 1949', async () => {
      const { page } = await shared();
      const from = epochFromIso('1949-12-20T00:00+09:00');
      await page.evaluate((t) => (window as unknown as AtlasWindow).atlas.set({ time: t, speed: 6, playing: false }), from);
      await expect.poll(() => page.locator('#speed option:checked').textContent(), POLL).toBe('6 days/s');
      await page.locator('#play').click();
      // 11 days at 6 days a second: about 2 s (at 6 hours a second it would take 44 s).
      await expect.poll(() => page.evaluate(() => (window as unknown as AtlasWindow).atlas.state().playing), POLL).toBe(false);
      expect(await stateTime(page)).toBe(TIMELINE_END);
      expect(await page.locator('#date-display').textContent()).toBe('1 Jan 1950 00:00 JST');
    });
  });
});
