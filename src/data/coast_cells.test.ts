import { describe, expect, it } from 'vitest';
import { cellBox, cellFeatures, cellName, cellsInBounds, decodeLine, encodeLine, shoreLines } from './coast_cells.ts';

describe('coast cells', () => {
  it('stores positions as differences and reads them back to the metre', () => {
    const line = [[142.05048, 47.04737], [142.05101, 47.04702], [142.04999, 47.0481]];
    const codes = encodeLine(line);
    expect(codes.slice(2)).toEqual([53, -35, -102, 108]);
    expect(decodeLine(codes)).toEqual(line);
  });

  it('names a cell by its south-west corner and reads the box back', () => {
    expect(cellName(142, 46)).toBe('c142_46.json');
    expect(cellBox('/assets/c142_46.json')).toEqual([142, 46, 143, 47]);
    expect(cellBox('land.geojson')).toBeNull();
  });

  it('lists the cells a view touches, within the detailed extent only', () => {
    expect(cellsInBounds([141.9, 46.9, 142.2, 47.2])).toEqual(['c141_46.json', 'c141_47.json', 'c142_46.json', 'c142_47.json']);
    expect(cellsInBounds([120, 30, 121, 31])).toEqual([]);
  });

  it('draws the shore of a cut island without the cell edge the cut added', () => {
    // Land filling the west half of the cell: the coast is the line x = 142.5 only.
    const ring = [[142, 46], [142.5, 46], [142.5, 47], [142, 47], [142, 46]];
    expect(shoreLines([ring], [142, 46, 143, 47])).toEqual([[[142.5, 46], [142.5, 47]]]);
    const island = [[142.2, 46.2], [142.4, 46.2], [142.3, 46.4], [142.2, 46.2]];
    expect(shoreLines([island], [142, 46, 143, 47])).toEqual([island]);
  });

  it('gives a cell its sea square, land, lakes, coast and rivers as map features', () => {
    const box = [142, 46, 143, 47] as [number, number, number, number];
    const file = {
      land: [encodeLine([[142, 46], [142.5, 46], [142.5, 47], [142, 47]])],
      lakes: [encodeLine([[142.1, 46.1], [142.2, 46.1], [142.15, 46.2]])],
      rivers: [encodeLine([[142.3, 46.5], [142.5, 46.5]])],
    };
    const fc = cellFeatures(file, box);
    expect(fc.features.map((f) => f.properties?.kind)).toEqual(['sea', 'land', 'lake', 'coast', 'river']);
    const land = fc.features[1]!.geometry as { coordinates: number[][][][] };
    expect(land.coordinates[0]![0]!.at(-1)).toEqual([142, 46]);
    const coast = fc.features[3]!.geometry as { coordinates: number[][][] };
    expect(coast.coordinates).toHaveLength(2);
  });
});
