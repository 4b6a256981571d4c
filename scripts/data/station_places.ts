/**
 * The railway stations of 1945 as places, so that search finds them and the
 * map marks them: each station of `geo/railways.geojson` that no place already
 * stands for. A station named like a place (豊原 for Toyohara, 小沼 for Toyokita's
 * seat, an `alt_name:ja` counts) is that place; the others (新場, 北豊原, 北真岡…)
 * become places of kind `station` with the station's names, point, uncertainty
 * and source, and the line's source.
 */
import type { LocalizedText } from '../../src/data/schema.ts';
import type { RailwayCollection } from '../../src/data/basemap_schema.ts';
import { polivanov } from '../polivanov.ts';
import type { PlaceSpec } from './places_spec.ts';

type Station = RailwayCollection['features'][number]['properties']['stations'][number];
type Line = RailwayCollection['features'][number]['properties'];

/** Names a place is already known by in Japanese. */
function japaneseNames(place: PlaceSpec): string[] {
  return [place['name:ja'], ...(place['alt_name:ja'] ?? [])].filter((n): n is string => !!n);
}

/** `station_kita_maoka` from Kita-Maoka; `station_osaka` from Ōsaka. */
function stationId(latin: string): string {
  return `station_${latin.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;
}

/** The note of a station place: its line in August 1945 and how near its point is. */
function stationNote(line: Line, station: Station): LocalizedText {
  const ja = line['name:ja'] ?? '';
  const latin = line['name:ja-Latn'] ?? '';
  const metres = station.uncertainty_m;
  return {
    en: `Station on the ${line['name:en'] ?? latin}, ${ja}, in August 1945. The point lies within ${metres} m of the station (see the sources).`,
    ja: `1945年8月の${ja}の駅。地点は駅から${metres}m以内（出典を参照）。`,
    ru: `Станция линии ${polivanov(latin)} (${ja}) в августе 1945 г. Точка — в пределах ${metres} м от станции (см. источники).`,
  };
}

/**
 * Place specs for the stations no place stands for, in line order, each once.
 * @param railways - the railways of 1945
 * @param places - the gazetteer so far
 * @returns new places of kind `station`
 * @throws when a station to add has no Hepburn name (its id is made from it)
 */
export function stationPlaceSpecs(railways: RailwayCollection, places: readonly PlaceSpec[]): PlaceSpec[] {
  const known = new Set(places.flatMap(japaneseNames));
  const out: PlaceSpec[] = [];
  for (const { properties: line } of railways.features) {
    for (const station of line.stations) {
      const ja = station['name:ja'];
      if (!ja || known.has(ja)) continue;
      const latin = station['name:ja-Latn'];
      if (!latin) throw new Error(`geo/railways.geojson: ${line.id}: station ${ja}: name:ja-Latn is needed to make it a place`);
      known.add(ja);
      out.push({
        id: stationId(latin), kind: 'station', region: 'karafuto',
        'name:ja': ja, 'name:ja-Latn': latin, 'name:ru': station['name:ru'], 'name:ru-Latn': station['name:ru-Latn'],
        modern_name_since: null,
        coord: { at: station.coordinates, source: station.coord_source, uncertainty_m: station.uncertainty_m },
        sources: [...new Set([station.coord_source, line.sources[0]!])],
        note: stationNote(line, station),
      });
    }
  }
  return out;
}
