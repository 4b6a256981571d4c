import { describe, expect, test } from 'vitest';
import { timeFromIso } from '../core/dates.ts';
import { defaultState, updateState } from '../core/state.ts';
import { TIMELINE_START } from '../core/timeline.ts';
import { hashFromState, stateFromHash } from './url_hash.ts';

describe('stateFromHash', () => {
  test('reads the contract example', () => {
    expect(stateFromHash('#date=1945-08-20T06:00+09:00&names=modern&map=7/47.05/142.05')).toEqual({
      time: timeFromIso('1945-08-20T06:00+09:00'),
      names: 'modern',
      camera: { zoom: 7, lat: 47.05, lon: 142.05 },
    });
  });
  test('a plain date is JST midnight', () => {
    expect(stateFromHash('date=1945-08-20').time).toBe(timeFromIso('1945-08-20T00:00+09:00'));
  });
  test('an encoded + in the offset works too', () => {
    expect(stateFromHash('#date=1945-08-20T06:00%2B09:00').time).toBe(timeFromIso('1945-08-20T06:00+09:00'));
  });
  test('a date outside the timeline is clamped', () => {
    expect(stateFromHash('#date=1900-01-01').time).toBe(TIMELINE_START);
  });
  test.each([
    '#date=yesterday', '#date=1945-02-30', '#names=klingon', '#script=', '#map=7/47', '#map=a/b/c',
    '#map=30/47/142', '#map=7/95/142', '#event=<script>', '#lang=de', '#lang=JA', '#lang=ja-JP', '#lang=', '#%E0%A4%A', '#&&&=', '#map=7/47/142/9',
  ])('ignores malformed %s', (hash) => {
    expect(() => stateFromHash(hash)).not.toThrow();
    expect(stateFromHash(hash)).toEqual({});
  });
  test('keeps the valid keys next to malformed ones', () => {
    expect(stateFromHash('#names=bogus&script=latin')).toEqual({ script: 'latin' });
  });
  test.each(['en', 'ja', 'ru'])('reads lang=%s', (lang) => {
    expect(stateFromHash(`#date=1945-08-20&lang=${lang}`).lang).toBe(lang);
  });
  test('reads an event id', () => {
    expect(stateFromHash('#event=maoka_landing').event).toBe('maoka_landing');
  });
});

describe('round trip', () => {
  test('state -> hash -> state keeps time, names, script and camera', () => {
    const state = updateState(defaultState, {
      time: timeFromIso('1945-08-22T04:00+09:00') as number,
      names: 'modern', script: 'latin',
      camera: { zoom: 7.5, lat: 46.63, lon: 142.77 },
      selection: { kind: 'event', id: 'ogasawara_sunk' },
      lang: 'ja',
    });
    const parsed = stateFromHash(hashFromState(state));
    expect(parsed).toEqual({ time: state.time, names: 'modern', script: 'latin', camera: state.camera, event: 'ogasawara_sunk', lang: 'ja' });
  });
  test('an event of the reader\'s own file is not put in the link (whoever opens it has not that file)', () => {
    const mine = updateState(defaultState, { selection: { kind: 'event', id: 'my_event', user: true } });
    expect(hashFromState(mine)).not.toContain('event=');
    expect(hashFromState(updateState(defaultState, { selection: { kind: 'event', id: 'my_event' } }))).toContain('event=my_event');
  });
  test('a selected place is put in the link, and read back (a route is not)', () => {
    const hash = hashFromState(updateState(defaultState, { selection: { kind: 'place', id: 'station_kita_maoka' } }));
    expect(hash).toContain('place=station_kita_maoka');
    expect(hash).not.toContain('event=');
    expect(stateFromHash(hash).place).toBe('station_kita_maoka');
    expect(hashFromState(updateState(defaultState, { selection: { kind: 'place', id: 'my_place', user: true } }))).not.toContain('place=');
    expect(hashFromState(updateState(defaultState, { selection: { kind: 'route', id: 'landing-maoka' } }))).not.toMatch(/place=|event=|route=/);
    expect(stateFromHash('#place=Maoka<b>').place).toBeUndefined();
  });
  test('the hash shows the offset literally', () => {
    expect(hashFromState(defaultState)).toContain('date=1945-08-08T00:00+09:00');
  });
});
