/**
 * Fast questions about the basemap's land for the data checks: is a point on
 * land, how far is it from the coast, where does a line cross land.
 *
 * The land is indexed once: every ring is cut into chunks of
 * {@link CHUNK_EDGES} edges, and the boxes of the polygons and of the chunks
 * go into two flatbush R-trees, so a question about one point or segment only
 * looks at the few edges near it. Point-in-polygon is turf's; distances to the coast and crossing
 * positions are computed here, because the checks need the *position along*
 * a segment where it enters land (to excuse the ends of a sea route), which
 * `@turf/line-intersect` does not give, and because turf's geodesic
 * point-to-line distance is needlessly slow at these scales. Distances use a
 * local equirectangular projection: under 0.5 % error within 100 km.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import Flatbush from 'flatbush';
import type { Polygon, Position } from 'geojson';
import type { LandCollection } from './schema.ts';

/** Edges per indexed chunk of a ring. */
const CHUNK_EDGES = 32;

/** [west, south, east, north] in degrees. */
type Box = [number, number, number, number];

/** Land polygons and their ring chunks in R-trees; build once with {@link landIndexFromCollection}. */
export interface LandIndex {
  /** The basemap's extent (its `bbox`, else the polygons' box): outside it the basemap says nothing. */
  extent: Box;
  /** Polygons (MultiPolygons split), by item of `polygonTree` (outer ring's box); null without land. */
  polygons: Polygon[];
  polygonTree: Flatbush | null;
  /** Runs of consecutive ring positions (edges join neighbours), by item of `chunkTree`; null without land. */
  chunks: Position[][];
  chunkTree: Flatbush | null;
}

const KM_PER_DEG_LAT = 110.574;
const KM_PER_DEG_LON_EQUATOR = 111.32;

/** Kilometres per degree of longitude at a latitude. */
function kmPerDegLon(lat: number): number {
  return KM_PER_DEG_LON_EQUATOR * Math.cos((lat * Math.PI) / 180);
}

/** Box of positions. */
function boxOf(coords: readonly Position[]): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of coords) {
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
  }
  return box;
}

/** Whether two boxes overlap (touching counts). */
function boxesMeet(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** An R-tree of boxes (item i is box i), or null when there are none (flatbush needs one). */
function treeOf(boxes: readonly Box[]): Flatbush | null {
  if (boxes.length === 0) return null;
  const tree = new Flatbush(boxes.length);
  for (const box of boxes) tree.add(...box);
  tree.finish();
  return tree;
}

/**
 * Indexes land polygons (MultiPolygons are split) for the other functions.
 * @param land - the basemap's land
 * @returns the index; cheap to build (a few ms for the whole basemap)
 */
export function landIndexFromCollection(land: LandCollection): LandIndex {
  const polygons: Polygon[] = [], polygonBoxes: Box[] = [], chunks: Position[][] = [];
  for (const { geometry } of land.features) {
    const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const rings of parts) {
      for (const ring of rings) {
        for (let i = 0; i < ring.length - 1; i += CHUNK_EDGES) chunks.push(ring.slice(i, i + CHUNK_EDGES + 1));
      }
      polygons.push({ type: 'Polygon', coordinates: rings });
      polygonBoxes.push(boxOf(rings[0] ?? []));
    }
  }
  const extent: Box = land.bbox
    ? [...land.bbox]
    : boxOf(polygonBoxes.flatMap((b) => [[b[0], b[1]], [b[2], b[3]]]));
  return { extent, polygons, polygonTree: treeOf(polygonBoxes), chunks, chunkTree: treeOf(chunks.map(boxOf)) };
}

/**
 * Whether a position lies inside the land's extent, where the basemap can judge it.
 * @param index - the land
 * @param p - [lon, lat]
 */
export function isInExtent(index: LandIndex, p: Position): boolean {
  return boxesMeet(index.extent, [p[0]!, p[1]!, p[0]!, p[1]!]);
}

/**
 * Whether a position is on land (the coastline counts as land).
 * @param index - the land
 * @param p - [lon, lat]
 */
export function isOnLand(index: LandIndex, p: Position): boolean {
  const hits = index.polygonTree?.search(p[0]!, p[1]!, p[0]!, p[1]!, (i) => booleanPointInPolygon(p, index.polygons[i]!));
  return (hits?.length ?? 0) > 0;
}

/** Distance in km from the origin to segment a–b, all in local km. */
function segmentDistanceKm(ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/**
 * Distance from a position to the nearest coastline (any ring edge).
 * @param index - the land
 * @param p - [lon, lat]
 * @returns kilometres; Infinity when there is no land
 */
export function distanceToCoastKm(index: LandIndex, p: Position): number {
  const [lon = 0, lat = 0] = p;
  const tree = index.chunkTree;
  if (!tree) return Infinity;
  const kl = kmPerDegLon(lat);
  /** Distance to the nearest edge of chunk i, in the local projection at p. */
  const toChunk = (i: number) => {
    const coords = index.chunks[i]!;
    let best = Infinity;
    for (let k = 0; k + 1 < coords.length; k++) {
      const a = coords[k]!, b = coords[k + 1]!;
      best = Math.min(best, segmentDistanceKm(
        (a[0]! - lon) * kl, (a[1]! - lat) * KM_PER_DEG_LAT,
        (b[0]! - lon) * kl, (b[1]! - lat) * KM_PER_DEG_LAT,
      ));
    }
    return best;
  };
  // The chunk with the nearest box bounds the answer; then only the chunks within that bound count.
  let best = toChunk(tree.neighbors(lon, lat, 1)[0]!);
  const dLon = best / kl, dLat = best / KM_PER_DEG_LAT;
  for (const i of tree.search(lon - dLon, lat - dLat, lon + dLon, lat + dLat)) best = Math.min(best, toChunk(i));
  return best;
}

/** Parameters t in [0, 1] along a–b where it crosses an edge of the land. */
function crossingsOf(index: LandIndex, a: Position, b: Position): number[] {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const box = boxOf([a, b]);
  const ts: number[] = [];
  for (const chunk of index.chunkTree?.search(...box) ?? []) {
    const coords = index.chunks[chunk]!;
    for (let i = 0; i + 1 < coords.length; i++) {
      const [cx = 0, cy = 0] = coords[i]!;
      const [dx = 0, dy = 0] = coords[i + 1]!;
      const denom = (bx - ax) * (dy - cy) - (by - ay) * (dx - cx);
      if (denom === 0) continue; // parallel: touching along an edge is not entering
      const t = ((cx - ax) * (dy - cy) - (cy - ay) * (dx - cx)) / denom;
      const u = ((cx - ax) * (by - ay) - (cy - ay) * (bx - ax)) / denom;
      if (t >= 0 && t <= 1 && u >= 0 && u <= 1) ts.push(t);
    }
  }
  return ts;
}

/** The part [lo, hi] of segment a–b within r km of c, or null (local projection). */
function nearPart(a: Position, b: Position, c: Position, r: number): [number, number] | null {
  const kl = kmPerDegLon(c[1]!);
  const ax = (a[0]! - c[0]!) * kl, ay = (a[1]! - c[1]!) * KM_PER_DEG_LAT;
  const dx = (b[0]! - a[0]!) * kl, dy = (b[1]! - a[1]!) * KM_PER_DEG_LAT;
  // |a + t d|² = r²  →  (d·d) t² + 2 (a·d) t + a·a − r² = 0
  const qa = dx * dx + dy * dy, qb = 2 * (ax * dx + ay * dy), qc = ax * ax + ay * ay - r * r;
  if (qa === 0) return qc <= 0 ? [0, 1] : null;
  const disc = qb * qb - 4 * qa * qc;
  if (disc < 0) return null;
  const lo = (-qb - Math.sqrt(disc)) / (2 * qa), hi = (-qb + Math.sqrt(disc)) / (2 * qa);
  return hi < 0 || lo > 1 ? null : [Math.max(0, lo), Math.min(1, hi)];
}

/** First t in [t0, t1] not covered by the given intervals, or null. */
function firstUncovered(t0: number, t1: number, covers: ([number, number] | null)[]): number | null {
  let t = t0;
  for (let moved = true; moved && t <= t1; ) {
    moved = false;
    for (const c of covers) {
      if (c && c[0] <= t && t < c[1]) {
        t = c[1];
        moved = true;
      }
    }
  }
  return t < t1 - 1e-9 ? t : null;
}

/**
 * The first position where a line is on land farther than `endKm` from both
 * of its ends: a sea route may leave and reach a port a little inland, but
 * must not cross a cape or an island on the way.
 * @param index - the land
 * @param line - the route's positions
 * @param endKm - radius around the first and last position that is excused
 * @returns [lon, lat] of the first offending position, or null when the line keeps to the sea
 */
export function firstLandCrossing(index: LandIndex, line: readonly Position[], endKm: number): Position | null {
  const start = line[0];
  const end = line[line.length - 1];
  if (!start || !end) return null;
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i]!;
    const b = line[i + 1]!;
    if (!index.polygonTree?.search(...boxOf([a, b])).length) continue;
    const ts = [0, ...crossingsOf(index, a, b), 1].sort((x, y) => x - y);
    const covers = [nearPart(a, b, start, endKm), nearPart(a, b, end, endKm)];
    for (let k = 0; k + 1 < ts.length; k++) {
      const t0 = ts[k]!, t1 = ts[k + 1]!;
      if (t1 - t0 < 1e-9) continue;
      const mid = (t0 + t1) / 2;
      if (!isOnLand(index, [a[0]! + mid * (b[0]! - a[0]!), a[1]! + mid * (b[1]! - a[1]!)])) continue;
      const t = firstUncovered(t0, t1, covers);
      if (t !== null) return [a[0]! + t * (b[0]! - a[0]!), a[1]! + t * (b[1]! - a[1]!)];
    }
  }
  return null;
}
