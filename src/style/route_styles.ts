/**
 * How each kind of route looks, by kind and side. One table shared by the map
 * layers and the legend so they cannot disagree. Colours: Soviet reds, Japanese
 * blues, civilian evacuation green, attacked ships purple; dashes repeat the
 * distinction for readers who cannot tell the colours apart (and on projectors).
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';

/** One legend row / one match arm. */
export interface RouteStyle {
  kind: 'landing' | 'advance' | 'evacuation' | 'attacked_ship' | 'withdrawal';
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
];

const FALLBACK_COLOR = '#455a64';

/** `kind|side` key matching ROUTE_STYLES entries. */
const keyExpression: ExpressionSpecification = ['concat', ['get', 'kind'], '|', ['get', 'side']];

/**
 * Line colour expression: exact kind+side, else by kind, else grey.
 * @returns a data-driven colour expression
 */
export function routeColorExpression(): ExpressionSpecification {
  const arms = ROUTE_STYLES.flatMap((s) => [`${s.kind}|${s.side}`, s.color]);
  const byKind = uniqueByKind().flatMap((s) => [s.kind, s.color]);
  return ['match', keyExpression, ...arms, ['match', ['get', 'kind'], ...byKind, FALLBACK_COLOR]] as unknown as ExpressionSpecification;
}

/**
 * Dash expression, by kind (line-dasharray is data-driven in MapLibre v6).
 * @returns a data-driven number-array expression
 */
export function routeDashExpression(): ExpressionSpecification {
  const arms = uniqueByKind().flatMap((s) => [s.kind, ['literal', s.dash.length ? s.dash : [1, 0]]]);
  return ['match', ['get', 'kind'], ...arms, ['literal', [1, 0]]] as unknown as ExpressionSpecification;
}

/** The first style listed for each kind (landing -> Soviet landing). */
function uniqueByKind(): RouteStyle[] {
  const seen = new Set<string>();
  return ROUTE_STYLES.filter((s) => (seen.has(s.kind) ? false : (seen.add(s.kind), true)));
}
