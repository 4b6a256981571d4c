/**
 * The evacuation and the repatriation as voyages (issue #14), read from
 * geo/routes.geojson as a reader meets them: every 1945 evacuation line says
 * how many it carried, the 1946–49 repatriation and the Kuril islanders' path
 * by way of Maoka are on the map, a line standing for many sailings says so,
 * and the lines that carried more people are drawn wider.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { timeFromIso } from '../src/core/dates.ts';
import { widthFromPeople } from '../src/core/route_features.ts';
import { eventsSchema, placesSchema, routesSchema } from '../src/data/schema.ts';

const geo = (name: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../geo/${name}`, import.meta.url)), 'utf8'));
const routes = routesSchema.parse(geo('routes.geojson')).features.map((f) => f.properties);
const regionOf = new Map(placesSchema.parse(geo('places.geojson')).features.map((f) => [f.properties.id, f.properties.region]));
const byId = new Map(routes.map((r) => [r.id, r]));
const at = (iso: string) => timeFromIso(iso) as number;

describe('the emergency evacuation of August 1945', () => {
  const evacuation = routes.filter((r) => r.kind === 'evacuation');
  test('every evacuation line carries people, with sources', () => {
    expect(evacuation.length).toBeGreaterThanOrEqual(6);
    for (const r of evacuation) {
      expect(r.people, r.id).not.toBeNull();
      expect(r.people?.sources?.length, `${r.id}: sources of the people`).toBeGreaterThan(0);
    }
  });
  test('sailings from Maoka start on 15 Aug and go to Wakkanai and to Otaru', () => {
    const fromMaoka = evacuation.filter((r) => r.from === 'maoka');
    expect(fromMaoka.map((r) => r.to).sort()).toEqual(['otaru', 'wakkanai']);
    for (const r of fromMaoka) expect(timeFromIso(r.start_date), r.id).toBe(at('1945-08-15T00:00+09:00'));
  });
  test('the Ōtomari flow is drawn wider than a single ship', () => {
    const otomari = byId.get('evacuation-otomari-wakkanai');
    const last = byId.get('evacuation-otomari-wakkanai-last');
    expect(widthFromPeople(otomari?.people)).toBeGreaterThan(widthFromPeople(last?.people));
  });
});

describe('escapes and the repatriation, 1945–49', () => {
  test('small-boat escapes are flows with their totals', () => {
    const escapes = routes.filter((r) => r.kind === 'escape');
    expect(escapes.length).toBeGreaterThan(0);
    for (const r of escapes) expect(r.aggregate && (r.people?.max ?? 0) > 1000, r.id).toBe(true);
  });
  test('repatriation voyages run from Dec 1946 to 1949; those with a ship name their people or say they are unknown', () => {
    const repatriation = routes.filter((r) => r.kind === 'repatriation');
    expect(repatriation.length).toBeGreaterThanOrEqual(10);
    for (const r of repatriation) {
      expect(at(r.start_date) >= at('1946-12-01T00:00+09:00') && at(r.end_date) <= at('1950-01-01T00:00+09:00'), r.id).toBe(true);
      if (r.people === null) expect(r.note?.en, `${r.id}: says the number is not known`).toMatch(/not (known|found)/);
    }
    const named = repatriation.filter((r) => !r.aggregate && r.ships.length && r.people);
    expect(named.map((r) => r.id)).toEqual(expect.arrayContaining(['repatriation-unzen-maru-1946', 'repatriation-takakurayama-maru-1948']));
  });
  test('a line that stands for many sailings says so in its note', () => {
    for (const r of routes.filter((x) => x.aggregate)) expect(r.note?.en, r.id).toMatch(/one line for/i);
  });
  test('the Kuril islanders go by way of Maoka: from the islands to Maoka on Soviet ships, then to Hakodate', () => {
    const toMaoka = routes.filter((r) => r.kind === 'repatriation' && r.to === 'maoka' && regionOf.get(r.from) === 'chishima');
    expect(toMaoka.length).toBeGreaterThanOrEqual(2);
    for (const r of toMaoka) expect(r.side, r.id).toBe('soviet');
    const leningrad = byId.get('kuril-kunashiri-maoka-1948');
    const onward = byId.get('repatriation-takakurayama-maru-1948');
    expect(leningrad && onward && at(onward.start_date) > at(leningrad.end_date)).toBe(true);
    expect(onward?.from).toBe('maoka');
    expect(onward?.to).toBe('hakodate');
  });
  test('the whole repatriation from Maoka is the widest line on the map', () => {
    const widths = routes.map((r) => widthFromPeople(r.people));
    expect(widthFromPeople(byId.get('repatriation-maoka-hakodate-1946-1949')?.people)).toBe(Math.max(...widths));
  });
});

describe('the sequence of the arrangement, the first ship and the agreement', () => {
  const events = new Map(eventsSchema.parse(geo('events.geojson')).features.map((f) => [f.properties.id, f.properties]));
  test('the provisional arrangement (27 Nov 1946), then Unzen Maru at Hakodate (5 Dec), then the agreement (19 Dec)', () => {
    const order = ['repatriation-arrangement', 'repatriation-begins', 'repatriation-agreement'].map((id) => at(events.get(id)!.start_date));
    expect(order).toEqual([at('1946-11-27T00:00+09:00'), at('1946-12-05T18:29+09:00'), at('1946-12-19T00:00+09:00')]);
  });
  test.each([
    ['en', /provisional US–Soviet arrangement of 27 November.*signed only on 19 December/],
    ['ja', /11月27日の米ソ暫定取り決め.*12月19日/],
    ['ru', /временной советско-американской договорённости от 27 ноября.*подписано лишь 19 декабря/],
  ] as const)('the first ship sailed under the arrangement, not the agreement (%s)', (lang, said) => {
    expect(events.get('repatriation-begins')!.text[lang]).toMatch(said);
  });
});
