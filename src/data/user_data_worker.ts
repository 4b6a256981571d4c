/**
 * Web Worker: reads and checks a reader's file, and packs its routes for the
 * GPU route layer (the levels of detail), all off the main thread; the packed
 * routes are transferred, not copied. The page only uploads them.
 *
 * Message in: `{file: File}`. Message out: a {@link UserFileResult}.
 */
import { timedRoutesFromFeatures } from '../core/route_features.ts';
import { segmentGrid } from '../core/route_picking.ts';
import { segmentLevels, type SegmentLevel } from '../core/route_segments.ts';
import { parseUserData, type UserFileResult } from './user_data.ts';

/** What the page posts to this worker. */
export interface UserDataRequest {
  file: File;
}

/** The typed arrays' buffers of the packed routes and their grid, to transfer. */
function buffersOf(levels: readonly SegmentLevel[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const { buffer } of levels) {
    for (const value of [...Object.values(buffer), ...Object.values(buffer.grid ?? {})]) {
      if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
    }
  }
  return [...buffers];
}

function checked(text: string, name: string): UserFileResult {
  const result = parseUserData(text, name);
  if (!result.ok) return result;
  const { routes } = result.data;
  const routeLevels = segmentLevels(timedRoutesFromFeatures(routes), () => 0);
  // The hit-test grid of the detailed level too: a million segments take the page half a second.
  const detailed = routeLevels.at(-1);
  if (detailed) segmentGrid(detailed.buffer);
  // The page draws the lines from routeLevels and needs of each only where it ends (its popup's anchor):
  // a million vertices cost half a second of the page's thread to receive.
  const ends = routes.map((r) => ({ ...r, geometry: { ...r.geometry, coordinates: [r.geometry.coordinates[0]!, r.geometry.coordinates.at(-1)!] } }));
  return { ok: true, data: { ...result.data, routes: ends, routeLevels } };
}

self.addEventListener('message', (event: MessageEvent<UserDataRequest>) => {
  const { file } = event.data;
  const failed = (what: string) => (error: unknown): UserFileResult =>
    ({ ok: false, issues: [{ file: file.name, message: `${what} (${String(error)})` }], more: 0 });
  // Every outcome is posted, a checker's own failure too: the panel never waits for nothing.
  void file.text().then((text) => {
    try { return checked(text, file.name); } catch (error) { return failed('could not be checked')(error); }
  }, failed('could not be read')).then((result) => {
    // A worker's global posts like a Worker object (the DOM typings see only `window` here).
    (self as unknown as Worker).postMessage(result, result.ok ? buffersOf(result.data.routeLevels) : []);
  });
});
