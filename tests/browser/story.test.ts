/**
 * "Play the invasion sequence": the story runs time through its chapters with
 * their titles shown, pauses when the reader drags the map, resumes from the
 * same instant, and under reduced motion moves the camera in one frame.
 * Chapter spans and titles are the story's data (src/core/story.ts), restated
 * here as a reader sees them.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { epochFromIso } from './geo.ts';
import { POLL, TEST_TIMEOUT_MS, useAtlasSession, type AtlasWindow } from './harness.ts';

const stateTime = (page: Page) => page.evaluate(() => (window as unknown as AtlasWindow).atlas.state().time);
const mode = (page: Page) => page.locator('#story-panel').getAttribute('data-mode');

describe('story', { timeout: TEST_TIMEOUT_MS * 2 }, () => {
  const session = useAtlasSession();

  it('advances through chapters, pauses when the reader drags the map, resumes, and jumps under reduced motion', async () => {
    const { page, consoleErrors, close } = await session().openAtlas('lang=en');
    try {
      // Before the story: only its start button; while it runs: pause, next and end instead.
      expect(await page.locator('#story-toggle').isVisible()).toBe(false);
      await page.getByRole('button', { name: 'Play the invasion sequence' }).click();
      await expect.poll(() => page.locator('#story-toggle').isVisible(), POLL).toBe(true);
      expect(await page.locator('#story-play').isVisible()).toBe(false);
      await expect.poll(() => page.locator('#story-chapter').textContent(), POLL).toBe('Chapter 1 of 7: The frontier and Koton');
      // Time runs inside chapter 1 (9 Aug 06:00 to 18 Aug 12:00 JST).
      const first = await stateTime(page);
      await expect.poll(() => stateTime(page), POLL).toBeGreaterThan(first);
      expect(await stateTime(page)).toBeLessThanOrEqual(epochFromIso('1945-08-18T12:00+09:00'));
      // It stops on the first key event with its text.
      await expect.poll(() => page.locator('#story-caption h3').textContent(), POLL).toMatch(/Handa|Handenzawa/);

      await page.locator('#story-next').click();
      await expect.poll(() => page.locator('#story-chapter').textContent(), POLL).toBe('Chapter 2 of 7: West-coast landings: Tōro and Maoka');
      await expect.poll(() => stateTime(page), POLL).toBeGreaterThan(epochFromIso('1945-08-15T00:00+09:00'));

      // The reader drags the map: the story pauses and says so; time stays.
      const box = (await page.locator('#map canvas').boundingBox())!;
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + 120, y + 60, { steps: 5 });
      await page.mouse.up();
      await expect.poll(() => mode(page), POLL).toBe('paused');
      await expect(page.locator('#story-status').textContent()).resolves.toContain('Resume');
      const paused = await stateTime(page);
      await page.waitForTimeout(400);
      expect(await stateTime(page)).toBe(paused);

      // Resume goes on from the same instant, in the same chapter.
      await page.getByRole('button', { name: 'Resume' }).click();
      await expect.poll(() => mode(page), POLL).toBe('running');
      await expect.poll(() => stateTime(page), POLL).toBeGreaterThan(paused);
      expect(await stateTime(page)).toBeLessThan(paused + 3 * 24 * 3_600_000);
      expect(await page.locator('#story-chapter').textContent()).toContain('Chapter 2 of 7');

      // Tabbing through the page is not taking over; a key that acts on the map (+ zooms in) is.
      await page.locator('#date-slider').focus();
      await page.keyboard.press('Tab');
      const tabbed = await stateTime(page);
      await expect.poll(() => stateTime(page), POLL).toBeGreaterThan(tabbed);
      expect(await mode(page)).toBe('running');
      await page.locator('#map canvas').focus();
      await page.keyboard.press('+');
      await expect.poll(() => mode(page), POLL).toBe('paused');

      // Without reduced motion the next chapter's camera flies (still moving after the click)...
      const camera = () => page.evaluate(() => new Promise<{ moving: boolean; lon: number; lat: number }>((resolve) => {
        const map = (window as unknown as AtlasWindow).atlas.map;
        (document.getElementById('story-next') as HTMLButtonElement).click();
        // One frame after the click.
        requestAnimationFrame(() => resolve({ moving: map.isMoving(), lon: map.getCenter().lng, lat: map.getCenter().lat }));
      }));
      const flying = await camera();
      expect(flying.moving).toBe(true);
      await expect.poll(() => page.locator('#story-chapter').textContent(), POLL).toContain('Chapter 3 of 7');

      // ...with reduced motion it is there in one frame: chapter 4, Shumshu and the northern Kurils (152.8–158.9°E).
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const jumped = await camera();
      expect(jumped.moving).toBe(false);
      expect(jumped.lon).toBeGreaterThan(152.8);
      expect(jumped.lon).toBeLessThan(158.9);
      await expect.poll(() => page.locator('#story-chapter').textContent(), POLL).toBe('Chapter 4 of 7: Shumshu and the northern Kurils');
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
