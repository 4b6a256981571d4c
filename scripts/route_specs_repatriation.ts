/**
 * Single repatriation voyages of 1946–49 found after route_specs_voyages.ts
 * was written (issue #14: voyages with ship, dates, people and sources).
 * Drawn by `scripts/build_routes.ts` after the routes of `route_specs.ts`.
 * Each is also counted in the aggregate line repatriation-maoka-hakodate-1946-1949,
 * whose note says so. Research notes: docs/research/voyages-1945-1949.md §11
 * and the .tsv (row ids in the notes).
 *
 * Dates without an hour are stored at 00:00 JST (the project's convention).
 */
import type { RouteProperties } from '../src/data/schema.ts';
import type { RouteSpec } from './route_specs.ts';

type Base = Pick<RouteProperties, 'side' | 'mode' | 'units' | 'ships'>;
const japaneseShip: Base = { side: 'japanese', mode: 'sea', units: [], ships: [] };

/** The voyages, in time order. */
export const repatriationSpecs: RouteSpec[] = [
  {
    properties: {
      ...japaneseShip, id: 'repatriation-tokuju-maru-1947', kind: 'repatriation',
      title: {
        en: 'Tokuju Maru, first run: Maoka → Hakodate, Aug 1947',
        ja: '徳寿丸の第1便：真岡→函館（1947年8月）',
        ru: '«Токудзю-мару», первый рейс: Маока → Хакодате, авг. 1947',
      },
      start_date: '1947-08-16T00:00+09:00', end_date: '1947-08-18T00:00+09:00',
      from: 'maoka', to: 'hakodate',
      ships: ['Tokuju Maru'],
      people: { min: 2027, max: 2027, note: '2,027 repatriates taken aboard at Maoka', sources: ['jawiki-tokuju-maru'] },
      sources: ['jawiki-tokuju-maru', 'hakodate-shishi-06-01-01-04-05'],
      note: 'The former Shimonoseki–Pusan railway ferry left Shimonoseki on 8 Jul 1947 for the Maoka–Hakodate lift; on its first run it took 2,027 repatriates aboard at Maoka on 16 Aug and entered Hakodate on 18 Aug 1947 (Japanese Wikipedia). It then ran between Maoka and Hakodate, except in the ice months, until 1 Aug 1949. Hours not given: drawn from 00:00 on 16 Aug to 00:00 on 18 Aug. Hakodate\'s city history lists it at 3,637 t for 2,000 people.',
    },
  },
];
