/**
 * Every source and layer id, declared once (docs/CONTRACT.md). Ids read
 * `group_thing_variant` so related ids sort together.
 */

/** GeoJSON source ids. */
export const SOURCE = {
  land: 'land',
  border: 'border',
  places: 'places',
  /** One feature per route with end_ms, shown once finished by a filter on the stepped time key. */
  routes: 'routes',
  /** Route end points with bearing, for arrowheads of finished routes. */
  routesEnd: 'routes_end',
  /** Drawn prefix and tip of routes in progress or ended since the last time step (small, updated per frame). */
  routesActive: 'routes_active',
  events: 'events',
} as const;

/** Layer ids, bottom to top. */
export const LAYER = {
  background: 'background',
  landFill: 'land_fill',
  landLine: 'land_line',
  borderLine: 'border_line',
  routesLineCasing: 'routes_line_casing',
  routesLine: 'routes_line',
  routesActiveCasing: 'routes_active_casing',
  routesActiveLine: 'routes_active_line',
  routesHead: 'routes_head',
  routesActiveHead: 'routes_active_head',
  eventsCircle: 'events_circle',
  placesCircle: 'places_circle',
  placesLabel: 'places_label',
} as const;

/** Glyph drawn, rotated, at the end of finished routes (must be in src/ui/strings.ts for the font subset). */
export const ROUTE_ARROW_GLYPH = '▲';

/** Global-state key holding the id of the selected feature ('' for none), for highlighting. */
export const SELECTED_STATE = 'selected';

/** Global-state key holding the current time (epoch ms); read only by a user's own layers. */
export const TIME_STATE = 'time';

/**
 * Global-state key holding the stepped time of routes (core/time_steps.ts): the
 * last route end at or before the current time. The route filters read it
 * instead of {@link TIME_STATE} so their sources are not re-tiled every frame.
 */
export const ROUTE_STEP_STATE = 'route_step';

/**
 * Global-state key holding the stepped time of events: the last event start or
 * start + 24 h at or before the current time. Apart from the routes' key so that
 * a route ending does not re-tile the events, nor an event the routes.
 */
export const EVENT_STEP_STATE = 'event_step';

/** The font name used in `text-font`, mapped to files by the style's `font-faces`. */
export const LABEL_FONT = 'Atlas Noto Sans JP';

/** Sources of the user's own file (src/map/user_layers.ts), added only when the user opens one. */
export const USER_SOURCE = {
  places: 'user_places',
  /** Route segments with t0/t1, like {@link SOURCE.routes}. */
  routes: 'user_routes',
  events: 'user_events',
} as const;

/** Layers of the user's own file, drawn above the atlas's layers. */
export const USER_LAYER = {
  routesLine: 'user_routes_line',
  eventsCircle: 'user_events_circle',
  placesCircle: 'user_places_circle',
  placesLabel: 'user_places_label',
} as const;
