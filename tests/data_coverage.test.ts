/**
 * The data covers its material: every place the seed article names is in the
 * gazetteer under some name, every research place id exists, every dated row
 * of the research events table maps to an event, the seed's errors are kept as
 * rejected or disputed accounts (not as facts), and every disputed fact lists
 * each account with its sources.
 *
 * The research tables are kept in docs/research/ (a copy of the project's
 * research notes), so these checks always run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import distance from '@turf/distance';
import { describe, expect, test } from 'vitest';
import { timeFromIso } from '../src/core/dates.ts';
import { eventsSchema, placesSchema, sourcesSchema, type EventFeature } from '../src/data/schema.ts';

const geo = (name: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../geo/${name}`, import.meta.url)), 'utf8'));
const places = placesSchema.parse(geo('places.geojson')).features;
const events = eventsSchema.parse(geo('events.geojson')).features;
const sources = sourcesSchema.parse(geo('sources.json'));
const sourceIds = new Set(sources.map((s) => s.id));
const placeById = new Map(places.map((f) => [f.properties.id, f]));
const eventById = new Map(events.map((f) => [f.properties.id, f]));

const researchDir = fileURLToPath(new URL('../docs/research/', import.meta.url));

/** Rows of a tab-separated file with a header line, as objects. */
function readTsv<K extends string>(file: string, columns: readonly K[]): Record<K, string>[] {
  const [header = '', ...lines] = readFileSync(join(researchDir, file), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const keys = header.split('\t');
  for (const column of columns) if (!keys.includes(column)) throw new Error(`${file}: no column ${column}`);
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(keys.map((k, i) => [k, (cells[i] ?? '').trim()])) as Record<K, string>;
  });
}

/** Lower-case without diacritics (Ōtomari matches Otomari). */
function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Every name and alternative name of every place, folded. */
const allNames: string[] = places.flatMap((f) =>
  Object.entries(f.properties)
    .filter(([k]) => k.startsWith('name:') || k.startsWith('alt_name:'))
    .flatMap(([, v]): unknown[] => (Array.isArray(v) ? v : [v]))
    .filter((v): v is string => typeof v === 'string')
    .map(fold),
);

/** Whether a name occurs as a whole word in some place's name tags. */
function named(name: string): boolean {
  const word = new RegExp(`(^|[^\\p{L}])${fold(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');
  return allNames.some((n) => word.test(n));
}

const JST_MS = 9 * 3600 * 1000;
/** The JST calendar day (YYYY-MM-DD) of an ISO date-time with offset. */
function jstDay(iso: string): string {
  const t = timeFromIso(iso);
  if (t === null) throw new Error(`unparseable date ${iso}`);
  return new Date(t + JST_MS).toISOString().slice(0, 10);
}
/** Whether an event's JST day span contains a day. */
function covers(e: EventFeature, day: string): boolean {
  const p = e.properties;
  return jstDay(p.start_date) <= day && day <= jstDay(p.end_date ?? p.start_date);
}

// ---------------------------------------------------------------------------

/** Every place name of the seed article (and its modern equivalents there). */
const SEED_PLACE_NAMES = [
  'Karafuto', 'Horonai', 'Poronai', 'Handenzawa', 'Shikuka', 'Koton', 'Pobedino', 'Maoka', 'Kholmsk', 'Wakkanai',
  'Toro', 'Shakhtersk', 'Esutoru', 'Uglegorsk', 'Anbetsu', 'Vozvrashcheniye', 'Tei', 'Polyakovo', 'Futomato',
  'Chaplanovo', 'Ikenohata', 'Toyohara', 'Kawakami', 'Otomari', 'Korsakov', 'Aniva Gulf', 'Shumushu',
  'Paramushiro', 'Uruppu',
].filter((n) => n !== 'Karafuto'); // Karafuto is the region, not a place

/** Places the brief asks for beyond the research table. */
const EXTRA_PLACE_NAMES = ['Kotomari', 'Takeda', 'Rubetsu', 'Shakotan', 'Mashike', 'Obira', 'Horodomari', 'Kumazasa', 'Nikolaychuk'];

describe('gazetteer covers the seed article', () => {
  test.each(SEED_PLACE_NAMES)('"%s" is a name of some place', (name) => {
    expect(named(name)).toBe(true);
  });
  test.each(EXTRA_PLACE_NAMES)('"%s" is a name of some place', (name) => {
    expect(named(name)).toBe(true);
  });
  // Named by the seed but not identified: see the report / event notes.
  test.todo('Yerinai (seed, Toro landing): not identified');
  test.todo('Nishi-Sakutan (research notes, Toro landing): not located');

  test('the matcher is not vacuous', () => {
    expect(named('Atlantis')).toBe(false);
    expect(named('Ōtomari')).toBe(true);
  });

  test('at least 40 places, each with a source', () => {
    expect(places.length).toBeGreaterThanOrEqual(40);
    for (const f of places) {
      expect(f.properties.sources.length, f.properties.id).toBeGreaterThan(0);
      for (const s of [...f.properties.sources, f.properties.coord_source]) expect(sourceIds.has(s), `${f.properties.id}: ${s}`).toBe(true);
    }
  });

  test('unknown names are explicit and tentative values are marked', () => {
    expect(placeById.get('horodomari')!.properties['name:ru']).toBeNull();
    expect(placeById.get('koton')!.properties['name:ru-Kana']).toBeNull();
    expect(placeById.get('koton_fd')!.properties.unconfirmed).toContain('name:ja');
    expect(placeById.get('tei')!.properties.unconfirmed).toEqual(expect.arrayContaining(['name:ja', 'name:ru']));
    expect(placeById.get('futomata')!.properties.unconfirmed).toContain('name:ja');
    expect(placeById.get('handenzawa')!.properties.unconfirmed).toContain('name:ja');
  });
});

describe('research tables', () => {
  test('every research place id is a place', () => {
    const ids = readTsv('place-names.tsv', ['id']).map((r) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(40);
    for (const id of ids) expect(placeById.has(id), id).toBe(true);
  });

  test('every events-1945.tsv row maps to an event on its date with its places', () => {
    const rows = readTsv('events-1945.tsv', ['date', 'place_ids', 'what_happened']);
    expect(rows.length).toBeGreaterThanOrEqual(35);
    for (const row of rows) {
      const day = row.date;
      const ids = row.place_ids.split(';').map((s) => s.trim()).filter(Boolean);
      const label = `${day} ${ids.join(';') || '(no place)'}: ${row.what_happened.slice(0, 60)}`;
      if (row.what_happened.startsWith('SEED-ARTICLE CLAIM')) {
        // Kept as a rejected/disputed account, never as an event on its date.
        const holders = events.filter((e) => (e.properties.accounts ?? []).some((a) =>
          a.assessment !== 'accepted' && a.sources.includes('seed-article') && a.claim.en.includes('10 August')));
        expect(holders.length, label).toBeGreaterThan(0);
        for (const e of holders) expect(e.properties.places).toContain(ids[0] ?? '');
        continue;
      }
      const onDay = events.filter((e) => covers(e, day));
      if (ids.length === 0) {
        expect(onDay.some((e) => e.properties.places.length === 0 && e.geometry === null), label).toBe(true);
      } else {
        const covered = new Set(onDay.flatMap((e) => e.properties.places));
        for (const id of ids) expect(covered.has(id), `${label} — place ${id}`).toBe(true);
      }
    }
  });
});

describe('the seed article\'s dated events', () => {
  // [event id, JST day the seed gives or implies]
  const SEED_EVENTS: [string, string][] = [
    ['toro-landing', '1945-08-16'],
    ['koton-defence-broken', '1945-08-18'],
    ['shumshu-landing', '1945-08-18'],
    ['maoka-landing', '1945-08-20'],
    ['maoka-telephone-operators', '1945-08-20'],
    ['three-ships-incident', '1945-08-22'],
    ['northern-kurils-surrender', '1945-08-23'],
    ['otomari-landing', '1945-08-25'],
    ['uruppu-surrender', '1945-08-31'],
  ];
  test.each(SEED_EVENTS)('%s covers %s', (id, day) => {
    const e = eventById.get(id);
    expect(e, id).toBeDefined();
    expect(covers(e!, day)).toBe(true);
  });

  test('nothing is mapped at Maoka or Shikuka on 10 August', () => {
    const on10 = events.filter((e) => covers(e, '1945-08-10'));
    // The seed's bombardment of both towns on 10 Aug is a confusion with the Maoka landing of 20 Aug
    // (shared research); the first bombs on the west-coast ports north of them (Esutoru) are sourced.
    const violent = on10.filter((e) => /battle|air_raid|landing/.test(e.properties.kind));
    for (const e of violent) {
      expect(e.properties.places, e.properties.id).not.toContain('shikuka');
      expect(e.properties.places, e.properties.id).not.toContain('maoka');
    }
    expect(violent.map((e) => e.properties.id)).toEqual(['esutoru-air-raids']);
  });
});

describe('the three ships were attacked off Rumoi, not in Aniva Bay', () => {
  const rumoi = placeById.get('rumoi')!.geometry.coordinates;
  const aniva = placeById.get('aniwa_bay')!.geometry.coordinates;
  // The evacuation ships' attacks (a Soviet submarine lost in the Sōya Strait is a sinking too).
  const sinkings = events.filter((e) => e.properties.kind === 'sinking' && e.properties.id.startsWith('three-ships'));

  test('there are the three attacks and the summary', () => {
    expect(sinkings.map((e) => e.properties.id).sort()).toEqual(
      ['three-ships-incident', 'three-ships-ogasawara-maru', 'three-ships-shinko-maru', 'three-ships-taito-maru']);
  });

  test.each(sinkings.map((e) => [e.properties.id, e] as const))('%s stands within 60 km of Rumoi and over 200 km from Aniva Bay', (_id, e) => {
    const at = e.geometry!.coordinates;
    expect(distance(at, rumoi, { units: 'kilometers' })).toBeLessThan(60);
    expect(distance(at, aniva, { units: 'kilometers' })).toBeGreaterThan(200);
    expect(placeById.get(e.properties.places[0] ?? '')?.properties.region).toBe('hokkaido');
  });

  test.each(sinkings.map((e) => [e.properties.id, e] as const))('%s keeps the seed\'s Aniva Gulf as a rejected account', (_id, e) => {
    const aniva = (e.properties.accounts ?? []).filter((a) => /Aniva Gulf/.test(a.claim.en));
    expect(aniva.length).toBeGreaterThan(0);
    for (const a of aniva) expect(a.assessment).toBe('rejected');
  });

  test('the wrecks are at the 2024 survey positions', () => {
    const near = (id: string, lon: number, lat: number) =>
      expect(distance(placeById.get(id)!.geometry.coordinates, [lon, lat], { units: 'kilometers' })).toBeLessThan(0.05);
    near('wreck_ogasawara', 141 + 24 / 60 + 42.8 / 3600, 43 + 54 / 60 + 16.4 / 3600);
    near('wreck_taito', 141 + 28 / 60 + 22.1 / 3600, 44 + 5 / 60 + 16.8 / 3600);
    expect(placeById.get('wreck_ogasawara')!.properties.coord_source).toBe('wreck-survey-2024');
  });
});

describe('every disputed fact lists each account with its sources', () => {
  // [event id, what is disputed, texts each of which some account's English claim must contain]
  const DISPUTES: [string, string, string[]][] = [
    ['three-ships-incident', 'where the attacks happened', ['off Rumoi', 'Aniva Gulf']],
    ['three-ships-incident', 'death toll', ['1,708', '1,658', '2,400']],
    ['emergency-evacuation', 'how many left in August', ['75,000', '100,000', '6,000']],
    ['maoka-landing', 'the seed\'s 10 August bombardment', ['10 August', '20 August']],
    ['maoka-landing', 'civilian toll at Maoka', ['600–1,000', '2,000']],
    ['matsuwa-surrender', 'surrender date', ['25 August', '26–27 August']],
    ['uruppu-surrender', 'surrender date', ['29 August', '31 August']],
    ['shikotan-landing', 'landing date', ['1 September', '5 September']],
    ['habomai-occupation', 'occupation date', ['3 September', '1 or 2 September']],
    ['repatriation-complete', 'repatriation total', ['311,877', '277,490']],
    ['shumshu-landing', 'landing time', ['04:20', '01:00–02:30']],
    ['toro-landing', 'Toro dates', ['16 August', '15–18 August']],
    ['border-offensive', 'Soviet strength', ['100,000', '35,000']],
  ];

  test.each(DISPUTES)('%s: %s', (id, _what, claims) => {
    const accounts = eventById.get(id)?.properties.accounts ?? [];
    expect(accounts.length).toBeGreaterThanOrEqual(2);
    for (const text of claims) {
      const hit = accounts.filter((a) => a.claim.en.includes(text));
      expect(hit.length, `an account mentioning "${text}"`).toBeGreaterThan(0);
    }
    for (const a of accounts) {
      expect(a.sources.length).toBeGreaterThan(0);
      for (const s of a.sources) expect(sourceIds.has(s), s).toBe(true);
      expect(a.claim.ja, a.claim.en).toBeTruthy();
      expect(a.claim.ru, a.claim.en).toBeTruthy();
    }
    expect(accounts.some((a) => a.assessment === 'accepted'), 'one account is the mapped one').toBe(true);
  });

  test('the seed\'s unsupported figures are never the accepted account', () => {
    const seedOnly = events.flatMap((e) => (e.properties.accounts ?? [])
      .filter((a) => /2,400|6,000|10 August|Aniva Gulf/.test(a.claim.en) && a.sources.length === 1 && a.sources[0] === 'seed-article'));
    expect(seedOnly.length).toBeGreaterThanOrEqual(4);
    for (const a of seedOnly) expect(a.assessment).not.toBe('accepted');
  });
});

describe('events are complete and trilingual', () => {
  test('every event has English, Japanese and Russian title and text, and known sources', () => {
    expect(events.length).toBeGreaterThanOrEqual(40);
    for (const e of events) {
      const p = e.properties;
      for (const t of [p.title, p.text]) {
        expect(t.ja, p.id).toBeTruthy();
        expect(t.ru, p.id).toBeTruthy();
      }
      for (const s of p.sources) expect(sourceIds.has(s), `${p.id}: ${s}`).toBe(true);
      for (const f of Object.values(p.figures)) for (const s of f?.sources ?? []) expect(sourceIds.has(s), `${p.id}: ${s}`).toBe(true);
    }
  });

  test('an event stands exactly on its first place, or has no point and no place', () => {
    for (const e of events) {
      const first = e.properties.places[0];
      if (first === undefined) expect(e.geometry, e.properties.id).toBeNull();
      else expect(e.geometry?.coordinates, e.properties.id).toEqual(placeById.get(first)!.geometry.coordinates);
    }
  });

  test('the post-war repatriation is included', () => {
    const after = events.filter((e) => jstDay(e.properties.start_date) >= '1946-01-01');
    expect(after.filter((e) => e.properties.kind === 'repatriation').length).toBeGreaterThanOrEqual(3);
  });

  test('every source has a http(s) url or says why not', () => {
    for (const s of sources) {
      if (s.url) expect(s.url, s.id).toMatch(/^https?:\/\//);
      else expect(s.note, s.id).toBeTruthy();
    }
  });
});
