/**
 * The family paths as GeoJSON features, for the export (`layer: "family"`) and
 * back from a file opened in the own-data panel. One feature per path: a line
 * through the hometown and each leg's end where the atlas knows the places
 * (a point for a hometown alone, no geometry for neither), and the path itself
 * in its properties, so that reading it back loses nothing. Pure.
 */
import type { Feature, Geometry, Position } from 'geojson';
import { isoFromTime } from './dates.ts';
import { familyDateSpan, familyFromUnknown, type FamilyPath } from './family.ts';

/** The `layer` property of a family feature. */
const FAMILY_FEATURE_LAYER = 'family';

/**
 * The paths as features.
 * @param paths - the reader's paths
 * @param placeAt - a place's [lon, lat], or undefined
 * @returns one feature per path, with `layer: "family"`, the path's `name`, `home`, `legs`, and
 *   `start_date`/`end_date` (ISO with offset) spanning its dated legs
 */
export function familyFeatures(paths: readonly FamilyPath[], placeAt: (id: string) => Position | undefined): Feature<Geometry | null>[] {
  return paths.map((path, i) => {
    const stops = [path.home ?? path.legs[0]?.from, ...path.legs.map((l) => l.to)]
      .flatMap((id) => (id === undefined ? [] : [placeAt(id)]))
      .filter((p): p is Position => p !== undefined);
    const geometry: Geometry | null = stops.length >= 2 ? { type: 'LineString', coordinates: stops }
      : stops[0] ? { type: 'Point', coordinates: stops[0] } : null;
    const spans = path.legs.map((l) => familyDateSpan(l.date)).filter((s) => s !== null);
    const dates = spans.length === 0 ? {} : {
      start_date: isoFromTime(Math.min(...spans.map((s) => s.startMs))),
      end_date: isoFromTime(Math.max(...spans.map((s) => s.endMs))),
    };
    return {
      type: 'Feature', geometry,
      properties: { layer: FAMILY_FEATURE_LAYER, id: `family-${i}`, name: path.name, ...(path.home ? { home: path.home } : {}), legs: path.legs, ...dates },
    };
  });
}

/**
 * Whether a raw feature is a family path of an export.
 * @param feature - anything
 */
export function isFamilyFeature(feature: unknown): boolean {
  const props = (feature as { properties?: unknown } | null)?.properties;
  return typeof props === 'object' && props !== null && (props as Record<string, unknown>).layer === FAMILY_FEATURE_LAYER;
}

/**
 * The paths of family features, read back.
 * @param features - features with `layer: "family"`
 * @returns the paths that are well formed (core/family.ts `familyFromUnknown`), in order
 */
export function familyFromFeatures(features: readonly unknown[]): FamilyPath[] {
  return features.flatMap((f) => familyFromUnknown([(f as { properties: unknown }).properties]) ?? []);
}
