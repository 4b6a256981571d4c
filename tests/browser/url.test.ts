/**
 * The URL hash carries the state: a shared link opens the same view.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_END, HOUR_MS, TIMELINE_START, epochFromIso, hoursFromEpoch, readGeoFeatures } from './geo.ts';
import {
  POLL,
  TEST_TIMEOUT_MS,
  VIEWPORT,
  useAtlasSession,
  waitForIdle,
  type AtlasStateView,
  type AtlasWindow,
} from './harness.ts';

const EXAMPLE = 'date=1945-08-20T06:00+09:00&names=modern&map=7/47.05/142.05';
// URL coordinates are rounded; a hundredth of a degree is under a pixel's worth of doubt at zoom 7.
const CAMERA_TOLERANCE = 0.01;

const readState = (page: Page): Promise<AtlasStateView> => page.evaluate(() => (window as unknown as AtlasWindow).atlas.state());

/** location.hash once it has not changed for half a second (apps debounce hash writes). */
async function settledHash(page: Page): Promise<string> {
  let previous = await page.evaluate(() => location.hash);
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(500);
    const current = await page.evaluate(() => location.hash);
    if (current === previous) return current;
    previous = current;
  }
  throw new Error(`location.hash kept changing: ${previous}`);
}

function expectSameCamera(actual: AtlasStateView['camera'], expected: AtlasStateView['camera']): void {
  expect(Math.abs(actual.zoom - expected.zoom), `zoom ${actual.zoom} vs ${expected.zoom}`).toBeLessThanOrEqual(CAMERA_TOLERANCE);
  expect(Math.abs(actual.lat - expected.lat), `lat ${actual.lat} vs ${expected.lat}`).toBeLessThanOrEqual(CAMERA_TOLERANCE);
  expect(Math.abs(actual.lon - expected.lon), `lon ${actual.lon} vs ${expected.lon}`).toBeLessThanOrEqual(CAMERA_TOLERANCE);
}

describe('the URL hash', { timeout: TEST_TIMEOUT_MS }, () => {
  const session = useAtlasSession();

  it('opens the date, name mode and camera it names', async () => {
    const atlas = await session().openAtlas(EXAMPLE);
    try {
      const { page } = atlas;
      const state = await readState(page);
      const time = epochFromIso('1945-08-20T06:00+09:00');
      expect(state.time).toBe(time);
      expect(state.names).toBe('modern');
      expectSameCamera(state.camera, { zoom: 7, lat: 47.05, lon: 142.05 });
      // The interface shows the same state.
      expect(await page.locator('input[name="names"][value="modern"]').isChecked()).toBe(true);
      expect(Number(await page.locator('#date-slider').inputValue())).toBe(hoursFromEpoch(time));
      expect(await page.locator('#date-display').textContent()).toMatch(/20 Aug 1945.*06:00/);
    } finally {
      await atlas.close();
    }
  });

  it('round-trips a state changed through the interface', async () => {
    const first = await session().openAtlas(EXAMPLE);
    let changed: AtlasStateView;
    let hash: string;
    try {
      const { page } = first;
      const initial = await readState(page);
      await page.locator('input[name="names"][value="1945"]').check();
      await page.locator('input[name="script"][value="latin"]').check();
      await page.locator('#date-slider').focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      // Pan by dragging the map.
      const centre = { x: VIEWPORT.width / 2, y: VIEWPORT.height / 2 };
      await page.mouse.move(centre.x, centre.y);
      await page.mouse.down();
      await page.mouse.move(centre.x - 200, centre.y - 120, { steps: 8 });
      await page.mouse.up();
      await waitForIdle(page);
      await expect.poll(async () => (await readState(page)).time, POLL).toBe(initial.time + 2 * HOUR_MS);

      changed = await readState(page);
      expect(changed.names).toBe('1945');
      expect(changed.script).toBe('latin');
      expect(Math.abs(changed.camera.lon - initial.camera.lon), 'the drag moved the camera').toBeGreaterThan(0.1);
      // The hash follows the state (perhaps after a debounce).
      await expect.poll(() => page.evaluate(() => location.hash), POLL).toMatch(/names=1945/);
      await expect.poll(() => page.evaluate(() => location.hash), POLL).toMatch(/script=latin/);
      hash = await settledHash(page);
    } finally {
      await first.close();
    }

    const second = await session().openAtlas(hash);
    try {
      const reopened = await readState(second.page);
      expect(reopened.time).toBe(changed.time);
      expect(reopened.names).toBe(changed.names);
      expect(reopened.script).toBe(changed.script);
      expectSameCamera(reopened.camera, changed.camera);
    } finally {
      await second.close();
    }
  });

  it('opens the event it names: selected, current in the list, at its time', async () => {
    const event = readGeoFeatures('events.geojson').find((e) => {
      const t = epochFromIso(String(e.properties.start_date));
      return e.geometry && t > TIMELINE_START + 24 * HOUR_MS && t < CAMPAIGN_END;
    });
    expect(event, 'an event with a point inside the timeline in geo/events.geojson').toBeDefined();
    const id = event!.properties.id;
    const atlas = await session().openAtlas(`event=${encodeURIComponent(id)}`);
    try {
      const { page } = atlas;
      const state = await readState(page);
      expect(state.selection).toEqual({ kind: 'event', id });
      expect(state.time).toBe(epochFromIso(String(event!.properties.start_date)));
      await expect.poll(() => page.locator(`#event-list li[data-event-id="${id}"]`).getAttribute('aria-current'), POLL).toBe('true');
    } finally {
      await atlas.close();
    }
  });
});

describe('a link naming a place', { timeout: TEST_TIMEOUT_MS }, () => {
  const session = useAtlasSession();
  const place = readGeoFeatures('places.geojson').find((f) => f.properties.id === 'station_kita_maoka');

  it('opens that place: selected, its popup open, the map gone to it, and the URL keeps it', async () => {
    expect(place?.geometry, 'station_kita_maoka has a point in geo/places.geojson').toBeTruthy();
    const atlas = await session().openAtlas('place=station_kita_maoka&lang=en', { contextOptions: { reducedMotion: 'reduce' } });
    try {
      const { page } = atlas;
      await expect.poll(async () => (await readState(page)).selection, POLL).toEqual({ kind: 'place', id: 'station_kita_maoka' });
      await expect.poll(() => page.locator('.atlas-popup').textContent(), POLL).toContain('北真岡');
      const [lon, lat] = place!.geometry!.coordinates as [number, number];
      await expect.poll(() => page.evaluate(([x, y]) => {
        const map = (window as unknown as AtlasWindow).atlas.map!;
        const p = map.project([x!, y!]);
        return !map.isMoving() && map.getBounds().contains([x!, y!]) && p.y > 0 && map.getZoom() >= 7;
      }, [lon, lat]), POLL).toBe(true);
      expect(await settledHash(page)).toContain('place=station_kita_maoka');
      expect(atlas.consoleErrors).toEqual([]);
    } finally {
      await atlas.close();
    }
  });

  it('that does not exist: nothing selected, and the notice names it', async () => {
    const atlas = await session().openAtlas('place=atlantis&lang=en');
    try {
      const { page } = atlas;
      await expect.poll(() => page.locator('#notices').textContent(), POLL).toContain('place=atlantis (no such place)');
      expect((await readState(page)).selection).toBeNull();
    } finally {
      await atlas.close();
    }
  });
});

describe('a link naming only an event draws that event\'s day, whatever loads first', { timeout: TEST_TIMEOUT_MS }, () => {
  const session = useAtlasSession();
  const LINKED = ['kumazasa-pass-fighting', 'maoka-landing', 'toro-landing', 'three-ships-taito-maru', 'shikotan-landing'];

  it.each(LINKED)('#event=%s: its marker is drawn, the routes are at its time and its popup is open', async (id) => {
    const event = readGeoFeatures('events.geojson').find((e) => e.properties.id === id);
    expect(event?.geometry, `${id} has a point in geo/events.geojson`).toBeTruthy();
    const atlas = await session().openAtlas(`event=${id}`);
    try {
      const { page } = atlas;
      const start = epochFromIso(String(event!.properties.start_date));
      expect((await readState(page)).time).toBe(start);
      const drawn = () => page.evaluate((eventId) => {
        const { map, state } = (window as unknown as AtlasWindow).atlas;
        const routes = map?.getLayer('routes_line') as unknown as { implementation?: { time?: number } } | undefined;
        return {
          reached: map?.getFeatureState({ source: 'events', id: eventId }).reached ?? null,
          routeTime: routes?.implementation?.time ?? null,
          stateTime: state().time,
          popup: document.querySelector('.maplibregl-popup')?.textContent ?? '',
        };
      }, id);
      await expect.poll(async () => (await drawn()).reached, POLL).toBe(true);
      const shown = await drawn();
      expect(shown.routeTime).toBe(shown.stateTime);
      const title = event!.properties.title as { en: string };
      expect(shown.popup).toContain(title.en);
    } finally {
      await atlas.close();
    }
  });
});
