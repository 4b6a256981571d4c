/**
 * How each kind of route looks, by kind and side. One table shared by the map
 * layers and the legend so they cannot disagree. Colours: Soviet reds, Japanese
 * blues, civilian evacuation green, attacked ships purple, repatriation teal,
 * Soviet ships moving Kuril islanders magenta, small-boat escapes amber; dashes repeat the
 * distinction for readers who cannot tell the colours apart (and on projectors).
 */

/** One legend row / one match arm. */
export interface RouteStyle {
  kind: 'landing' | 'advance' | 'evacuation' | 'attacked_ship' | 'withdrawal' | 'repatriation' | 'escape';
  side: 'soviet' | 'japanese';
  color: string;
  /** Dash pattern in line widths; empty for solid. */
  dash: number[];
  /** English legend text. */
  label: string;
}

/** Styles in legend order. */
export const ROUTE_STYLES: readonly RouteStyle[] = [
  { kind: 'advance', side: 'soviet', color: '#c62828', dash: [], label: 'Soviet advance' },
  { kind: 'landing', side: 'soviet', color: '#e65100', dash: [2, 1], label: 'Soviet landing (by sea)' },
  { kind: 'advance', side: 'japanese', color: '#1565c0', dash: [], label: 'Japanese movement' },
  { kind: 'withdrawal', side: 'japanese', color: '#5c6bc0', dash: [3, 2], label: 'Japanese withdrawal' },
  { kind: 'evacuation', side: 'japanese', color: '#2e7d32', dash: [1, 1], label: 'Civilian evacuation ship' },
  { kind: 'attacked_ship', side: 'japanese', color: '#6a1b9a', dash: [], label: 'Evacuation ship attacked' },
  { kind: 'escape', side: 'japanese', color: '#ef6c00', dash: [1, 2], label: 'Escape by small boat (total of many)' },
  { kind: 'repatriation', side: 'japanese', color: '#00838f', dash: [4, 1], label: 'Repatriation ship, 1946–49' },
  { kind: 'repatriation', side: 'soviet', color: '#ad1457', dash: [4, 1], label: 'Kuril islanders taken to Maoka (Soviet ship)' },
];

/** The reader's family paths: magenta, apart from every kind above and from the own file's teal. */
export const FAMILY_COLOR = '#d81b60';

/** Grey for a kind the table does not know: drawn, not an error. */
const FALLBACK_STYLE = { color: '#455a64', dash: [] as number[] };

/**
 * Which style a route gets: exact kind and side, else the first listed for its
 * kind (landing -> Soviet landing), else the fallback grey.
 * @returns an index into {@link routePalette}'s arrays
 */
export function routeStyleIndex(kind: string, side: string): number {
  const exact = ROUTE_STYLES.findIndex((s) => s.kind === kind && s.side === side);
  if (exact >= 0) return exact;
  const byKind = ROUTE_STYLES.findIndex((s) => s.kind === kind);
  return byKind >= 0 ? byKind : ROUTE_STYLES.length;
}

/** Colours and dashes by style index, for the GPU route layer's uniforms. */
export interface RoutePalette {
  /** r, g, b in 0..1, three floats per style. */
  colors: number[];
  /** dash and gap in line widths, two floats per style; 0, 0 for solid. */
  dashes: number[];
  /** Number of styles (the table plus the fallback). */
  count: number;
}

/**
 * The route styles as flat arrays, fallback last.
 * @returns the palette
 */
export function routePalette(): RoutePalette {
  const styles = [...ROUTE_STYLES, FALLBACK_STYLE];
  return {
    colors: styles.flatMap((s) => rgbFromHex(s.color)),
    dashes: styles.flatMap((s) => (s.dash.length >= 2 ? [s.dash[0] as number, s.dash[1] as number] : [0, 0])),
    count: styles.length,
  };
}

/**
 * One colour, solid, for every route (a user's own file).
 * @param hex - `#rrggbb`
 * @returns a palette of one style
 */
export function singleColourPalette(hex: string): RoutePalette {
  return { colors: rgbFromHex(hex), dashes: [0, 0], count: 1 };
}

/**
 * `#rrggbb` as floats.
 * @returns [r, g, b] in 0..1
 */
export function rgbFromHex(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

/** Route sizes at a zoom, CSS pixels. */
export interface RouteSizes {
  line: number;
  /** White casing under the line. */
  casing: number;
  /** Yellow casing of the selected route. */
  selectedCasing: number;
  /** Radius of the dot at a moving route's tip, its 2 px white ring included. */
  tip: number;
  /** Length of the arrowhead at a finished route's end. */
  arrow: number;
}

/**
 * Sizes grow linearly from zoom 4 to 9 and stay put outside (as a MapLibre `interpolate`).
 * @returns the sizes
 */
export function routeSizes(zoom: number): RouteSizes {
  const f = Math.min(1, Math.max(0, (zoom - 4) / 5));
  const at = (z4: number, z9: number) => z4 + (z9 - z4) * f;
  return { line: at(2, 5), casing: at(4, 8), selectedCasing: at(9, 16), tip: 7, arrow: at(11, 18) };
}
