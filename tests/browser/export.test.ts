/**
 * Taking the atlas away: "Map picture (PNG)" downloads a PNG as wide as the
 * map with bands of text above and below it (title, date, name mode,
 * credits) and the map's own pixels in between; "Data (GeoJSON)" downloads
 * one FeatureCollection holding every place, route and event of geo/;
 * "Playback video (WebM)" records the map while the timeline plays.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_END, epochFromIso, readGeoFeatures } from './geo.ts';
import { TEST_TIMEOUT_MS, useAtlasSession, type AtlasWindow } from './harness.ts';

/** Heights in CSS pixels of the bands above and below the map in the picture. */
const HEADER = 64;
const FOOTER = 44;

async function downloaded(page: Page, button: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.locator(button).click()]);
  const path = await download.path();
  return { download, bytes: await readFile(path) };
}

/** Distinct colours and bright pixels in a horizontal band of the PNG, decoded by the browser. */
function bandStats(page: Page, png: Buffer, top: number, bottom: number) {
  return page.evaluate(async ({ base64, top, bottom }) => {
    // Decoded from bytes: the page's CSP (connect-src 'self') forbids fetching a data: URL.
    const bytes = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, top, bitmap.width, bottom - top);
    const colours = new Set<number>();
    let white = 0;
    for (let i = 0; i < data.length; i += 4) {
      colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      if (data[i]! > 200 && data[i + 1]! > 200 && data[i + 2]! > 200) white++;
    }
    return { colours: colours.size, white };
  }, { base64: png.toString('base64'), top, bottom });
}

describe('export', { timeout: TEST_TIMEOUT_MS * 2 }, () => {
  const session = useAtlasSession();

  it('saves a picture of the current view, the data as GeoJSON and a playback video', async () => {
    const { page, consoleErrors, close } = await session().openAtlas('lang=en&date=1945-08-20T06:00%2B09:00&names=modern&map=6/47.5/142.5');
    try {
      const canvas = await page.evaluate(() => {
        const c = (window as unknown as AtlasWindow).atlas.map.getCanvas();
        return { width: c.width, height: c.height };
      });
      const { download, bytes } = await downloaded(page, '#export-png');
      expect(download.suggestedFilename()).toBe('karafuto-1945_1945-08-20T0600JST.png');
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      // IHDR: width and height, big-endian, at bytes 16 and 20.
      expect({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) })
        .toEqual({ width: canvas.width, height: HEADER + canvas.height + FOOTER });
      // Not blank: the map part has land, sea, labels and routes; the bands have white text.
      const map = await bandStats(page, bytes, HEADER, HEADER + canvas.height);
      expect(map.colours).toBeGreaterThan(50);
      const header = await bandStats(page, bytes, 0, HEADER);
      const footer = await bandStats(page, bytes, HEADER + canvas.height, HEADER + canvas.height + FOOTER);
      expect(header.white).toBeGreaterThan(200);
      expect(footer.white).toBeGreaterThan(200);

      const data = await downloaded(page, '#export-geojson');
      expect(data.download.suggestedFilename()).toBe('karafuto-1945_1945-08-20T0600JST.geojson');
      const collection = JSON.parse(data.bytes.toString('utf8')) as { type: string; features: { properties: { id?: string; layer: string } }[] };
      expect(collection.type).toBe('FeatureCollection');
      for (const [layer, file] of [['places', 'places.geojson'], ['routes', 'routes.geojson'], ['events', 'events.geojson']]) {
        const ids = collection.features.filter((f) => f.properties.layer === layer).map((f) => f.properties.id).sort();
        expect(ids, layer).toEqual(readGeoFeatures(file!).map((f) => f.properties.id).sort());
      }
      // The whole atlas, whatever the reader has opened: every event's text in all three languages.
      for (const event of readGeoFeatures('events.geojson')) {
        const exported = collection.features.find((f) => f.properties.layer === 'events' && f.properties.id === event.properties.id);
        expect((exported?.properties as { text?: unknown } | undefined)?.text, String(event.properties.id)).toEqual(event.properties.text);
      }

      // The playback video: two simulated days at 24 h/s, recorded until playback stops at the campaign's end.
      await page.evaluate((t) => (window as unknown as AtlasWindow).atlas.set({ time: t, speed: 24, playing: false }), epochFromIso('1945-09-04T00:00+09:00'));
      const video = await downloaded(page, '#export-webm');
      expect(video.download.suggestedFilename()).toBe('karafuto-1945_1945-09-04T0000JST.webm');
      expect(video.bytes.readUInt32BE(0)).toBe(0x1a45dfa3); // EBML magic
      expect(video.bytes.subarray(0, 64).toString('latin1')).toContain('webm');
      expect(video.bytes.length).toBeGreaterThan(10_000);
      expect(await page.evaluate(() => (window as unknown as AtlasWindow).atlas.state())).toMatchObject({ playing: false, time: CAMPAIGN_END });
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
