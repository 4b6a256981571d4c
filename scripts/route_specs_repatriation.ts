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
      ships: [{ en: 'Tokuju Maru', ja: '徳寿丸', ru: '«Токудзю-мару»' }],
      people: { min: 2027, max: 2027, note: { en: '2,027 repatriates taken aboard at Maoka', ja: '真岡で収容した引揚者2,027人', ru: '2027 репатриантов, принятых на борт в Маоке' }, sources: ['jawiki-tokuju-maru'] },
      sources: ['jawiki-tokuju-maru', 'hakodate-shishi-06-01-01-04-05'],
      note: {
        en: 'The former Shimonoseki–Pusan railway ferry left Shimonoseki on 8 Jul 1947 for the Maoka–Hakodate lift; on its first run it took 2,027 repatriates aboard at Maoka on 16 Aug and entered Hakodate on 18 Aug 1947 (Japanese Wikipedia). It then ran between Maoka and Hakodate, except in the ice months, until 1 Aug 1949. Hours not given: drawn from 00:00 on 16 Aug to 00:00 on 18 Aug. Hakodate\'s city history lists it at 3,637 t for 2,000 people.',
        ja: '元関釜連絡船。1947年7月8日、真岡—函館間の引揚輸送に就くため下関を出港し、第1便では8月16日に真岡で引揚者2,027人を収容、1947年8月18日に函館に入港した（日本語版ウィキペディア）。以後、結氷期を除き1949年8月1日まで真岡—函館間に就航した。時刻は不明のため、8月16日0時00分から8月18日0時00分までとして描画。函館市史は3,637トン、収容人員2,000人とする。',
        ru: '«Токудзю-мару», бывший паром линии Симоносеки — Пусан, 8 июля 1947 г. вышло из Симоносеки для перевозки репатриантов между Маокой и Хакодате; в первом рейсе оно 16 авг. приняло в Маоке 2027 репатриантов и 18 августа 1947 г. вошло в порт Хакодате (японская Википедия). Затем, кроме месяцев ледостава, оно ходило между Маокой и Хакодате до 1 августа 1949 г. Часы не указаны: линия проведена с 00:00 16 авг. до 00:00 18 авг. По истории города Хакодате, судно имело 3637 т и вмещало 2000 человек.',
      },
    },
  },
];
