/**
 * A user's own GeoJSON file (geo/README.md schema), checked like the atlas's
 * own data: JSON syntax, then the schema of each feature's kind, then the
 * cross-file rules that can be judged from that file alone (unique ids,
 * route ends at the file's own places, dates, region). References to
 * `sources.json` are not checked: the user's sources are not ours.
 *
 * One file may mix places, routes and events; each feature's kind is read
 * from its shape (a LineString is a route; a feature with `start_date` is an
 * event; a Point with name tags or a place `kind` is a place).
 *
 * Pure; runs in a Web Worker (user_data_worker.ts) so a big file never blocks the page.
 */
import type { FamilyPath } from '../core/family.ts';
import { familyFromFeatures, isFamilyFeature } from '../core/family_features.ts';
import type { SegmentLevel } from '../core/route_segments.ts';
import { checkData } from './checks.ts';
import type { DataPaths } from './check_inputs.ts';
import type { ValidationIssue } from './issues.ts';
import { parseJsonText, parseWithSchema } from './parse.ts';
import {
  eventsSchema, placeKinds, placesSchema, routesSchema,
  type EventFeature, type PlaceFeature, type RouteFeature,
} from './schema.ts';

/** Largest file read, in bytes (20 MB): larger files are refused before reading. */
export const USER_FILE_MAX_BYTES = 20 * 1024 * 1024;

/** Most issues reported for one file: a broken file of 100,000 features needs no 100,000 lines. */
const USER_ISSUES_MAX = 200;

/** The kinds of feature a user file may hold. */
export type UserFeatureKind = 'places' | 'routes' | 'events';

/** The valid content of a user file, by kind. */
export interface UserData {
  /** File name as the user chose it. */
  file: string;
  places: PlaceFeature[];
  routes: RouteFeature[];
  events: EventFeature[];
  /** Family paths of an atlas export (`layer: "family"`), restored into the panel rather than drawn as the file's own. */
  family: FamilyPath[];
}

/** The outcome of checking a user file. */
/**
 * A reader's file as the worker hands it over: the features (each route's line cut to its two
 * ends: the page draws it from `routeLevels`), and the routes packed for the GPU route layer.
 */
export interface UserFile extends UserData {
  /** From core/route_segments.ts `segmentLevels`, built off the main thread. */
  routeLevels: SegmentLevel[];
}

/** The worker's answer: a file to draw, or its problems. */
export type UserFileResult =
  | { ok: true; data: UserFile }
  | { ok: false; issues: ValidationIssue[]; more: number };

export type UserDataResult =
  | { ok: true; data: UserData }
  | { ok: false; issues: ValidationIssue[]; /** Issues found beyond {@link USER_ISSUES_MAX}. */ more: number };

/** The `layer` values of the atlas's own features in its GeoJSON export (ui/export.ts). */
const ATLAS_LAYERS: readonly unknown[] = ['places', 'routes', 'events', 'border'];

const schemas = { places: placesSchema, routes: routesSchema, events: eventsSchema } as const;

function at(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * Which kind a raw feature is, from its geometry and properties.
 * @param feature - one entry of `features`, unchecked
 * @returns the kind, or null when it looks like none
 */
export function userFeatureKind(feature: unknown): UserFeatureKind | null {
  const geometryType = at(at(feature, 'geometry'), 'type');
  const props = at(feature, 'properties');
  if (geometryType === 'LineString') return 'routes';
  if (at(props, 'start_date') !== undefined) return 'events';
  const placeKind = at(props, 'kind');
  const named = props !== null && typeof props === 'object' && Object.keys(props).some((k) => k.startsWith('name:'));
  if (geometryType === 'Point' && (named || (placeKinds as readonly unknown[]).includes(placeKind))) return 'places';
  return null;
}

/**
 * Refuse a file by size before reading it.
 * @param file - file name
 * @param bytes - its size
 * @returns an issue when it is over {@link USER_FILE_MAX_BYTES}, else null
 */
export function userFileSizeIssue(file: string, bytes: number): ValidationIssue | null {
  if (bytes <= USER_FILE_MAX_BYTES) return null;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return { file, message: `is ${mb(bytes)}: files over ${mb(USER_FILE_MAX_BYTES)} are not read` };
}

/**
 * Check a user file's text.
 * @param text - the file's content
 * @param file - its name, for messages
 * @returns the features by kind, or the issues (at most {@link USER_ISSUES_MAX})
 * @example parseUserData('{"type":"FeatureCollection","features":[]}', 'mine.geojson').ok === false // empty
 */
export function parseUserData(text: string, file: string): UserDataResult {
  const json = parseJsonText(text, file);
  if (!json.ok) return { ok: false, issues: json.issues, more: 0 };
  const features = at(json.value, 'features');
  if (at(json.value, 'type') !== 'FeatureCollection' || !Array.isArray(features)) {
    return fail([{ file, message: 'top level must be a GeoJSON FeatureCollection ({"type": "FeatureCollection", "features": [...]})' }]);
  }
  if (features.length === 0) return fail([{ file, message: 'has no features' }]);

  const groups: Record<UserFeatureKind, { raw: unknown[]; index: number[] }> = {
    places: { raw: [], index: [] }, routes: { raw: [], index: [] }, events: { raw: [], index: [] },
  };
  const issues: ValidationIssue[] = [];
  const family = familyFromFeatures(features.filter(isFamilyFeature));
  features.forEach((feature, i) => {
    // The atlas's own export: its family paths are restored apart, its own layers are on the map already.
    if (isFamilyFeature(feature) || ATLAS_LAYERS.includes(at(at(feature, 'properties'), 'layer'))) return;
    const kind = userFeatureKind(feature);
    if (kind) {
      groups[kind].raw.push(feature);
      groups[kind].index.push(i);
    } else {
      issues.push({ file, index: i, message: 'is not a place (Point with name tags), route (LineString) or event (with start_date)' });
    }
  });

  const parsed: Partial<Record<UserFeatureKind, { features: unknown[] }>> = {};
  for (const kind of ['places', 'routes', 'events'] as const) {
    const group = groups[kind];
    if (group.raw.length === 0) continue;
    const result = parseWithSchema(schemas[kind], { type: 'FeatureCollection', features: group.raw }, file);
    if (result.ok) parsed[kind] = result.value;
    // Positions within the group back to positions in the file.
    else issues.push(...result.issues.map((x) => (x.index === undefined ? x : { ...x, index: group.index[x.index] })));
  }
  if (issues.length) return fail(issues);
  if (family.length === 0 && Object.values(groups).every((g) => g.raw.length === 0)) {
    return fail([{ file, message: 'holds only the atlas\'s own features (layer places, routes, events, border): nothing to add' }]);
  }

  const data = {
    places: (parsed.places?.features ?? []) as PlaceFeature[],
    routes: (parsed.routes?.features ?? []) as RouteFeature[],
    events: (parsed.events?.features ?? []) as EventFeature[],
  };
  const paths: DataPaths = { places: file, routes: file, events: file, sources: file, land: file };
  const ruleIssues = checkData({
    places: data.places.length ? { type: 'FeatureCollection', features: data.places } : undefined,
    routes: data.routes.length ? { type: 'FeatureCollection', features: data.routes } : undefined,
    events: data.events.length ? { type: 'FeatureCollection', features: data.events } : undefined,
  }, paths);
  return ruleIssues.length ? fail(ruleIssues) : { ok: true, data: { file, ...data, family } };
}

function fail(issues: ValidationIssue[]): UserDataResult {
  return { ok: false, issues: issues.slice(0, USER_ISSUES_MAX), more: Math.max(0, issues.length - USER_ISSUES_MAX) };
}
