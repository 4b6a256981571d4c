/**
 * The atlas data read straight from geo/, so that browser tests derive their
 * expectations from the data and not from the app under test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './app_server.ts';

/** A feature as the tests need it: loose, only what they read. */
export interface GeoFeature {
  id?: string | number;
  geometry: { type: string; coordinates: unknown } | null;
  properties: Record<string, unknown> & { id: string };
}

/** First instant of the timeline (docs/CONTRACT.md). */
export const TIMELINE_START = epochFromIso('1945-08-08T00:00+09:00');
/** Last instant of the campaign, the slider's first phase: 1945-09-05T24:00+09:00. */
export const CAMPAIGN_END = epochFromIso('1945-09-06T00:00+09:00');
/** Last instant of the timeline (the aftermath phase's end): 1949-12-31T24:00+09:00. */
export const TIMELINE_END = epochFromIso('1950-01-01T00:00+09:00');
/** One hour in ms. */
export const HOUR_MS = 3_600_000;

/**
 * Features of a GeoJSON file under geo/.
 * @param file - e.g. `routes.geojson`
 * @throws Error naming the file when it is missing or not a FeatureCollection
 */
export function readGeoFeatures(file: string): GeoFeature[] {
  const path = join(ROOT, 'geo', file);
  let collection: { type?: string; features?: GeoFeature[] };
  try {
    collection = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
  if (collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new Error(`${path} is not a GeoJSON FeatureCollection`);
  }
  return collection.features;
}

/**
 * Epoch ms of an ISO 8601 date-time with offset (the data's format). Uses the
 * JavaScript engine's parser on purpose: independent of the app's own.
 * @throws Error on a string without an explicit offset or that does not parse
 */
export function epochFromIso(text: string): number {
  if (!/T\d\d:\d\d(:\d\d(\.\d+)?)?([+-]\d\d:\d\d|Z)$/.test(text)) throw new Error(`not an ISO date-time with offset: "${text}"`);
  const time = Date.parse(text);
  if (Number.isNaN(time)) throw new Error(`unparsable date-time: "${text}"`);
  return time;
}

/**
 * Slider value for an instant: hours since the timeline start.
 * @returns fractional hours
 */
export function hoursFromEpoch(time: number): number {
  return (time - TIMELINE_START) / HOUR_MS;
}
