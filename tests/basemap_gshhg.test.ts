import { describe, expect, it } from 'vitest';
import { parseSegments, ringsInBox, stitchChains } from '../scripts/basemap/gshhg.ts';
import { ringArea } from '../scripts/build_basemap.ts';

describe('GSHHG dump to polygons', () => {
  it('reads GMT multisegment output with each piece\'s level', () => {
    const text = '> Shore Bin # 1, Level 1\n142 47\n142.5 47.1\n> Shore Bin # 2, Level 2\n142.1 47\n142.2 47\n142.3 47.1\n';
    expect(parseSegments(text)).toEqual([
      { level: 1, coords: [[142, 47], [142.5, 47.1]] },
      { level: 2, coords: [[142.1, 47], [142.2, 47], [142.3, 47.1]] },
    ]);
  });

  it('joins pieces cut at bin edges into one ring, whichever comes first', () => {
    const pieces = [
      { level: 1, coords: [[1, 1], [2, 1], [2, 2]] },
      { level: 1, coords: [[1, 2], [1, 1]] },
      { level: 1, coords: [[2, 2], [1, 2]] },
    ];
    const [ring, ...rest] = stitchChains(pieces);
    expect(rest).toEqual([]);
    expect(ring!.coords).toHaveLength(5);
    expect(ring!.coords[0]).toEqual(ring!.coords[4]);
  });

  it('closes land cut by the box along its edges, land kept on the left', () => {
    // A coast crossing the box from east to west, land (on its left) to the south.
    const box = [0, 0, 10, 10] as const;
    const [ring] = ringsInBox([[[10, 5], [5, 6], [0, 5]]], box);
    expect(ring).toEqual([[10, 5], [5, 6], [0, 5], [0, 0], [10, 0], [10, 5]]);
    expect(ringArea(ring!)).toBeGreaterThan(0);
    // The same coast the other way round: land to the north.
    const [north] = ringsInBox([[[0, 5], [5, 6], [10, 5]]], box);
    expect(north).toEqual([[0, 5], [5, 6], [10, 5], [10, 10], [0, 10], [0, 5]]);
  });

  it('joins two coasts of one land mass along the edges between them, and keeps two masses apart', () => {
    const box = [0, 0, 10, 10] as const;
    // A band of land between y = 3 and y = 7: its south coast runs east, its north coast west.
    const band = ringsInBox([[[0, 3], [10, 3]], [[10, 7], [0, 7]]], box);
    expect(band).toEqual([[[0, 3], [10, 3], [10, 7], [0, 7], [0, 3]]]);
    // Land south of y = 3 and north of y = 7: two rings of 30 square units each.
    const two = ringsInBox([[[10, 3], [0, 3]], [[0, 7], [10, 7]]], box);
    expect(two.map((r) => ringArea(r))).toEqual([30, 30]);
  });
});
