/**
 * The zoom from which each place may be labelled, so that a dense file does
 * not hand the map thousands of labels to place at every frame: at each zoom,
 * at most one new label per grid cell of {@link LabelThinning.cellPx} screen
 * pixels, the more important places first. MapLibre's collision detection
 * still decides what is drawn; this only bounds how many labels it weighs.
 * With 10,000 places the map spent 330-500 ms per frame placing labels and
 * uploading their opacities (bench places10k); the atlas's own 57 places are
 * sparse enough that nearly all keep the lowest zoom.
 */
import { mercatorFromLngLat } from './mercator.ts';

/** A place to label: position, rank and the zoom its kind is labelled from. */
export interface LabelCandidate {
  lon: number;
  lat: number;
  /** Lower goes first (towns before villages); ties keep the input order. */
  rank: number;
  /** No label below this zoom whatever the space (the style's generalisation by kind). */
  fromZoom: number;
}

/** Grid and zoom range. */
export interface LabelThinning {
  /** Lowest and highest zoom considered; every place may be labelled from `maxZoom` at the latest. */
  minZoom: number;
  maxZoom: number;
  /** Cell size in CSS pixels (MapLibre's world is 512 px wide at zoom 0). */
  cellPx: number;
  /** Labels a cell takes. */
  perCell: number;
}

const DEFAULT_LABEL_THINNING: LabelThinning = { minZoom: 3, maxZoom: 13, cellPx: 64, perCell: 4 };

/**
 * The lowest zoom at which each place is labelled.
 * @param places - candidates in input order
 * @param options - grid and zoom range
 * @returns a zoom per place, in input order
 */
export function labelZooms(places: readonly LabelCandidate[], options: LabelThinning = DEFAULT_LABEL_THINNING): number[] {
  const { minZoom, maxZoom, cellPx, perCell } = options;
  const order = places.map((_, i) => i).sort((a, b) => places[a]!.rank - places[b]!.rank || a - b);
  const positions = places.map((p) => mercatorFromLngLat(p.lon, p.lat));
  const zooms = new Array<number>(places.length).fill(maxZoom);
  const assigned = new Uint8Array(places.length);
  for (let zoom = minZoom; zoom < maxZoom; zoom++) {
    const cells = 512 * 2 ** zoom / cellPx;
    const taken = new Map<number, number>();
    const take = (cell: number) => taken.set(cell, (taken.get(cell) ?? 0) + 1);
    const cellOf = (i: number) => {
      const [x, y] = positions[i]!;
      return Math.floor(y * cells) * cells + Math.floor(x * cells);
    };
    // Labels of lower zooms keep their cells; the rest fill the free ones in order.
    for (const i of order) if (assigned[i]) take(cellOf(i));
    for (const i of order) {
      if (assigned[i] || places[i]!.fromZoom > zoom) continue;
      const cell = cellOf(i);
      if ((taken.get(cell) ?? 0) >= perCell) continue;
      take(cell);
      zooms[i] = zoom;
      assigned[i] = 1;
    }
  }
  return zooms;
}
