/**
 * Schemas of the basemap's own data: the names of seas, straits, bays, capes,
 * mountains and rivers (`geo/names.geojson`, edited by hand) and the
 * harbour-scale coast cells (`geo/coast/*.json`, built by `npm run basemap`)
 * and the railways of August 1945 (`geo/railways.geojson`, edited by hand).
 * Same conventions as schema.ts: a name tag is `null` where no source gives it.
 */
import * as z from 'zod/mini';
import { idSchema, nameValueSchema, pointSchema, sourceIdsSchema, textSchema } from './schema.ts';
import { subprefectureSchema } from './place_schema.ts';

/** What a named feature is; water kinds are labelled in italic blue. */
const geoNameKinds = ['sea', 'strait', 'bay', 'lake', 'river', 'cape', 'mountain'] as const;
/** Kinds whose names are water labels. */
export const waterNameKinds: ReadonlySet<string> = new Set(['sea', 'strait', 'bay', 'lake', 'river']);

const geoNamePropertiesSchema = z.object({
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
  note: z.optional(textSchema()),
});

export const namesSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.object({ type: z.literal('Feature'), geometry: pointSchema, properties: geoNamePropertiesSchema })),
});
export type NameCollection = z.infer<typeof namesSchema>;

/**
 * The land divided among the places with a control date (`geo/control_areas.geojson`,
 * built by `npm run control-areas`): polygons, each naming its place in `area`.
 */
export const controlAreasSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.object({
    type: z.literal('Feature'),
    geometry: z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.array(z.unknown())) }),
    properties: z.object({ area: idSchema }),
  })),
});
export type ControlAreaCollection = z.infer<typeof controlAreasSchema>;

/**
 * Fronts held for days (`geo/fronts.geojson`, edited by hand): a line drawn while
 * its event lasts, from the event's start to its end (the dates live in the event).
 */
export const frontsSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.object({
    type: z.literal('Feature'),
    geometry: z.object({ type: z.literal('LineString'), coordinates: z.array(z.tuple([z.number(), z.number()])).check(z.minLength(2, 'needs at least 2 positions')) }),
    properties: z.object({
      id: idSchema,
      /** The event (with an end) whose span the front is drawn for. */
      event: idSchema,
      coord_source: idSchema,
      uncertainty_m: z.int().check(z.positive()),
      note: z.optional(textSchema()),
    }),
  })),
});
export type FrontCollection = z.infer<typeof frontsSchema>;

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

const lonLatSchema = z.tuple([z.number().check(z.gte(-180), z.lte(180)), z.number().check(z.gte(-90), z.lte(90))]);

/** A station on a railway: its names (null where no source gives one) and where a source puts it. */
const stationSchema = z.object({
  'name:ja': nameValueSchema,
  'name:ja-Latn': nameValueSchema,
  'name:ru': nameValueSchema,
  'name:ru-Latn': nameValueSchema,
  coordinates: lonLatSchema,
  uncertainty_m: z.int().check(z.positive()),
  coord_source: idSchema,
});

const railwayPropertiesSchema = z.object({
  id: idSchema,
  kind: z.literal('railway'),
  'name:en': nameValueSchema,
  'name:ja': nameValueSchema,
  'name:ja-Latn': nameValueSchema,
  'name:ru': nameValueSchema,
  'name:ru-Latn': nameValueSchema,
  /** `schematic`: straight between the stations a source places; `traced`: along a mapped alignment. */
  geometry: z.enum(['schematic', 'traced']),
  /** The largest station uncertainty, metres. */
  uncertainty_m: z.int().check(z.positive()),
  /** Longest straight stretch between two stations, km: where the schematic line may stray farthest. */
  longest_gap_km: z.number().check(z.nonnegative()),
  stations: z.array(stationSchema).check(z.minLength(2, 'needs at least 2 stations')),
  sources: sourceIdsSchema,
  note: z.optional(textSchema()),
});

/** The railways of August 1945 (`geo/railways.geojson`). */
export const railwaysSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.object({
    type: z.literal('Feature'),
    geometry: z.object({ type: z.literal('LineString'), coordinates: z.array(lonLatSchema).check(z.minLength(2, 'needs at least 2 positions')) }),
    properties: railwayPropertiesSchema,
  })),
});
export type RailwayCollection = z.infer<typeof railwaysSchema>;

/**
 * The lines between Karafuto's subprefectures in August 1945 (`geo/subprefectures.geojson`,
 * built by scripts/build_subprefectures.ts from the municipal shares): approximate by construction.
 */
export const subprefecturesSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.object({
    type: z.literal('Feature'),
    geometry: z.object({
      type: z.literal('MultiLineString'),
      coordinates: z.array(z.array(lonLatSchema).check(z.minLength(2, 'needs at least 2 positions'))).check(z.minLength(1, 'needs a line')),
    }),
    properties: z.object({
      id: idSchema,
      /** The two subprefectures the line divides. */
      between: z.tuple([subprefectureSchema, subprefectureSchema]),
      /** Always true: no reachable source draws the 1945 boundaries. */
      approximate: z.literal(true),
    }),
  })),
});
export type SubprefectureCollection = z.infer<typeof subprefecturesSchema>;
