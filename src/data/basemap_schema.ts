/**
 * Schemas of the basemap's own data: the names of seas, straits, bays, capes,
 * mountains and rivers (`geo/names.geojson`, edited by hand) and the
 * harbour-scale coast cells (`geo/coast/*.json`, built by `npm run basemap`).
 * Same conventions as schema.ts: a name tag is `null` where no source gives it.
 */
import * as z from 'zod/mini';
import { idSchema, nameValueSchema, pointSchema, sourceIdsSchema } from './schema.ts';

/** What a named feature is; water kinds are labelled in italic blue. */
export const geoNameKinds = ['sea', 'strait', 'bay', 'lake', 'river', 'cape', 'mountain'] as const;
/** Kinds whose names are water labels. */
export const waterNameKinds: ReadonlySet<string> = new Set(['sea', 'strait', 'bay', 'lake', 'river']);

export const geoNamePropertiesSchema = z.object({
  id: idSchema,
  kind: z.enum(geoNameKinds),
  'name:en': nameValueSchema,
  'name:ja': nameValueSchema,
  'name:ja-Latn': nameValueSchema,
  'name:ru': nameValueSchema,
  'name:ru-Latn': nameValueSchema,
  /** A peak's height in metres, where a source gives it. */
  ele_m: z.optional(z.int().check(z.positive())),
  /** The zoom the label appears from: seas early, rivers late. */
  min_zoom: z.number().check(z.gte(0), z.lte(13)),
  /** The source of the point (a label position chosen by the editors is `editor-estimate`). */
  coord_source: idSchema,
  sources: sourceIdsSchema,
  note: z.optional(z.string()),
});

export const namesSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.object({ type: z.literal('Feature'), geometry: pointSchema, properties: geoNamePropertiesSchema })),
});
export type NameCollection = z.infer<typeof namesSchema>;
export type GeoNameProperties = z.infer<typeof geoNamePropertiesSchema>;

/** Integer-coded positions (src/data/coast_cells.ts): x, y pairs, at least two positions. */
const codedLineSchema = z.array(z.int()).check(
  z.minLength(4, 'needs at least 2 positions'),
  z.refine((a) => a.length % 2 === 0, 'must hold x, y pairs (an even count)'),
);

/** One coast cell (`geo/coast/c<lon>_<lat>.json`). */
export const coastCellSchema = z.object({
  land: z.array(codedLineSchema),
  lakes: z.array(codedLineSchema),
  rivers: z.array(codedLineSchema),
});
