import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { spanEndFromIso, timeFromIso } from './dates.ts';
import type { EventProperties } from '../data/schema.ts';
import { FIGURE_EXCLUSIONS, FIGURE_TOTALS, figuresAsOf, textFromRange, type FigureEvent } from './figures.ts';

const at = (iso: string) => timeFromIso(iso) as number;
const raw: { properties: Pick<EventProperties, 'id' | 'start_date' | 'end_date' | 'date_precision' | 'figures'> }[] =
  JSON.parse(readFileSync(join(import.meta.dirname, '../../geo/events.geojson'), 'utf8')).features;
const events: FigureEvent[] = raw.map(({ properties: p }) => ({
  id: p.id, startMs: at(p.start_date), figures: p.figures,
  endMs: p.end_date ? spanEndFromIso(p.end_date, p.date_precision) ?? undefined : undefined,
}));

describe('figures of geo/events.geojson as of a date', () => {
  test.each([
    // Tōro 12 + Shumshu 516–2,421 (Maoka's 77 are killed and wounded: an account; Koton's 2,500 of both sides is a
    // disputed account, not a figure)
    ['1945-08-21T23:00+09:00', 'soviet_killed', { min: 528, max: 2433 }],
    // Tōro 100 + Shumshu 191–473 + Maoka 300
    ['1945-08-21T23:00+09:00', 'japanese_military_killed', { min: 591, max: 873 }],
    // from 25 Aug the operation's totals (Soviet 616–1,191, Japanese 700–2,000) replace Tōro and Maoka; Shumshu stays
    ['1945-08-26T00:00+09:00', 'soviet_killed', { min: 1132, max: 3612 }],
    ['1945-08-26T00:00+09:00', 'japanese_military_killed', { min: 891, max: 2473 }],
    // Maoka 600–2,000 + the six Taihei nurses + Korean residents killed at Kami-Shikuka 16–18 and Mizuho 27
    // + Ogasawara Maru 638 (sunk 04:20): the evacuees at sea are civilians
    ['1945-08-22T05:00+09:00', 'civilians_killed', { min: 1287, max: 2689 }],
    // after the Taito Maru (09:40) the three-ships toll 1,658–1,708 replaces the three ships
    ['1945-08-22T12:00+09:00', 'civilians_killed', { min: 2307, max: 3759 }],
    // Ships, not boats: Shumshu's landing craft and border-guard boat (18 Aug) are told in their event's text
    ['1945-08-22T05:00+09:00', 'ships_lost', { min: 1, max: 1 }],
    ['1945-08-22T12:00+09:00', 'ships_lost', { min: 2, max: 2 }],
    // The emergency evacuation (13–23 Aug, 75,000–100,000) is under way: from the sailings with counts
    // (Ogasawara Maru 1,500 + No.2 Shinko and Taito Maru 4,180–4,380) up to its maximum
    ['1945-08-13T12:00+09:00', 'evacuated', { min: 0, max: 100000 }],
    ['1945-08-21T10:00+09:00', 'evacuated', { min: 5680, max: 100000 }],
    ['1945-08-24T00:00+09:00', 'evacuated', { min: 75000, max: 100000 }],
    // Maoka 600 + 91st Division 12,227; the order for 500,000 is not a capture
    ['1945-08-24T00:00+09:00', 'captured', { min: 12827, max: 12827 }],
    // 12,227 + Sakhalin 18,202 (includes Maoka, Ōtomari) + Matsuwa 3,000–8,000 + Etorofu 13,500–13,800 + Shikotan 3,800–4,800
    ['1945-09-05T12:00+09:00', 'captured', { min: 50729, max: 57029 }],
    // Maoka 600–2,000 includes the 9 telephone operators; + 6 Taihei nurses + the Korean dead of Kami-Shikuka and Mizuho (43–45)
    ['1945-08-21T00:00+09:00', 'civilians_killed', { min: 649, max: 2051 }],
    // the Japanese civilian toll 3,500–3,700 includes Maoka, the Taihei nurses and the deaths at sea (not added
    // to them); the Korean dead are not in it: 3,500–3,700 + 43–45
    ['1945-08-26T00:00+09:00', 'civilians_killed', { min: 3543, max: 3745 }],
    // Issue #14: the repatriation is its own figure; the August evacuation is not added to it
    ['1949-07-31T00:00+09:00', 'evacuated', { min: 75000, max: 100000 }],
    // Unzen Maru 1,927 to the first phase's 5,700, while the phase is under way
    ['1946-12-10T00:00+09:00', 'repatriated', { min: 1927, max: 5700 }],
    // The total of 1946–49 replaces the first ship: 277,490 civilians to 311,877 received at Hakodate
    ['1949-07-31T00:00+09:00', 'repatriated', { min: 277490, max: 311877 }],
    // Sakhalin Koreans 25,000–43,000 + 1,069 Japanese who did not return
    ['1949-07-31T00:00+09:00', 'remained', { min: 26069, max: 44069 }],
  ] as const)('%s %s', (iso, figure, expected) => {
    expect(figuresAsOf(events, at(iso))[figure]).toEqual(expected);
  });

  test('no one is counted as repatriated before the first repatriation ship reached Hakodate', () => {
    expect(figuresAsOf(events, at('1946-12-05T18:28+09:00')).repatriated).toBeUndefined();
    expect(figuresAsOf(events, at('1946-12-05T18:29+09:00')).repatriated?.min).toBe(1927);
  });

  test('nothing is counted before the first figure; no death toll decreases along the timeline', () => {
    expect(figuresAsOf(events, at('1945-08-08T00:00+09:00'))).toEqual({});
    for (const figure of ['soviet_killed', 'japanese_military_killed', 'civilians_killed'] as const) {
      let last = 0;
      for (let t = at('1945-08-08T00:00+09:00'); t <= at('1945-09-06T00:00+09:00'); t += 3_600_000) {
        const min = figuresAsOf(events, t)[figure]?.min ?? 0;
        expect(min, `${figure} at ${new Date(t).toISOString()}`).toBeGreaterThanOrEqual(last);
        last = min;
      }
    }
  });

  test('every total and exclusion names an event with that figure; parts exist and some carry it', () => {
    const byId = new Map(events.map((e) => [e.id, e]));
    const has = (id: string, figure: string) => !!byId.get(id)?.figures[figure];
    for (const t of FIGURE_TOTALS) {
      for (const f of t.figures) {
        expect(has(t.total, f), `${t.total} ${f}`).toBe(true);
        for (const p of t.parts) expect(byId.has(p), p).toBe(true);
        expect(t.parts.some((p) => has(p, f)), `parts of ${t.total} with ${f}`).toBe(true);
      }
    }
    for (const x of FIGURE_EXCLUSIONS) expect(has(x.event, x.figure), `${x.event} ${x.figure}`).toBe(true);
  });
});

describe('the rule', () => {
  const e = (id: string, startMs: number, min: number, max = min): FigureEvent => ({ id, startMs, figures: { civilians_killed: { min, max } } });
  const totals = [{ total: 'all', figures: ['civilians_killed'] as const, parts: ['a', 'b'] }];
  const data = [e('all', 0, 10, 12), e('a', 1, 4), e('b', 2, 5), e('other', 1, 1)];
  test.each([
    [-1, undefined],
    [0, undefined], // a total dated before its parts waits for them
    [1, { min: 5, max: 5 }], // part a + other
    [2, { min: 11, max: 13 }], // complete: the total replaces a and b
  ])('at %i', (time, expected) => {
    expect(figuresAsOf(data, time, totals, []).civilians_killed).toEqual(expected);
  });
  test.each([
    [0, { min: 0, max: 12 }], // under way, no part known yet: up to the total's maximum
    [1, { min: 5, max: 13 }], // part a + other, the total's group capped at 12
    [2, { min: 11, max: 13 }], // complete: the total replaces a and b
  ])('a total spanning 0–5 gives parts so far up to its maximum, at %i', (time, expected) => {
    expect(figuresAsOf([{ ...e('all', 0, 10, 12), endMs: 5 }, ...data.slice(1)], time, totals, []).civilians_killed).toEqual(expected);
  });
  test('after its span a total still waits for its parts', () => {
    expect(figuresAsOf([{ ...e('all', 0, 10, 12), endMs: 1 }, ...data.slice(1)], 1, totals, []).civilians_killed).toEqual({ min: 5, max: 5 });
  });
  test('nested totals: a complete outer total covers the parts of its parts', () => {
    const nested = [...totals, { total: 'outer', figures: ['civilians_killed'] as const, parts: ['all'] }];
    expect(figuresAsOf([...data, e('outer', 3, 20)], 3, nested, []).civilians_killed).toEqual({ min: 21, max: 21 });
  });
  test('an exclusion is never summed', () => {
    expect(figuresAsOf(data, 2, totals, [{ event: 'other', figure: 'civilians_killed', reason: 'test' }]).civilians_killed).toEqual({ min: 10, max: 12 });
  });
  test('text', () => {
    expect(textFromRange({ min: 1658, max: 1708 })).toBe('1,658–1,708');
    expect(textFromRange({ min: 638, max: 638 })).toBe('638');
    expect(textFromRange({ min: 1658, max: 1708 }, 'ru')).toBe('1658–1708');
    // Nothing counted yet, at most the total: not "0–100,000"
    expect(textFromRange({ min: 0, max: 100000 })).toBe('up to 100,000');
    expect(textFromRange({ min: 0, max: 100000 }, 'ja')).toBe('最大100,000');
    expect(textFromRange({ min: 0, max: 100000 }, 'ru')).toBe('до\u00a0100\u00a0000');
    expect(textFromRange({ min: 0, max: 0 })).toBe('0');
  });
});
