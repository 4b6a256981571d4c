/**
 * Reading what the map actually drew, through `map.queryRenderedFeatures`.
 *
 * In maplibre-gl v6 a queried feature carries `layer.layout` evaluated for
 * that feature (src/data/feature_index.ts `evaluateProperties`): a
 * data-driven `text-field` arrives as a `Formatted` object
 * (`{sections: [{text, ...}]}`), a constant one as a string. Symbols hidden by
 * collision are not returned: only labels a person can see.
 */
import type { Page } from 'playwright-core';
import type { AtlasWindow } from './harness.ts';

/** One label on screen. */
export interface RenderedLabel {
  /** `properties.id` of the feature (the place id), or the feature id. */
  id: string | null;
  /** The drawn text, all sections joined (a line break stays `\n`). */
  text: string;
}

/** A rendered line feature, in longitude/latitude. */
export interface RenderedLine {
  id: string | null;
  /** One or more parts (a line is cut at tile edges). */
  parts: [number, number][][];
}

/**
 * Labels the map currently draws in a symbol layer.
 * @param layer - layer id, `places_label` by default
 * @returns one entry per placed label
 * @throws Error when the layer does not exist in the style
 */
export async function readRenderedLabels(page: Page, layer = 'places_label'): Promise<RenderedLabel[]> {
  return page.evaluate((layerId) => {
    const map = (window as unknown as AtlasWindow).atlas.map;
    if (!map.getLayer(layerId)) throw new Error(`the style has no layer "${layerId}"`);
    return map.queryRenderedFeatures({ layers: [layerId] }).map((feature) => {
      const raw: unknown = (feature.layer.layout as Record<string, unknown> | undefined)?.['text-field'];
      let text: string;
      if (typeof raw === 'string') text = raw;
      else if (raw && typeof raw === 'object' && Array.isArray((raw as { sections?: unknown }).sections)) {
        text = (raw as { sections: { text: string }[] }).sections.map((section) => section.text).join('');
      } else text = raw == null ? '' : String(raw);
      const id = feature.properties?.id ?? feature.id ?? null;
      return { id: id == null ? null : String(id), text };
    });
  }, layer);
}

/**
 * Line features the map currently draws in a line layer.
 * @param layer - layer id, `routes_line` by default
 * @throws Error when the layer does not exist in the style
 */
export async function readRenderedLines(page: Page, layer = 'routes_line'): Promise<RenderedLine[]> {
  return page.evaluate((layerId) => {
    const map = (window as unknown as AtlasWindow).atlas.map;
    if (!map.getLayer(layerId)) throw new Error(`the style has no layer "${layerId}"`);
    return map.queryRenderedFeatures({ layers: [layerId] }).flatMap((feature) => {
      const geometry = feature.geometry;
      const id = feature.properties?.id ?? feature.id ?? null;
      const parts =
        geometry.type === 'LineString'
          ? [geometry.coordinates]
          : geometry.type === 'MultiLineString'
            ? geometry.coordinates
            : [];
      return parts.length ? [{ id: id == null ? null : String(id), parts: parts as [number, number][][] }] : [];
    });
  }, layer);
}

/**
 * Length of lines on the sphere, in kilometres (haversine, R = 6371 km).
 * Parts of one feature drawn in several tiles overlap at most at tile edges,
 * which is negligible here.
 */
export function kilometresFromLines(lines: readonly RenderedLine[]): number {
  const rad = Math.PI / 180;
  let total = 0;
  for (const line of lines) {
    for (const part of line.parts) {
      for (let i = 1; i < part.length; i++) {
        const [lon1, lat1] = part[i - 1]!;
        const [lon2, lat2] = part[i]!;
        const a =
          Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
          Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
        total += 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
      }
    }
  }
  return total;
}
