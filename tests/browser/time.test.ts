/**
 * Moving through time: the slider by keyboard, the event list, and Play.
 * Expected instants come from geo/ and the timeline bounds of the contract.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_END, HOUR_MS, TIMELINE_START, epochFromIso, hoursFromEpoch, readGeoFeatures } from './geo.ts';
import {
  POLL,
  TEST_TIMEOUT_MS,
  useAtlasSession,
  useSharedAtlas,
  waitForIdle,
  type AtlasWindow,
} from './harness.ts';

import { colourNear, legendLineColour, pagePointFromLonLat } from './pixels.ts';

/** The legend's English row for a route's kind and side (src/ui/strings.ts, as a reader sees it). */
const LEGEND_LABELS: Record<string, string> = {
  'landing|soviet': 'Soviet landing (by sea)', 'advance|soviet': 'Soviet advance', 'advance|japanese': 'Japanese movement',
  'evacuation|japanese': 'Civilian evacuation ship', 'attacked_ship|japanese': 'Evacuation ship attacked',
};

const stateTime = (page: Page) => page.evaluate(() => (window as unknown as AtlasWindow).atlas.state().time);
const sliderValue = async (page: Page) => Number(await page.locator('#date-slider').inputValue());

/** Put the shared page at an instant, paused: each test's own starting point. */
async function startAt(page: Page, time: number): Promise<void> {
  await page.evaluate((t) => (window as unknown as AtlasWindow).atlas.set({ time: t, playing: false }), time);
  await expect.poll(() => stateTime(page), POLL).toBe(time);
}

describe('time controls', { timeout: TEST_TIMEOUT_MS }, () => {
  const session = useAtlasSession();
  const shared = useSharedAtlas(session);

  it('move the date slider with the keyboard', async () => {
    const start = epochFromIso('1945-08-20T06:00+09:00');
    const { page } = await shared();
    await startAt(page, start);
    const slider = page.locator('input[type=range]#date-slider');
    await expect(slider.getAttribute('aria-label')).resolves.toBe('Date');
    await slider.focus();

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => stateTime(page), POLL).toBe(start + HOUR_MS);
    expect(await sliderValue(page)).toBe(hoursFromEpoch(start + HOUR_MS));
    await expect.poll(() => page.locator('#date-display').textContent(), POLL).toMatch(/20 Aug 1945.*07:00/);

    // End and Home: the ends of the phase the slider shows (the campaign here).
    await page.keyboard.press('End');
    await expect.poll(() => stateTime(page), POLL).toBe(CAMPAIGN_END);
    expect(await sliderValue(page)).toBe(hoursFromEpoch(CAMPAIGN_END));

    await page.keyboard.press('Home');
    await expect.poll(() => stateTime(page), POLL).toBe(TIMELINE_START);
    expect(await sliderValue(page)).toBe(0);

    // The app's documented keys (keyboard help): PageDown jumps to the next event.
    const firstEvent = Math.min(
      ...readGeoFeatures('events.geojson')
        .map((e) => epochFromIso(String(e.properties.start_date)))
        .filter((t) => t > TIMELINE_START),
    );
    await page.keyboard.press('PageDown');
    await expect.poll(() => stateTime(page), POLL).toBe(firstEvent);
  });

  it('jump to an event clicked in the event list and mark it current', async () => {
    const events = readGeoFeatures('events.geojson');
    const timeOf = new Map(events.map((e) => [e.properties.id, epochFromIso(String(e.properties.start_date))]));
    const { page } = await shared();
    await startAt(page, TIMELINE_START);
    const listed = await page.locator('#event-list li[data-event-id]').evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-event-id') ?? ''),
    );
    expect(listed.length, 'events in #event-list').toBeGreaterThan(1);
    // An event inside the timeline, after the current time, whose instant no other event shares.
    const count = (t: number) => [...timeOf.values()].filter((u) => u === t).length;
    const candidates = listed.filter((id) => {
      const t = timeOf.get(id);
      return t !== undefined && t > TIMELINE_START + 24 * HOUR_MS && t < CAMPAIGN_END && count(t) === 1;
    });
    expect(candidates.length, `listed events with a unique instant inside the timeline (listed: ${listed})`).toBeGreaterThan(0);
    const id = candidates[Math.floor(candidates.length / 2)]!;
    const time = timeOf.get(id)!;

    await page.locator(`#event-list li[data-event-id="${id}"]`).click();
    await expect.poll(() => stateTime(page), POLL).toBe(time);
    expect(Math.abs((await sliderValue(page)) - hoursFromEpoch(time)), 'slider within the hour of the event').toBeLessThan(1);
    await expect.poll(() => page.locator(`#event-list li[data-event-id="${id}"]`).getAttribute('aria-current'), POLL).toBe('true');
    expect(await page.locator('#event-list li[aria-current="true"]').count(), 'items marked current').toBe(1);
  });

  it('step a day with the day buttons and to the next event with the event button', async () => {
    const start = epochFromIso('1945-08-15T12:00+09:00');
    const nextEvent = Math.min(
      ...readGeoFeatures('events.geojson')
        .map((e) => epochFromIso(String(e.properties.start_date)))
        .filter((t) => t > start),
    );
    const { page } = await shared();
    await startAt(page, start);
    await page.locator('#step-forward').click();
    await expect.poll(() => stateTime(page), POLL).toBe(start + 24 * HOUR_MS);
    await page.locator('#step-back').click();
    await page.locator('#step-back').click();
    await expect.poll(() => stateTime(page), POLL).toBe(start - 24 * HOUR_MS);
    await startAt(page, start);
    await page.locator('#next-event').click();
    await expect.poll(() => stateTime(page), POLL).toBe(nextEvent);
  });

  it('play advances the date and draws more of an active route, and its new part answers a click', async () => {
    const from = epochFromIso('1945-08-20T00:00+09:00');
    const active = readGeoFeatures('routes.geojson').filter((route) => {
      const p = route.properties;
      return epochFromIso(String(p.start_date)) < from && from < epochFromIso(String(p.end_date));
    });
    // The Maoka landing if the data has it, else any route in progress.
    const lasting = active.filter((r) => epochFromIso(String(r.properties.end_date)) >= from + 3 * HOUR_MS);
    const isMaoka = (r: (typeof active)[number]) => JSON.stringify([r.properties.id, r.properties.from, r.properties.to]).includes('maoka');
    const route = lasting.find(isMaoka) ?? lasting[0] ?? active.find(isMaoka) ?? active[0];
    expect(route, 'a route in progress at 1945-08-20T00:00+09:00 in geo/routes.geojson').toBeDefined();
    const legendRow = LEGEND_LABELS[`${String(route!.properties.kind)}|${String(route!.properties.side)}`];
    expect(legendRow, `a legend row for ${String(route!.properties.kind)} ${String(route!.properties.side)}`).toBeDefined();
    const coordinates = route!.geometry!.coordinates as [number, number][];
    const lons = coordinates.map((c) => c[0]);
    const lats = coordinates.map((c) => c[1]);

    const { page } = await shared();
    await startAt(page, from);
    await page.evaluate((bounds) => {
      (window as unknown as AtlasWindow).atlas.map.fitBounds(bounds, { padding: 100, animate: false, maxZoom: 10 });
    }, [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)] as [number, number, number, number]);
    const colour = await legendLineColour(page, legendRow!);
    // Inner vertices (the ends are ports, under place dots and labels) that show the route's legend colour.
    const points = await Promise.all(coordinates.slice(1, -1).map((c) => pagePointFromLonLat(page, c)));
    const drawn = async () => {
      await waitForIdle(page);
      return colourNear(page, await page.screenshot(), points, colour);
    };
    const before = await drawn();
    const dateBefore = await page.locator('#date-display').textContent();

    const play = page.locator('button#play');
    await play.click();
    await expect.poll(() => play.getAttribute('aria-pressed'), POLL).toBe('true');
    // Until the clock has run two hours: the route (chosen to last at least three) is still being drawn.
    await expect.poll(() => stateTime(page), { ...POLL, timeout: 20_000 }).toBeGreaterThanOrEqual(from + 2 * HOUR_MS);
    await play.click();
    await expect.poll(() => play.getAttribute('aria-pressed'), POLL).toBe('false');
    expect(await page.evaluate(() => (window as unknown as AtlasWindow).atlas.state().playing)).toBe(false);

    expect(await page.locator('#date-display').textContent()).not.toBe(dateBefore);
    const after = await drawn();
    const count = (flags: boolean[]) => flags.filter(Boolean).length;
    expect(count(after), `vertices of ${route!.properties.id} in its legend colour: ${count(before)} before, ${count(after)} after`)
      .toBeGreaterThan(count(before));

    // The part drawn while playing is the route's, to a click (routes are hit-tested by the layer itself).
    const fresh = points.find((_, i) => after[i] && !before[i])!;
    await page.mouse.click(fresh.x, fresh.y);
    await expect.poll(() => page.evaluate(() => (window as unknown as AtlasWindow).atlas.state().selection), POLL)
      .toEqual({ kind: 'route', id: route!.properties.id });
    await page.evaluate(() => (window as unknown as AtlasWindow).atlas.set({ selection: null }));
  });

  it('while playing, no source is re-tiled or replaced: the routes follow time on the GPU', async () => {
    const { page } = await shared();
    await startAt(page, epochFromIso('1945-08-20T00:00+09:00'));
    await waitForIdle(page);
    // Mechanism guard, not a timing: the route layer reads time as a uniform and event markers as
    // feature-state, so playing must not reload a tile (global-state filters would) nor call setData.
    const seen = await page.evaluate(async () => {
      const atlas = (window as unknown as AtlasWindow).atlas;
      const map = atlas.map;
      const tileLoads: Record<string, number> = {};
      const contents: Record<string, number> = {};
      let frames = 0;
      const onData = (e: { sourceId?: string; tile?: unknown; sourceDataType?: string }) => {
        const id = e.sourceId ?? '';
        if (e.tile) tileLoads[id] = (tileLoads[id] ?? 0) + 1;
        if (e.sourceDataType === 'content') contents[id] = (contents[id] ?? 0) + 1;
      };
      const onRender = () => { frames += 1; };
      map.on('sourcedata', onData);
      map.on('render', onRender);
      const startTime = atlas.state().time;
      atlas.set({ speed: 6, playing: true });
      await new Promise((resolve) => setTimeout(resolve, 2000));
      atlas.set({ playing: false });
      const hours = (atlas.state().time - startTime) / 3_600_000;
      map.off('sourcedata', onData);
      map.off('render', onRender);
      return { tileLoads, contents, frames, hours, routeLayerType: map.getLayer('routes_line')?.type };
    });
    const detail = JSON.stringify(seen);
    expect(seen.hours, `simulated hours played: ${detail}`).toBeGreaterThan(1);
    expect(seen.frames, `frames drawn while playing: ${detail}`).toBeGreaterThan(5);
    expect(seen.routeLayerType, detail).toBe('custom');
    expect(seen.tileLoads, `tiles loaded while playing: ${detail}`).toEqual({});
    expect(seen.contents, `sources whose data changed while playing: ${detail}`).toEqual({});
  });
});
