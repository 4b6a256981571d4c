import { describe, expect, test } from 'vitest';
import { labelZooms, type LabelCandidate, type LabelThinning } from './label_thinning.ts';
import { mercatorFromLngLat } from './mercator.ts';

const options: LabelThinning = { minZoom: 3, maxZoom: 13, cellPx: 64, perCell: 4 };
const place = (lon: number, lat: number, rank = 0, fromZoom = 0): LabelCandidate => ({ lon, lat, rank, fromZoom });

/** How many places are labelled at `zoom` in each cell of the grid at that zoom. */
function perCellAt(places: LabelCandidate[], zooms: number[], zoom: number): number[] {
  const cells = (512 * 2 ** zoom) / options.cellPx;
  const counts = new Map<string, number>();
  places.forEach((p, i) => {
    if (zooms[i]! > zoom) return;
    const [x, y] = mercatorFromLngLat(p.lon, p.lat);
    const key = `${Math.floor(x * cells)}/${Math.floor(y * cells)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return [...counts.values()];
}

describe('labelZooms', () => {
  test('sparse places are all labelled from the lowest zoom their kind allows', () => {
    const places = [place(142, 47), place(150, 45), place(145, 50, 2, 6)];
    expect(labelZooms(places, options)).toEqual([3, 3, 6]);
  });

  test('a dense cluster gets at most `perCell` new labels per cell at each zoom; every place gets one by the last zoom', () => {
    // 2,000 places within about 0.1° of one point (a town file of a whole prefecture).
    const places = Array.from({ length: 2000 }, (_, i) => place(142 + (i % 50) * 0.002, 47 + Math.floor(i / 50) * 0.002));
    const zooms = labelZooms(places, options);
    for (let zoom = options.minZoom; zoom < options.maxZoom; zoom++) {
      expect(Math.max(...perCellAt(places, zooms, zoom)), `zoom ${zoom}`).toBeLessThanOrEqual(4);
    }
    expect(zooms.filter((z) => z === 3)).toHaveLength(4);
    expect(Math.max(...zooms)).toBe(options.maxZoom);
  });

  test('towns take the room before villages, whatever the order of the file', () => {
    const villages = Array.from({ length: 10 }, (_, i) => place(142 + i * 0.001, 47, 2));
    const towns = [place(142.0005, 47.0005, 0), place(142.0015, 47.0005, 0)];
    const zooms = labelZooms([...villages, ...towns], options);
    expect(zooms.slice(-2)).toEqual([3, 3]);
    expect(zooms.slice(0, 10).filter((z) => z === 3)).toHaveLength(2);
  });
});
