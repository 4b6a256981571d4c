/**
 * "Your own data": a GeoJSON file opened with the file picker or dropped on
 * the map is checked (problems listed by file, feature and field) and, when
 * valid, drawn on the timeline; a huge file is refused before it is read and
 * a big broken one is checked without freezing the page.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { POLL, TEST_TIMEOUT_MS, readRenderedLabels, useAtlasSession, useSharedAtlas, waitForIdle, type AtlasWindow } from './harness.ts';
import { colourNear, pagePointFromLonLat, type Rgb } from './pixels.ts';

const BEFORE = Date.parse('1945-08-10T00:00+09:00');
const AFTER = Date.parse('1945-08-22T00:00+09:00');

const names = (ja: string, latin: string, ru: string, ruLatin: string) =>
  ({ 'name:ja': ja, 'name:ja-Latn': latin, 'name:ru': ru, 'name:ru-Latn': ruLatin });
const place = (id: string, coordinates: number[], n: Record<string, string>) => ({
  type: 'Feature', geometry: { type: 'Point', coordinates },
  properties: { id, kind: 'port', region: 'karafuto', ...n, modern_name_since: null, coord_source: 'mine', uncertainty_m: 100, sources: ['mine'] },
});
const MY_FILE = {
  type: 'FeatureCollection',
  features: [
    place('my_port', [142.05, 47.05], names('私の港', 'Watashi', 'Мойпорт', 'Moyport')),
    place('my_town', [142.7, 46.95], names('私の町', 'Machi', 'Мойгород', 'Moygorod')),
    { type: 'Feature', geometry: { type: 'LineString', coordinates: [[142.05, 47.05], [142.4, 47.0], [142.7, 46.95]] },
      properties: { id: 'my_march', kind: 'advance', side: 'soviet', mode: 'land', title: { en: 'My march' },
        start_date: '1945-08-20T06:00+09:00', end_date: '1945-08-21T06:00+09:00', from: 'my_port', to: 'my_town',
        units: [], ships: [], people: null, sources: ['mine'] } },
    { type: 'Feature', geometry: { type: 'Point', coordinates: [142.05, 47.05] },
      properties: { id: 'my_event', kind: 'landing', start_date: '1945-08-20T06:00+09:00', date_precision: 'minute', places: ['my_port'],
        title: { en: 'My landing' }, text: { en: 'It happened.' }, figures: {}, sources: ['mine'] } },
  ],
};

const state = (page: Page) => page.evaluate(() => (window as unknown as AtlasWindow).atlas.state());
/** Features drawn in a layer; an event marker counts once reached (before, it is drawn with radius 0). */
const rendered = (page: Page, layer: string) =>
  page.evaluate((id) => (window as unknown as AtlasWindow).atlas.map.queryRenderedFeatures({ layers: [id] })
    .filter((f) => f.state.reached !== false).length, layer);
/** The status line says "shown in teal": whether that teal is on the map along the route (a custom WebGL layer). */
const TEAL: Rgb = [0x00, 0x83, 0x8f];
async function routeShown(page: Page): Promise<boolean> {
  await waitForIdle(page);
  const [, [x1, y1], [x2, y2]] = MY_FILE.features[2]!.geometry.coordinates as [[number, number], [number, number], [number, number]];
  // Along the second segment, clear of the places' dots and labels at both ends.
  const along = [0.3, 0.5, 0.7].map((f) => [x1 + (x2 - x1) * f, y1 + (y2 - y1) * f] as [number, number]);
  const points = await Promise.all(along.map((c) => pagePointFromLonLat(page, c)));
  return (await colourNear(page, await page.screenshot(), points, TEAL, 3)).every(Boolean);
}
async function at(page: Page, time: number): Promise<void> {
  await page.evaluate((t) => (window as unknown as AtlasWindow).atlas.set({ time: t, playing: false }), time);
  await waitForIdle(page);
}
/** Ms until a slider move shows in the state (the main thread's responsiveness). */
async function sliderLatency(page: Page, hours: number): Promise<number> {
  const start = Date.now();
  await page.locator('#date-slider').fill(String(hours));
  await page.waitForFunction((h) => (window as unknown as AtlasWindow).atlas.state().time === Date.parse('1945-08-08T00:00+09:00') + h * 3_600_000, hours, { timeout: 5000 });
  return Date.now() - start;
}

describe('your own data', { timeout: TEST_TIMEOUT_MS }, () => {
  const session = useAtlasSession();
  const shared = useSharedAtlas(session, 'date=1945-08-10T00:00%2B09:00&map=7.5/47.0/142.4');

  it('a valid file from the picker is drawn on the timeline: routes grow, events appear on their date, places get labels', async () => {
    const { page, consoleErrors } = await shared();
    await page.locator('#user-data').setInputFiles({ name: 'mine.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(MY_FILE)) });
    await expect.poll(() => page.locator('#user-data-status').textContent(), POLL).toBe(
      'mine.geojson added, shown in teal on their dates. Places: 2, routes: 1, events: 1.');
    expect(await page.locator('#user-data-errors li').count()).toBe(0);
    await at(page, BEFORE);
    expect(await routeShown(page), 'no route before it starts').toBe(false);
    expect(await rendered(page, 'user_events_circle'), 'no event before its date').toBe(0);
    expect((await readRenderedLabels(page, 'user_places_label')).map((l) => l.text).join(' ')).toContain('私の港');
    await at(page, AFTER);
    expect(await routeShown(page), 'the finished route').toBe(true);
    expect(await rendered(page, 'user_events_circle'), 'the event').toBe(1);
    await page.locator('input[name="names"][value="modern"]').check();
    await expect.poll(async () => (await readRenderedLabels(page, 'user_places_label')).map((l) => l.text).join(' '), POLL).toContain('Мойпорт');
    // A click on the file's event (drawn over the atlas's Maoka) opens its popup; the link does not name it.
    const mine = await pagePointFromLonLat(page, [142.05, 47.05]);
    await page.mouse.click(mine.x, mine.y);
    await expect.poll(() => page.locator('.atlas-popup h3').textContent(), POLL).toBe('My landing');
    expect(await page.locator('.atlas-popup').textContent()).toContain('It happened.');
    expect((await state(page)).selection).toEqual({ kind: 'event', id: 'my_event', user: true });
    expect(await page.evaluate(() => location.hash)).not.toContain('event=');
    await page.locator('.atlas-popup .maplibregl-popup-close-button').click();
    expect((await state(page)).selection).toBeNull();
    // Its route, clicked along the line, and its other place.
    const [, [x1, y1], [x2, y2]] = MY_FILE.features[2]!.geometry.coordinates as [[number, number], [number, number], [number, number]];
    const onRoute = await pagePointFromLonLat(page, [x1 + (x2 - x1) * 0.3, y1 + (y2 - y1) * 0.3]);
    await page.mouse.click(onRoute.x, onRoute.y);
    await expect.poll(() => page.locator('.atlas-popup h3').textContent(), POLL).toBe('My march');
    const town = await pagePointFromLonLat(page, [142.7, 46.95]);
    await page.mouse.click(town.x, town.y);
    await expect.poll(() => page.locator('.atlas-popup h3').textContent(), POLL).toBe('Machi');
    await page.locator('.atlas-popup .maplibregl-popup-close-button').click();
    // The panel speaks the reader's language, the last message included.
    await page.locator('input[name="lang"][value="ru"]').check();
    await expect.poll(() => page.locator('#user-data-panel summary').textContent(), POLL).toBe('Свои данные');
    expect(await page.locator('#user-data-status').textContent()).toBe(
      'Файл mine.geojson добавлен: бирюзовым цветом, в свои даты. Мест: 2, маршрутов: 1, событий: 1.');
    await page.locator('input[name="lang"][value="en"]').check();
    await expect.poll(() => page.locator('#user-data-panel summary').textContent(), POLL).toBe('Your own data');
    expect(consoleErrors).toEqual([]);
  });

  it('a broken file dropped on the map lists its problems by file, feature and field and changes nothing', async () => {
    const { page } = await shared();
    const bad = structuredClone(MY_FILE);
    delete (bad.features[0]!.properties as Record<string, unknown>)['name:ru'];
    (bad.features[2]!.properties as Record<string, unknown>).end_date = '1945-08-19T06:00+09:00';
    const before = await state(page);
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'bad.geojson', { type: 'application/geo+json' }));
      document.getElementById('map')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, JSON.stringify(bad));
    await expect.poll(() => page.locator('#user-data-status').textContent(), POLL).toBe('bad.geojson was not added: 1 problem.');
    expect(await page.locator('#user-data-errors li').allTextContents()).toEqual([
      'bad.geojson: feature "my_port": name:ru is missing: every name tag must be present (null = not known)',
    ]);
    expect(await state(page)).toEqual(before);
    expect(await rendered(page, 'user_events_circle'), 'the previous file stays drawn').toBe(1);
  });

  it('a 50 MB file is refused before reading, and the page keeps responding', async () => {
    const { page } = await shared();
    const before = await state(page);
    // Generated here; Playwright takes buffers only below 50 MB, so it goes through a temporary file.
    const dir = mkdtempSync(join(tmpdir(), 'atlas-user-data-'));
    const path = join(dir, 'huge.geojson');
    writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 0x20));
    try {
      await page.locator('#user-data').setInputFiles(path);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await sliderLatency(page, 300)).toBeLessThan(1000);
    await expect.poll(() => page.locator('#user-data-status').textContent(), POLL).toBe('huge.geojson was not added: 1 problem.');
    expect(await page.locator('#user-data-errors').textContent()).toBe('huge.geojson: is 50.0 MB: files over 20.0 MB are not read');
    const after = await state(page);
    expect({ ...after, time: before.time }).toEqual(before);
  });

  it('a big broken file is checked in a worker: the slider answers within a second meanwhile', async () => {
    const { page } = await shared();
    const broken = structuredClone(MY_FILE.features[0]!) as { properties: Record<string, unknown> };
    broken.properties.kind = 'castle';
    const features = Array.from({ length: 35_000 }, (_, i) => ({ ...broken, properties: { ...broken.properties, id: `p${i}` } }));
    const buffer = Buffer.from(JSON.stringify({ type: 'FeatureCollection', features }));
    expect(buffer.length).toBeGreaterThan(10 * 1024 * 1024);
    await page.locator('#user-data').setInputFiles({ name: 'big.geojson', mimeType: 'application/geo+json', buffer });
    const latencies: number[] = [];
    let sawChecking = false;
    for (let i = 0; i < 6; i++) {
      if ((await page.locator('#user-data-status').textContent())?.startsWith('Checking')) sawChecking = true;
      latencies.push(await sliderLatency(page, 100 + i));
    }
    expect(sawChecking, 'the slider was used while the file was being checked').toBe(true);
    expect(Math.max(...latencies), `latencies ${latencies.join(', ')} ms`).toBeLessThan(1000);
    await expect.poll(() => page.locator('#user-data-status').textContent(), { timeout: 30_000, interval: 200 }).toBe('big.geojson was not added: 35,000 problems.');
    expect(await page.locator('#user-data-errors li').count()).toBe(201);
    expect(await page.locator('#user-data-errors li').last().textContent()).toBe('and 34,800 more');
    // In Japanese the count of the problems left out follows; the problems keep the checker's wording.
    await page.locator('input[name="lang"][value="ja"]').check();
    await expect.poll(() => page.locator('#user-data-errors li').last().textContent(), POLL).toBe('ほか 34,800 件');
    expect(await page.locator('#user-data-status').textContent()).toBe('big.geojson は追加されませんでした。問題 35,000 件。');
    await page.locator('input[name="lang"][value="en"]').check();
  });

  it('markup in a file\'s names is shown as text in its popup; nothing runs', async () => {
    const atlas = await session().openAtlas('date=1945-08-22T00:00%2B09:00&map=8/47.3/142.3');
    try {
      const { page } = atlas;
      const hostile = '<img src=x onerror="window.__pwned=1">';
      const file = { type: 'FeatureCollection', features: [place('odd', [142.3, 47.3], names(hostile, 'Odd', 'Странный', 'Strannyy'))] };
      await page.locator('#user-data').setInputFiles({ name: 'odd.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(file)) });
      await expect.poll(() => page.locator('#user-data-status').textContent(), POLL).toContain('odd.geojson added');
      await waitForIdle(page);
      const dot = await pagePointFromLonLat(page, [142.3, 47.3]);
      await page.mouse.click(dot.x, dot.y);
      await expect.poll(() => page.locator('.atlas-popup').textContent(), POLL).toContain(hostile);
      expect(await page.locator('.atlas-popup img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    } finally {
      await atlas.close();
    }
  });
});
