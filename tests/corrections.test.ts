/**
 * The corrections of issue #13, read from geo/: each test fails if its
 * correction is undone (the last days on Sakhalin redrawn from Purkayev's
 * report, both Matsuwa accounts, the dead by side, the time zones, the Kuril
 * landing forces, the sources named as a reader cites them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { timeFromIso } from '../src/core/dates.ts';
import type { EventCollection, RouteCollection, Source } from '../src/data/schema.ts';

const geo = (file: string) => readFileSync(join(import.meta.dirname, '../geo', file), 'utf8');
const events = (JSON.parse(geo('events.geojson')) as EventCollection).features.map((f) => f.properties);
const routes = (JSON.parse(geo('routes.geojson')) as RouteCollection).features.map((f) => f.properties);
const sources = JSON.parse(geo('sources.json')) as Source[];
const event = (id: string) => events.find((e) => e.id === id)!;
const route = (id: string) => routes.find((r) => r.id === id)!;
const source = (id: string) => sources.find((s) => s.id === id)!;
const at = (iso: string) => timeFromIso(iso) as number;

describe('Toyohara, Ochiai and Ōtomari, 24–25 August (the Front\'s report of 25 Aug, 05:00)', () => {
  test('an airborne landing takes Toyohara and Ochiai at 17:40 on 24 August, Soviet time', () => {
    const e = event('toyohara-airborne-landing');
    expect(e.start_date).toBe('1945-08-24T17:40+11:00');
    expect(e.places.slice(0, 2)).toEqual(['toyohara', 'ochiai']);
    expect(e.sources).toContain('vishnevsky-siritor-p102');
    expect(e.accounts?.map((a) => a.assessment)).toEqual(['accepted', 'disputed']);
  });

  test('the 113th Rifle Brigade reaches Ōtomari overland before the landing from the sea', () => {
    const overland = route('advance-maoka-railway');
    const sea = route('landing-otomari');
    expect(overland.to).toBe('otomari');
    expect(overland.units.map((u) => u.en)).toContain('113th Rifle Brigade');
    expect(at(overland.end_date)).toBeLessThan(at(sea.end_date));
    expect(sea.end_date).toBe('1945-08-25T06:00+11:00');
    expect(event('otomari-landing').start_date).toBe('1945-08-25T06:00+11:00');
  });

  test('no column from Maoka is still short of Toyohara when the airborne landing takes it', () => {
    const airborne = at(event('toyohara-airborne-landing').start_date);
    expect(at(route('advance-maoka-kumazasa').end_date)).toBeLessThanOrEqual(airborne);
  });
});

test('Matsuwa is drawn in both accounts: reconnaissance on 25 August, main force 26–27 August', () => {
  const toMatsuwa = routes.filter((r) => r.to === 'matsuwa');
  expect(toMatsuwa.map((r) => r.id).sort()).toEqual(['landing-matsuwa', 'landing-matsuwa-main']);
  expect(route('landing-matsuwa').end_date).toBe('1945-08-25T00:00+09:00');
  expect(route('landing-matsuwa-main').start_date).toBe('1945-08-26T00:00+09:00');
  expect(route('landing-matsuwa-main').end_date).toBe('1945-08-27T00:00+09:00');
});

describe('the dead say whose they are', () => {
  test('no figure mixes sides', () => {
    for (const e of events) expect(Object.keys(e.figures), e.id).not.toContain('killed');
  });

  test('the dead of the three ships are civilians', () => {
    for (const id of ['three-ships-incident', 'three-ships-ogasawara-maru', 'three-ships-shinko-maru', 'three-ships-taito-maru']) {
      expect(event(id).figures.civilians_killed, id).toBeDefined();
    }
    expect(event('three-ships-incident').figures.civilians_killed).toMatchObject({ min: 1658, max: 1708 });
  });

  test('Koton\'s 2,500 of both sides is a disputed account, not a summed figure', () => {
    const koton = event('koton-fortified-district');
    expect(koton.figures).toEqual({});
    const press = koton.accounts?.find((a) => a.sources.includes('sputnik-2004-06-05'));
    expect(press?.assessment).toBe('disputed');
    expect(press?.claim.en).toContain('2,500');
    expect(koton.accounts?.some((a) => a.assessment === 'accepted')).toBe(true);
  });
});

describe('times in Soviet Far East time (UTC+11)', () => {
  test('geo/README.md documents the zones', () => {
    const readme = geo('README.md');
    expect(readme).toContain('## Time zones');
    expect(readme).toMatch(/Sakhalin and the southern Kurils \| \*\*\+11:00\*\*/);
  });

  test('the Uruppu surrender hour is resolved to 10:00 JST', () => {
    expect(event('uruppu-surrender').time_note?.en).toContain('10:00 JST');
  });
});

describe('the Kuril landings name their ships and units', () => {
  test.each([
    ['landing-etorofu', ['minesweeper T-589', 'minesweeper T-590'], /113th Rifle Brigade/],
    ['landing-kunashiri', ['landing ship DS-31', 'landing ship DS-34', 'escort ship EK-4'], /DS-31/],
    ['landing-shikotan', ['minesweeper T-596', 'minelayer Gizhiga'], /113th Rifle Brigade/],
  ] as const)('%s', (id, ships, unit) => {
    const r = route(id);
    for (const ship of ships) expect(r.ships.map((s) => s.en)).toContain(ship);
    expect(r.units.map((u) => u.en).join(' ')).toMatch(unit);
  });

  test('the Etorofu force leaves Ōtomari at 12:50 on 26 August', () => {
    const r = route('landing-etorofu');
    expect(r.from).toBe('otomari');
    expect(r.start_date).toBe('1945-08-26T12:50+11:00');
  });
});

describe('sources as a reader would cite them', () => {
  /** Every string a reader sees in an event or a route, with where it is. */
  const readerTexts = (o: unknown, path: string): [string, string][] => {
    if (typeof o === 'string') return [[path, o]];
    if (!o || typeof o !== 'object') return [];
    return Object.entries(o).flatMap(([k, v]) => (k === 'sources' || k === 'id' ? [] : readerTexts(v, `${path}.${k}`)));
  };

  test('no text speaks of "the seed"', () => {
    const texts = [...events.flatMap((e) => readerTexts(e, e.id)), ...routes.flatMap((r) => readerTexts(r, r.id))];
    for (const [path, text] of texts) expect(text, path).not.toMatch(/\bseed\b|元記事|исходн/i);
  });

  test('the article the atlas began from is named by its title', () => {
    expect(source('seed-article')).toMatchObject({
      title: 'Japanese evacuation of Karafuto and the Kuril Islands', publisher: 'English Wikipedia',
    });
    expect(source('seed-article').date).toMatch(/revision/);
  });

  test('the wreck survey cites the surveyors\' report; Ealey by title; Maoka from Wikipedia itself', () => {
    expect(source('wreck-survey-2024').url).toMatch(/blog\.goo\.ne\.jp\/laplonge\//);
    expect(source('apjjf-ealey-1988').title).toBe('An August Storm: the Soviet-Japan Endgame in the Pacific War');
    expect(source('apjjf-ealey-1988').date).toBe('2006-02-16');
    expect(source('enwiki-soviet-assault-maoka').url).toBe('https://en.wikipedia.org/wiki/Soviet_assault_on_Maoka');
  });

  test('every source but the editor\'s estimates has an address', () => {
    for (const s of sources) if (s.id !== 'editor-estimate') expect(s.url, s.id).toMatch(/^https?:\/\//);
  });
});

describe('depth of the record: how the fighting ended and whom it killed', () => {
  test('the Shiritoru ceasefire of 22 August is on the map at Shiritoru', () => {
    const e = event('shiritoru-agreement');
    expect(e.start_date).toBe('1945-08-22T00:00+09:00');
    expect(e.places[0]).toBe('shiritoru');
  });

  test('Korean residents killed at Kami-Shikuka and Mizuho are counted among the civilian dead', () => {
    expect(event('kamishisuka-massacre').figures.civilians_killed).toMatchObject({ min: 16, max: 18 });
    expect(event('mizuho-massacre').figures.civilians_killed).toMatchObject({ min: 27, max: 27 });
  });

  test('Truman\'s refusal of Hokkaido (18 August) rests on the message and Stalin\'s reply', () => {
    const e = event('truman-refuses-hokkaido');
    expect(e.sources.slice(0, 2)).toEqual(['wilson-truman-1945-08-18', 'frus-1945-v06-d470']);
    expect(at(e.start_date)).toBeLessThan(at(event('hokkaido-landing-cancelled').start_date));
  });

  test('the Hokkaido landing called off on 22 August rests on the order itself', () => {
    const e = event('hokkaido-landing-cancelled');
    expect(e.start_date).toBe('1945-08-22T00:00+09:00');
    expect(e.sources[0]).toBe('wilson-vasilevsky-1945-08-22');
    expect(source('wilson-vasilevsky-1945-08-22').kind).toBe('archive');
  });
});
