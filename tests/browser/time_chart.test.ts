/**
 * The chart under the slider: it states the totals to a screen reader, has a
 * table with one row per period, shows a period's numbers and sources under
 * the pointer, moves time when clicked, follows the phase and the language,
 * and while playing only its cursor moves. Expected numbers are those of the
 * figures panel (tests/browser/figures.test.ts, src/core/figures.test.ts).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { epochFromIso } from './geo.ts';
import { POLL, TEST_TIMEOUT_MS, useAtlasSession, useSharedAtlas, type AtlasWindow } from './harness.ts';

const stateTime = (page: Page) => page.evaluate(() => (window as unknown as AtlasWindow).atlas.state().time);
const setState = (page: Page, change: Record<string, unknown>) =>
  page.evaluate((c) => (window as unknown as AtlasWindow).atlas.set(c), change);

describe('the time chart', { timeout: TEST_TIMEOUT_MS }, () => {
  const session = useAtlasSession();
  const shared = useSharedAtlas(session, 'lang=en&date=1945-08-10T00:00%2B09:00');

  it('states the totals, has a row per day, and a click on 20 Aug moves time there', async () => {
    const { page } = await shared();
    const chart = page.locator('#time-chart');
    await expect.poll(() => chart.getAttribute('aria-label'), POLL).toContain('Evacuated, Aug 1945 75,000–100,000');
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await page.locator('#time-chart-table tbody tr').count()).toBe(29);
    const box = (await chart.boundingBox())!;
    // The middle of 20 Aug: day 12 of the 29 from 8 Aug.
    const x = box.x + box.width * (12.5 / 29);
    // The sources' titles arrive after the page is ready: hover again until they are there.
    let nudge = 0;
    const hovered = async () => {
      await page.mouse.move(x + (nudge++ % 2), box.y + box.height / 2);
      return page.locator('.time-chart-tip').textContent();
    };
    await expect.poll(hovered, POLL).toMatch(/^20 Aug 1945: Evacuated, Aug 1945 \+up to 1,500 .*Sources: .*小笠原丸/);
    await page.mouse.click(x, box.y + box.height / 2);
    await expect.poll(() => stateTime(page), POLL).toBe(epochFromIso('1945-08-20T00:00+09:00'));
  });

  it('a row of the table moves time with Enter', async () => {
    const { page } = await shared();
    await page.locator('.time-chart-details summary').click();
    const row = page.locator('#time-chart-table tbody tr').nth(15).locator('button');
    await row.focus();
    await expect.poll(() => page.locator('.time-chart-tip').isVisible(), POLL).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => stateTime(page), POLL).toBe(epochFromIso('1945-08-23T00:00+09:00'));
  });

  it('follows the phase and the language: the aftermath by month, in Japanese', async () => {
    const { page } = await shared();
    await setState(page, { time: epochFromIso('1947-06-01T00:00+09:00'), lang: 'ja', playing: false });
    await expect.poll(() => page.locator('#time-chart').getAttribute('aria-label'), POLL).toMatch(/^その後のグラフ.*277,490–311,877/);
    // 7–30 Sep 1945, then every month to Dec 1949.
    expect(await page.locator('#time-chart-table tbody tr').count()).toBe(52);
    await setState(page, { lang: 'en' });
    await expect.poll(() => page.locator('#time-chart').getAttribute('aria-label'), POLL).toMatch(/^Chart of the aftermath/);
  });

  it('spreads the 1946–49 total over the months of the lift, marked as an estimate, not one bar in July 1949', async () => {
    const { page } = await shared();
    await setState(page, { time: epochFromIso('1947-06-01T00:00+09:00'), lang: 'en', playing: false });
    const table = page.locator('#time-chart-table');
    await expect.poll(() => table.locator('caption').textContent(), POLL).toMatch(/spreads the rest evenly over the days the lift ran/);
    expect(await page.locator('#time-chart').getAttribute('aria-label')).toContain('are an estimate, not counts');
    const cell = (period: string) => table.locator('tbody tr', { has: page.locator(`th button:text-is("${period}")`) }).locator('td').first();
    // A month of the 1947 season has its estimated share; a winter month of the suspension has none.
    expect(await cell('Jun 1947').textContent()).toMatch(/^≈ \+\d{1,3}(,\d{3})*/);
    expect(await cell('Feb 1948').textContent()).toBe('—');
    // The largest month is far below the whole: no bar of ~300,000 in July 1949.
    const july = (await cell('Jul 1949').textContent())!;
    expect(july).toMatch(/^≈ \+\d{1,2},\d{3}[–\s(]/);
    expect(july).toContain('in all 277,490–311,877');
    expect(await page.locator('#time-chart rect.bar-spread').count()).toBeGreaterThan(10);
  });

  it('while playing only the cursor moves: nothing is redrawn', async () => {
    const { page } = await shared();
    await setState(page, { time: epochFromIso('1945-08-15T00:00+09:00'), speed: 24, playing: false });
    await expect.poll(() => page.locator('#time-chart').getAttribute('aria-label'), POLL).toContain('Evacuated');
    const changes = await page.evaluate(async () => {
      // The bars (the SVG) and the cursor; the hover tip may come and go under the pointer of the last test.
      const svg = document.getElementById('time-chart')!;
      const cursor = svg.parentElement!.querySelector('.time-chart-cursor')!;
      const seen: string[] = [];
      const observer = new MutationObserver((records) => {
        for (const r of records) seen.push(r.type === 'attributes' ? `${(r.target as Element).getAttribute('class')}.${r.attributeName}` : r.type);
      });
      observer.observe(svg, { subtree: true, childList: true, attributes: true });
      observer.observe(cursor, { attributes: true });
      (window as unknown as AtlasWindow).atlas.set({ playing: true });
      await new Promise((done) => setTimeout(done, 1500));
      (window as unknown as AtlasWindow).atlas.set({ playing: false });
      await new Promise((done) => setTimeout(done, 100));
      observer.disconnect();
      return seen;
    });
    expect(changes.length, 'the cursor moved').toBeGreaterThan(4);
    // Only the cursor's transform: the bars are not redrawn, and no SVG attribute changes.
    expect(new Set(changes)).toEqual(new Set(['time-chart-cursor.style']));
  });
});
