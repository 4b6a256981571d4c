/**
 * GSHHG through GMT: shorelines, lakes and rivers of a box as GeoJSON rings
 * and lines. `gmt coast -M` dumps the binned data as line pieces cut at the
 * bin edges; {@link stitchChains} joins them again and {@link ringsInBox}
 * closes the pieces a box cuts along its edges, so each box gets land
 * polygons with straight edges and the coast itself as lines (a coast stroke
 * must not outline the box).
 */
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import type { Position } from 'geojson';

/** [west, south, east, north] in degrees. */
export type Box = readonly [number, number, number, number];

/** One dumped piece: GSHHG level (1 land, 2 lake) or river class, and its positions. */
export interface Piece {
  level: number;
  coords: Position[];
}

/** GMT writes a `gmt.history` into its working directory: keep it out of the repository. */
export const GMT_CWD = tmpdir();

/** Whether the GMT command line and the full-resolution GSHHG are here. */
function hasGmt(): boolean {
  try {
    execFileSync('gmt', ['coast', '--GMT_HISTORY=false', '-Df', '-M', '-W', '-R142/142.1/47/47.1'], { stdio: 'pipe', cwd: GMT_CWD });
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes sure `gmt` and the full-resolution GSHHG are installed: installs the Debian
 * packages `gmt` and `gmt-gshhg-full` when missing and running as root (like
 * scripts/ensure_chromium.sh), else throws with the command to run.
 */
export function ensureGmt(): void {
  if (hasGmt()) return;
  if (process.getuid?.() !== 0) {
    throw new Error('the basemap needs GMT and GSHHG: sudo apt-get install -y gmt gmt-gshhg-full');
  }
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'gmt', 'gmt-gshhg-full'], {
    stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/**
 * Parses a GMT multisegment dump (`> … Level N` headers, then `lon lat` lines).
 * @param text - `gmt coast -M` output
 * @returns the pieces with at least two positions
 */
export function parseSegments(text: string): Piece[] {
  const pieces: Piece[] = [];
  let current: Piece | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('>')) {
      const level = Number(/Level (\d+)/.exec(line)?.[1] ?? /River (\d+)/.exec(line)?.[1] ?? 0);
      current = { level, coords: [] };
      pieces.push(current);
    } else if (current && line.trim()) {
      const [x, y] = line.trim().split(/\s+/).map(Number);
      current.coords.push([x!, y!]);
    }
  }
  return pieces.filter((p) => p.coords.length >= 2);
}

/**
 * Dumps GSHHG full resolution in a box.
 * @param box - the box
 * @param what - `-W` shorelines (levels 1–2: land and lakes) or `-Ia` every river
 * @returns the pieces
 */
export function gmtPieces(box: Box, what: 'shore' | 'rivers'): Piece[] {
  const [w, s, e, n] = box;
  const args = ['coast', '--GMT_HISTORY=false', '-Df', '-M', `-R${w}/${e}/${s}/${n}`];
  args.push(...(what === 'shore' ? ['-W', '-A0/1/2'] : ['-Ia']));
  return parseSegments(execFileSync('gmt', args, { encoding: 'utf8', maxBuffer: 1 << 28, cwd: GMT_CWD }));
}

const key = (p: Position) => `${p[0]!.toFixed(6)},${p[1]!.toFixed(6)}`;

/**
 * Joins pieces end to start into the longest chains (same level only).
 * @param pieces - from {@link gmtPieces}
 * @returns chains; a chain whose ends meet is closed (first = last position)
 */
export function stitchChains(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const level of [...new Set(pieces.map((p) => p.level))].sort()) {
    const open = pieces.filter((p) => p.level === level).map((p) => [...p.coords]);
    const byStart = new Map<string, Position[]>();
    for (const c of open) byStart.set(key(c[0]!), c);
    const used = new Set<Position[]>();
    for (const c of open) {
      if (used.has(c)) continue;
      used.add(c);
      byStart.delete(key(c[0]!));
      // Extend forward, then backward (pieces may start mid-chain).
      for (let next = byStart.get(key(c[c.length - 1]!)); next && !used.has(next); next = byStart.get(key(c[c.length - 1]!))) {
        used.add(next);
        byStart.delete(key(next[0]!));
        c.push(...next.slice(1));
      }
      out.push({ level, coords: c });
    }
    // Backward joins: a chain whose end is another's start was already merged; merge the rest.
    for (let merged = true; merged; ) {
      merged = false;
      for (const a of out) {
        if (a.level !== level || isClosed(a.coords)) continue;
        const b = out.find((o) => o !== a && o.level === level && !isClosed(o.coords) && key(o.coords[0]!) === key(a.coords[a.coords.length - 1]!));
        if (b) {
          a.coords.push(...b.coords.slice(1));
          out.splice(out.indexOf(b), 1);
          merged = true;
          break;
        }
      }
    }
  }
  return out;
}

/** Whether a chain's ends coincide. */
export function isClosed(c: Position[]): boolean {
  return c.length > 3 && key(c[0]!) === key(c[c.length - 1]!);
}

/** Position along the box boundary, counter-clockwise from the south-west corner (0 to 4). */
function perimeterParam(p: Position, box: Box): number {
  const [w, s, e, n] = box;
  const eps = 1e-7;
  const [x, y] = [p[0]!, p[1]!];
  if (Math.abs(y - s) < eps) return (x - w) / (e - w);
  if (Math.abs(x - e) < eps) return 1 + (y - s) / (n - s);
  if (Math.abs(y - n) < eps) return 2 + (e - x) / (e - w);
  if (Math.abs(x - w) < eps) return 3 + (n - y) / (n - s);
  throw new Error(`chain end ${p.join(',')} is not on the box ${box.join(',')}`);
}

/** The box corner at perimeter parameter 1, 2, 3 or 4 (= 0). */
function corner(k: number, box: Box): Position {
  const [w, s, e, n] = box;
  return ([[w, s], [e, s], [e, n], [w, n]] as Position[])[k % 4]!;
}

/**
 * Land rings of a box from its stitched chains. Closed chains are rings; open
 * ones end on the box edges and are closed along the edges, counter-clockwise
 * from where a chain leaves to where the next one enters (GSHHG keeps land on
 * the left of its shorelines, see {@link landOnLeft}).
 * @param chains - stitched chains of one level, land on their left
 * @param box - the box they were dumped in
 * @returns closed rings (outer rings of land)
 */
export function ringsInBox(chains: Position[][], box: Box): Position[][] {
  const rings = chains.filter(isClosed);
  const open = chains.filter((c) => !isClosed(c)).map((c) => ({
    c, start: perimeterParam(c[0]!, box), end: perimeterParam(c[c.length - 1]!, box),
  }));
  const left = new Set(open);
  while (left.size > 0) {
    const first = left.values().next().value!;
    const ring: Position[] = [];
    let cur = first;
    for (;;) {
      left.delete(cur);
      ring.push(...cur.c);
      // The next entry counter-clockwise from this exit (possibly the first chain itself).
      const ahead = (t: number) => (t - cur.end + 4) % 4 || 4;
      const candidates = [...left, first];
      const next = candidates.reduce((a, b) => (ahead(b.start) < ahead(a.start) ? b : a));
      for (let k = Math.floor(cur.end) + 1; k < cur.end + ahead(next.start); k++) ring.push(corner(k, box));
      if (next === first) break;
      cur = next;
    }
    ring.push(ring[0]!);
    rings.push(ring);
  }
  return rings;
}
