/**
 * The harbour-scale coast on demand: from {@link DETAIL_MIN_ZOOM}, fetches the
 * GSHHG cells (src/data/coast_cells.ts) in view and puts every fetched cell
 * into the `coast` source. Nothing is fetched at the first (home) view; a
 * cell that fails to load leaves Natural Earth's land showing there.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature } from 'geojson';
import { cellBox, cellFeatures, cellsInBounds, DETAIL_MIN_ZOOM, type CellFile } from '../data/coast_cells.ts';
import { SOURCE } from '../style/ids.ts';

// Hashed asset URLs of the cells that exist, by file name; fetched only when in view.
const cellUrls = new Map(Object.entries(
  import.meta.glob('../../geo/coast/*.json', { query: '?url', import: 'default', eager: true }) as Record<string, string>,
).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]));

/** Cells a view needs beyond its edges, in degrees: a small pan shows no coarse coast. */
const MARGIN_DEG = 0.25;

/**
 * Keeps the `coast` source filled with the cells in view. Call once, after the style loaded.
 * @param map - the map
 * @param isDrawn - false while the map has no style to fill (a lost WebGL context); the cells
 *   then wait for the next move
 * @param fetcher - fetch seam for tests
 * @returns a function that stops watching
 */
export function watchCoastCells(map: MapLibreMap, isDrawn: () => boolean, fetcher: typeof fetch = fetch): () => void {
  const loaded = new Map<string, Feature[]>();
  const pending = new Set<string>();
  const publish = () => {
    if (!isDrawn()) return;
    const features = [...loaded.values()].flat();
    (map.getSource(SOURCE.coast) as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features });
  };
  const load = async (name: string, url: string) => {
    pending.add(name);
    try {
      const response = await fetcher(url);
      if (!response.ok) return;
      const box = cellBox(name)!;
      loaded.set(name, cellFeatures((await response.json()) as CellFile, box).features);
    } catch {
      // A failed cell keeps the coarse land; the next move tries again.
    } finally {
      pending.delete(name);
    }
  };
  const update = async () => {
    if (map.getZoom() < DETAIL_MIN_ZOOM - 0.5) return;
    const b = map.getBounds();
    const names = cellsInBounds([b.getWest() - MARGIN_DEG, b.getSouth() - MARGIN_DEG, b.getEast() + MARGIN_DEG, b.getNorth() + MARGIN_DEG]);
    const wanted = names.filter((n) => cellUrls.has(n) && !loaded.has(n) && !pending.has(n));
    if (wanted.length === 0) return;
    await Promise.all(wanted.map((n) => load(n, cellUrls.get(n)!)));
    publish();
  };
  const onMove = () => void update();
  map.on('moveend', onMove);
  onMove();
  return () => map.off('moveend', onMove);
}
