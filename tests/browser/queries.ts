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
