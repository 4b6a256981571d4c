import { describe, expect, test } from 'vitest';
import { labelFromProperties, modernNameNote, nameLines, type NameProperties } from './names.ts';

const maoka: NameProperties = { 'name:ja': '真岡', 'name:ja-Latn': 'Maoka', 'name:ru': 'Холмск', 'name:ru-Latn': 'Kholmsk' };
const wakkanai: NameProperties = { 'name:ja': '稚内', 'name:ja-Latn': 'Wakkanai', 'name:ru': null, 'name:ru-Latn': null };
const cape: NameProperties = { 'name:ja': null, 'name:ja-Latn': null, 'name:ru': 'мыс Крильон', 'name:ru-Latn': null, 'name:en': 'Cape Crillon' };

describe('labelFromProperties on Maoka', () => {
  test.each([
    ['1945', 'native', '真岡'],
    ['1945', 'latin', 'Maoka'],
    ['1945', 'both', '真岡\nMaoka'],
    ['modern', 'native', 'Холмск'],
    ['modern', 'latin', 'Kholmsk'],
    ['modern', 'both', 'Холмск\nKholmsk'],
    ['both', 'native', '真岡\nХолмск'],
    ['both', 'latin', 'Maoka\nKholmsk'],
    ['both', 'both', '真岡\nMaoka\nХолмск\nKholmsk'],
  ] as const)('%s × %s', (names, script, expected) => {
    expect(labelFromProperties(maoka, names, script)).toBe(expected);
  });
});

describe('fallbacks', () => {
  test('a Japanese town with no Russian name keeps its Japanese name in modern mode', () => {
    expect(labelFromProperties(wakkanai, 'modern', 'native')).toBe('稚内');
  });
  test('both modes do not repeat the same name', () => {
    expect(labelFromProperties(wakkanai, 'both', 'native')).toBe('稚内');
  });
  test('English name when the wanted romanisation is unknown', () => {
    expect(labelFromProperties(cape, '1945', 'latin')).toBe('Cape Crillon');
  });
  test('native 1945 with no Japanese name falls back to English before Russian', () => {
    expect(labelFromProperties(cape, '1945', 'native')).toBe('Cape Crillon');
  });
  test('no names at all gives an empty label', () => {
    expect(labelFromProperties({}, 'both', 'both')).toBe('');
  });
  test('empty strings count as missing', () => {
    expect(labelFromProperties({ 'name:ja': '', 'name:ja-Latn': 'Maoka' }, '1945', 'native')).toBe('Maoka');
  });
});

describe('nameLines', () => {
  test('one line per era and script', () => {
    expect(nameLines('both', 'both')).toHaveLength(4);
    expect(nameLines('1945', 'latin')[0]?.[0]).toBe('name:ja-Latn');
  });
});

describe('modernNameNote', () => {
  test('says since when', () => {
    expect(modernNameNote('Kholmsk', 1946)).toBe('named Kholmsk since 1946');
  });
  test('nothing when the year is unknown', () => {
    expect(modernNameNote('Shakhtyorsk', null)).toBeNull();
  });
  test('nothing without a modern name', () => {
    expect(modernNameNote(null, 1946)).toBeNull();
  });
});
