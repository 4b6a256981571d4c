import { describe, expect, test } from 'vitest';
import type { FamilyPath } from '../core/family.ts';
import { createStore } from '../core/store.ts';
import { defaultState, updateState } from '../core/state.ts';
import { FAMILY_LINK_MAX, FAMILY_STORAGE_KEY, familyFromLinkValue, keepFamilyStored, linkValueFromFamily, storedFamily } from './family_link.ts';
import { ignoredHashParts } from './hash_notice.ts';
import { hashFromState, stateFromHash } from './url_hash.ts';

const paths: FamilyPath[] = [{ name: 'Бабушка 祖母 <b>', home: 'toyohara', legs: [{ from: 'toyohara', to: 'otomari', mode: 'rail', date: '1945-08-18', note: 'ß' }] }];

/** A Map-backed stand-in for localStorage. */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() { return m.size; }, clear: () => m.clear(), key: (i) => [...m.keys()][i] ?? null,
    getItem: (k) => m.get(k) ?? null, setItem: (k, v) => { m.set(k, String(v)); }, removeItem: (k) => { m.delete(k); },
  };
}

describe('family in a link', () => {
  test('round-trips names in any script through a URL-safe value', () => {
    const value = linkValueFromFamily(paths);
    expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(familyFromLinkValue(value)).toEqual(paths);
  });
  test('a link with family= restores the paths; the state alone never writes them', () => {
    const state = updateState(defaultState, { family: paths });
    expect(hashFromState(state)).not.toContain('family');
    expect(stateFromHash(`${hashFromState(state)}&family=${linkValueFromFamily(paths)}`).family).toEqual(paths);
  });
  test('a shared link is understood; a broken family= is listed with the ignored parts', () => {
    expect(ignoredHashParts(`#lang=en&family=${linkValueFromFamily(paths)}`)).toEqual([]);
    expect(ignoredHashParts('#family=!!')).toEqual(['family=!!']);
  });
  test.each([
    ['not base64', '%%%'],
    ['not JSON', linkValueFromFamily([]).slice(0, 1) + 'A'],
    ['too long', 'A'.repeat(FAMILY_LINK_MAX + 1)],
  ])('ignores a value that is %s', (_what, value) => {
    expect(stateFromHash(`#family=${value}`).family).toBeUndefined();
  });
});

describe('family on the device', () => {
  test('kept on change and read back', async () => {
    const storage = memoryStorage();
    const store = createStore(defaultState, updateState);
    keepFamilyStored(store, storage);
    store.set({ family: paths });
    await Promise.resolve();
    expect(storedFamily(storage)).toEqual(paths);
    store.set({ family: [] });
    await Promise.resolve();
    expect(storage.getItem(FAMILY_STORAGE_KEY)).toBeNull();
  });
  test('a broken stored value gives no paths', () => {
    const storage = memoryStorage();
    storage.setItem(FAMILY_STORAGE_KEY, '{not json');
    expect(storedFamily(storage)).toEqual([]);
    expect(storedFamily(null)).toEqual([]);
  });
});
