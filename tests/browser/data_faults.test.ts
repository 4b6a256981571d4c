/**
 * Broken and hostile data at run time, substituted for the built app's hashed
 * geo assets with routes: a missing file, a file that is not JSON and one that
 * fails the schema are each named in #notices while the map and the other
 * layers keep working (one page, three faults); hostile text is shown as text and never runs.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from './app_server.ts';
import { readGeoFeatures } from './geo.ts';
import { POLL, TEST_TIMEOUT_MS, useAtlasSession, waitForIdle, type AtlasWindow } from './harness.ts';
import { colourNear, legendLineColour } from './pixels.ts';

/** Route pattern of a data file in the build (`assets/events-<hash>.geojson`). */
const asset = (file: string) => {
  const [stem, ext] = file.split('.');
  return new RegExp(`/assets/${stem}-[^/]+\\.${ext}$`);
};

type Reply = { status: number; body: string };
const substitute = (replies: Record<string, Reply>) => async (context: BrowserContext) => {
  for (const [file, reply] of Object.entries(replies)) {
    await context.route(asset(file), (route) => route.fulfill({ ...reply, contentType: 'application/json' }));
  }
};

const renderedCount = (page: Page, layer: string) =>
  page.evaluate((id) => (window as unknown as AtlasWindow).atlas.map.queryRenderedFeatures({ layers: [id] }).length, layer);

// One browser for the file.
const session = useAtlasSession();

describe('broken data files', { timeout: TEST_TIMEOUT_MS }, () => {

  it('a missing, a non-JSON and a schema-failing file are each named; routes, events, the list and the slider still work', async () => {
    const places = JSON.parse(readFileSync(`${ROOT}/geo/places.geojson`, 'utf8'));
    places.features[0].properties.kind = 'castle';
    const atlas = await session().openAtlas('date=1945-09-05T12:00%2B09:00&map=5/47.2/146.5', {
      prepare: substitute({
        'land.geojson': { status: 404, body: 'Not Found' },
        'border.geojson': { status: 200, body: '<html>proxy error</html>' },
        'places.geojson': { status: 200, body: JSON.stringify(places) },
      }),
    });
    try {
      const { page, consoleErrors } = atlas;
      const notices = page.locator('#notices');
      const text = (await notices.textContent()) ?? '';
      expect(text).toMatch(/geo\/land\.geojson could not be loaded \(HTTP 404\)/);
      expect(text).toMatch(/geo\/border\.geojson: not valid JSON at line 1, column 1/);
      expect(text).toContain(`geo/places.geojson: feature "${places.features[0].properties.id}": kind must be one of`);
      expect(await notices.isVisible()).toBe(true);
      await waitForIdle(page);
      // Routes drawn: the Kuril landings' legend colour somewhere on the map.
      const canvas = await page.evaluate(() => {
        const rect = (window as unknown as AtlasWindow).atlas.map.getCanvas().getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, radius: Math.floor(Math.min(rect.width, rect.height) / 2) - 1 };
      });
      const landing = await legendLineColour(page, 'Soviet landing (by sea)');
      expect(await colourNear(page, await page.screenshot(), [canvas], landing, canvas.radius, 6), 'routes drawn').toEqual([true]);
      expect(await renderedCount(page, 'events_circle'), 'events drawn').toBeGreaterThan(0);
      expect(await page.locator('#event-list li[data-event-id]').count()).toBe(readGeoFeatures('events.geojson').length);
      // The timeline still works.
      await page.locator('#date-slider').fill('200');
      await expect.poll(() => page.evaluate(() => (window as unknown as AtlasWindow).atlas.state().time), POLL).toBe(Date.parse('1945-08-16T08:00+09:00'));
      expect(consoleErrors.filter((e) => !/404/.test(e))).toEqual([]);
    } finally {
      await atlas.close();
    }
  });
});

describe('hostile text in the data', { timeout: TEST_TIMEOUT_MS }, () => {
  const fixture = (file: string): Reply => ({ status: 200, body: readFileSync(`${ROOT}/tests/fixtures/hostile/${file}`, 'utf8') });
  const MARKUP = '<img src=x onerror=window.__pwned=1>';

  it('is shown as text in the list, the popups and the places list; nothing runs; no javascript: link', async () => {
    const atlas = await session().openAtlas('date=1945-08-25T00:00%2B09:00&map=7/47/142.4', {
      prepare: substitute({
        'places.geojson': fixture('places.geojson'),
        'routes.geojson': fixture('routes.geojson'),
        'events.geojson': fixture('events.geojson'),
        'sources.json': fixture('sources.json'),
      }),
    });
    try {
      const { page, consoleErrors } = atlas;
      let dialogs = 0;
      page.on('dialog', (d) => { dialogs++; void d.dismiss(); });
      // The javascript: URL is refused with the file's schema error.
      // The bibliography comes after `ready`.
      await expect.poll(() => page.locator('#notices').textContent(), POLL).toContain('geo/sources.json: source "src_js": url must be an http or https URL');
      // Text is text: the markup is readable in the list and the places list.
      expect(await page.locator('#event-list li[data-event-id="evil_event"]').textContent()).toContain(`Event ${MARKUP}`);
      // The places list is filled while its <details> is open.
      await page.locator('.atlas-places > summary').click();
      await expect.poll(() => page.locator('#places-in-view').textContent(), POLL).toContain('<b>町</b><script>');

      const popupTexts: string[] = [];
      await page.locator('#event-list li[data-event-id="evil_event"] button').click();
      for (const selection of [null, { kind: 'place', id: 'evil_port' }, { kind: 'route', id: 'evil_route' }, { kind: 'event', id: 'evil_context' }]) {
        if (selection) await page.evaluate((s) => (window as unknown as AtlasWindow).atlas.set({ selection: s as never }), selection);
        await expect.poll(() => page.locator('.maplibregl-popup').count(), POLL).toBe(1);
        popupTexts.push((await page.locator('.maplibregl-popup').textContent()) ?? '');
        expect(await page.locator('.maplibregl-popup :is(img, script, svg, a, iframe)').count(), `markup in the ${selection?.kind ?? 'event'} popup`).toBe(0);
      }
      expect(popupTexts[0]).toContain(`Text <script>window.__pwned=1</script>`);
      expect(popupTexts[1]).toContain(`Hostile ${MARKUP}`);
      expect(popupTexts[2]).toContain(`Route ${MARKUP}`);

      const dom = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        jsAttributes: [...document.querySelectorAll('*')].flatMap((el) =>
          [...el.attributes].filter((a) => /^\s*javascript:/i.test(a.value)).map((a) => `${el.tagName} ${a.name}`)),
        injected: document.querySelectorAll('img[src="x"], script:not([src]), #event-list img, #places-in-view img').length,
      }));
      expect(dom).toEqual({ pwned: undefined, jsAttributes: [], injected: 0 });
      expect(dialogs).toBe(0);
      expect(consoleErrors).toEqual([]);
    } finally {
      await atlas.close();
    }
  });
});

describe('the bibliography after ready', { timeout: TEST_TIMEOUT_MS }, () => {
  it('is not fetched during the load; an open popup gets the source titles when it arrives; a failed fetch is named', async () => {
    const event = readGeoFeatures('events.geojson').find((f) => f.geometry)!;
    const sources = JSON.parse(readFileSync(`${ROOT}/geo/sources.json`, 'utf8')) as { id: string; title: string }[];
    const first = sources.find((s) => s.id === (event.properties.sources as string[])[0])!;
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    const atlas = await session().openAtlas(`event=${event.properties.id}`, {
      prepare: async (context) => {
        await context.route(asset('sources.json'), async (route) => {
          await held;
          return route.fallback();
        });
      },
    });
    try {
      const { page, consoleErrors } = atlas;
      // `ready` came while the file was held: the popup lists the sources by id until it arrives.
      const popupSources = page.locator('.maplibregl-popup');
      await expect.poll(() => popupSources.textContent(), POLL).toContain(first.id);
      release();
      await expect.poll(() => popupSources.textContent(), POLL).toContain(first.title);
      expect(consoleErrors).toEqual([]);
    } finally {
      release();
      await atlas.close();
    }

    const failed = await session().openAtlas('', { prepare: substitute({ 'sources.json': { status: 404, body: 'Not Found' } }) });
    try {
      await expect.poll(() => failed.page.locator('#notices').textContent(), POLL).toMatch(/geo\/sources\.json could not be loaded \(HTTP 404\)/);
    } finally {
      await failed.close();
    }
  });
});
