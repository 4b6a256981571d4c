/**
 * The benchmark's baseline page, the limit the app is measured against: bare
 * MapLibre drawing the atlas's basemap exactly as the app does
 * (bench/basemap_page.ts) and nothing else. Built by bench/baseline_build.ts
 * into bench/out/, never into the app's dist/.
 *
 * Exposes `window.atlas = { map, ready }`, the subset of docs/CONTRACT.md the
 * benchmark drives, so one probe serves every page.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { openBasemapPage } from './basemap_page.ts';

const { map, ready } = openBasemapPage();

// Not a `declare global`: the app declares its own type of `window.atlas`.
(window as unknown as { atlas: { map: MapLibreMap; ready: Promise<void> } }).atlas = { map, ready };
