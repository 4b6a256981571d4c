/**
 * Names of the sea and the land follow the name mode and script like the
 * places: the Sōya Strait reads 宗谷海峡 in 1945 and пролив Лаперуза today,
 * and the Sea of Okhotsk is labelled from the first zooms.
 */
import { describe, expect, it } from 'vitest';
import { readRenderedLabels, TEST_TIMEOUT_MS, useAtlasSession, waitForIdle } from './harness.ts';

const WATER = 'names_water_label';

describe('water and land names', { timeout: TEST_TIMEOUT_MS }, () => {
  const session = useAtlasSession();

  it('reads the Sōya Strait by its 1945 name, then by its modern one after the switch', async () => {
    const atlas = await session().openAtlas('names=1945&script=both&map=8/45.75/142.1');
    try {
      await waitForIdle(atlas.page);
      const before = (await readRenderedLabels(atlas.page, WATER)).find((l) => l.id === 'soya-strait');
      expect(before?.text).toBe('宗谷海峡\nSōya kaikyō');
      await atlas.page.locator('input[name="names"][value="modern"]').check();
      await waitForIdle(atlas.page);
      const after = (await readRenderedLabels(atlas.page, WATER)).find((l) => l.id === 'soya-strait');
      expect(after?.text).toMatch(/^пролив Лаперуза\n.*La Pérouse/);
    } finally {
      await atlas.close();
    }
  });

  it('labels the Sea of Okhotsk at zoom 5', async () => {
    const atlas = await session().openAtlas('names=modern&script=native&map=5/48/147');
    try {
      await waitForIdle(atlas.page);
      const labels = await readRenderedLabels(atlas.page, WATER);
      expect(labels.find((l) => l.id === 'sea-of-okhotsk')?.text).toBe('Охотское море');
    } finally {
      await atlas.close();
    }
  });

  it('gives a mountain its height', async () => {
    const atlas = await session().openAtlas('names=1945&script=native&map=9/47.0/142.75');
    try {
      await waitForIdle(atlas.page);
      const labels = await readRenderedLabels(atlas.page, 'names_land_label');
      expect(labels.find((l) => l.id === 'suzuya-dake')?.text).toBe('鈴谷岳\n1045 m');
    } finally {
      await atlas.close();
    }
  });
});
