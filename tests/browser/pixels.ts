/**
 * Colours of a screenshot at geographic points. The PNG is decoded by the
 * browser itself (createImageBitmap), so no image library is needed.
 */
import type { Page } from 'playwright-core';
import type { AtlasWindow } from './harness.ts';

/** An RGB colour, 0-255 per channel. */
export type Rgb = [number, number, number];

/**
 * Page pixel (CSS px from the top-left of the viewport) of a longitude/latitude.
 * @param lonLat - degrees
 * @returns x, y and whether the point is inside the map canvas
 */
export async function pagePointFromLonLat(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number; inside: boolean }> {
  return page.evaluate((lngLat) => {
    const map = (window as unknown as AtlasWindow).atlas.map;
    const rect = map.getCanvas().getBoundingClientRect();
    const point = map.project(lngLat);
    const inside = point.x >= 0 && point.y >= 0 && point.x < rect.width && point.y < rect.height;
    return { x: rect.left + point.x, y: rect.top + point.y, inside };
  }, lonLat);
}

/**
 * The RGB pixels of a small square around each point of a PNG. The PNG is decoded by the browser.
 * @param png - a screenshot taken with deviceScaleFactor 1
 * @param points - page pixels
 * @param radius - half-size of the square in px
 * @returns per point, its pixels (outside the image: black)
 */
async function pixelSquares(page: Page, png: Buffer, points: { x: number; y: number }[], radius: number): Promise<Rgb[][]> {
  return page.evaluate(
    async ({ base64, points, radius }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context to decode the screenshot');
      context.drawImage(bitmap, 0, 0);
      return points.map(({ x, y }) => {
        const size = 2 * radius + 1;
        const data = context.getImageData(Math.round(x) - radius, Math.round(y) - radius, size, size).data;
        const pixels: [number, number, number][] = [];
        for (let i = 0; i < data.length; i += 4) pixels.push([data[i]!, data[i + 1]!, data[i + 2]!]);
        return pixels;
      });
    },
    { base64: png.toString('base64'), points, radius },
  );
}

/**
 * The most frequent colour in a small square around each point of a PNG,
 * so that a stray label or line pixel does not decide the result.
 * @param png - a screenshot taken with deviceScaleFactor 1
 * @param points - page pixels
 * @param radius - half-size of the square in px
 */
export async function dominantColours(page: Page, png: Buffer, points: { x: number; y: number }[], radius = 3): Promise<Rgb[]> {
  return (await pixelSquares(page, png, points, radius)).map((pixels) => {
    const counts = new Map<string, number>();
    for (const p of pixels) counts.set(p.join(), (counts.get(p.join()) ?? 0) + 1);
    const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    return best.split(',').map(Number) as Rgb;
  });
}

/**
 * Whether a colour appears in a small square around each point of a PNG, for
 * thin or dashed lines whose colour is not the square's most frequent one.
 * @param png - a screenshot taken with deviceScaleFactor 1
 * @param points - page pixels
 * @param colour - the colour looked for
 * @param radius - half-size of the square in px
 * @param tolerance - largest per-channel difference that still matches
 */
export async function colourNear(page: Page, png: Buffer, points: { x: number; y: number }[], colour: Rgb, radius = 4, tolerance = 12): Promise<boolean[]> {
  return (await pixelSquares(page, png, points, radius)).map((pixels) => pixels.some((p) => colourDistance(p, colour) <= tolerance));
}

/** Largest per-channel difference between two colours. */
export function colourDistance(a: Rgb, b: Rgb): number {
  return Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2]));
}

/**
 * The colour of a route kind as the legend shows it (its line sample's stroke), so a test
 * checks the map against what a reader is told, not against the app's code.
 * @param label - the legend row's text, e.g. 'Soviet landing (by sea)'
 */
export async function legendLineColour(page: Page, label: string): Promise<Rgb> {
  const css = await page.evaluate((text) => {
    const row = [...document.querySelectorAll('#legend li')].find((li) => li.textContent?.trim() === text);
    const stroke = row?.querySelector('line[stroke]')?.getAttribute('stroke');
    if (!stroke) throw new Error(`no legend row "${text}" with a line sample`);
    return stroke;
  }, label);
  const hex = /^#([0-9a-f]{6})$/i.exec(css);
  if (hex) { const n = parseInt(hex[1]!, 16); return [(n >> 16) & 255, (n >> 8) & 255, n & 255]; }
  const rgb = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
  if (!rgb) throw new Error(`legend colour "${css}" is neither #rrggbb nor rgb()`);
  return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
}
