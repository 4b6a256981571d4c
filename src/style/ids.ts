/**
 * Every source and layer id, declared once (docs/CONTRACT.md). Ids read
 * `group_thing_variant` so related ids sort together.
 */

/** GeoJSON source ids. */
export const SOURCE = {
  land: 'land',
  border: 'border',
  /** The harbour-scale coast, lakes and rivers: GSHHG cells fetched for the view from zoom 7 (map/coast_cells.ts). */
  coast: 'coast',
  /** Seas, straits, bays, rivers, capes and mountains (geo/names.geojson). */
  names: 'names',
  /** The railways of August 1945 (geo/railways.geojson). */
  railways: 'railways',
  /** The land divided among the places with a control date (geo/control_areas.geojson); shaded by feature-state. */
  controlAreas: 'control_areas',
  /** Fronts held for days (geo/fronts.geojson); drawn while their event lasts, by feature-state. */
  fronts: 'fronts',
  /** The approximate lines between Karafuto's subprefectures of 1945 (geo/subprefectures.geojson). */
  subprefectures: 'subprefectures',
  places: 'places',
  /** Events with a point; shown from their start by feature-state (map/render_state.ts). */
  events: 'events',
} as const;

/** Layer ids, bottom to top. */
export const LAYER = {
  background: 'background',
  landFill: 'land_fill',
  landLine: 'land_line',
  /** The detailed cells' squares in sea colour, hiding the coarse land under them. */
  coastSeaFill: 'coast_sea_fill',
  coastLandFill: 'coast_land_fill',
  coastLakeFill: 'coast_lake_fill',
  /** The land held by Soviet forces as of the date: control areas with {@link CONTROL_STATE}. */
  controlFill: 'control_fill',
  riverLine: 'coast_river_line',
  coastLine: 'coast_line',
  /** Railways: a thin line and, over it, the cross ticks of a classic atlas railway. */
  railLine: 'rail_line',
  railTicks: 'rail_ticks',
  /** A front held for days, while it held: {@link FRONT_STATE}. */
  frontsLine: 'fronts_line',
  /** The subprefectures' lines of 1945, under the border. */
  subprefectureLine: 'subprefecture_line',
  borderLine: 'border_line',
  /** Seas, straits, bays and rivers; under the place labels, which win collisions. */
  waterNamesLabel: 'names_water_label',
  /** Capes and mountains. */
  landNamesLabel: 'names_land_label',
  /** Every route, drawn up to the current time: a custom WebGL layer (map/route_layer.ts), no source. */
  routesLine: 'routes_line',
  placesCircle: 'places_circle',
  /** Above the place dots: an event marks a place. */
  eventsCircle: 'events_circle',
  placesLabel: 'places_label',
} as const;

/** Global-state key holding the id of the selected feature ('' for none), for highlighting. */
export const SELECTED_STATE = 'selected';

/**
 * Feature-state keys of an event marker: `reached` (its start is at or before
 * the time) and `recent` (less than 24 h since). Feature-state restyles on the
 * main thread; a filter on a global-state key would re-tile the source.
 */
export const EVENT_STATE = { reached: 'reached', recent: 'recent' } as const;

/**
 * Feature-state key of a control area and of a place with a control date:
 * `held`, true from the date Soviet forces held it (map/render_state.ts).
 */
export const CONTROL_STATE = { held: 'held' } as const;

/** Feature-state key of a front: `active` while its event lasts. */
export const FRONT_STATE = { active: 'active' } as const;

/** The font name used in `text-font`, mapped to files by the style's `font-faces`. */
export const LABEL_FONT = 'Atlas Noto Sans JP';

/**
 * The water labels' font stack: italic. Noto Sans JP has no italic face, and
 * MapLibre draws a `font-faces` file in its own style, so the water labels name
 * no declared font: MapLibre then draws them with the page's fonts, in the
 * style it reads from the first name ("Italic"), and the second name is the
 * same font file registered for the page by map/create_map.ts
 * ({@link WATER_FONT_FAMILY}), which the browser slants.
 */
export const WATER_LABEL_FONT = ['Atlas Italic', 'Atlas Noto Sans JP Water'] as const;
/** The page font family the water labels are drawn with (the label font's file, registered by map/create_map.ts). */
export const WATER_FONT_FAMILY = WATER_LABEL_FONT[1];

/** Sources of the user's own file (src/map/user_layers.ts), added only when the user opens one. */
export const USER_SOURCE = {
  places: 'user_places',
  /** Event markers, shown from their start by feature-state like {@link SOURCE.events}. */
  events: 'user_events',
} as const;

/** Layers of the user's own file, drawn above the atlas's layers. */
export const USER_LAYER = {
  /** A second custom GPU route layer (map/route_layer.ts), like {@link LAYER.routesLine}. */
  routesLine: 'user_routes_line',
  eventsCircle: 'user_events_circle',
  placesCircle: 'user_places_circle',
  placesLabel: 'user_places_label',
} as const;

/** The reader's family paths (map/family_layer.ts): a GPU route layer over the events, under the place labels. */
export const FAMILY_LAYER = {
  routesLine: 'family_routes_line',
} as const;
