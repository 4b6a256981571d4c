/**
 * The URL hash mirrors part of the state (docs/CONTRACT.md):
 * `#date=1945-08-20T06:00+09:00&names=modern&script=latin&map=7/47.05/142.05&event=id&lang=ja`
 * (`place=id` instead of `event=id` when a place is selected).
 * Parsing is pure and total: a malformed value is ignored, never thrown.
 */
import { isoFromTime, timeFromIso } from '../core/dates.ts';
import { isLang, type Lang } from '../core/lang.ts';
import { NAME_MODES, SCRIPT_MODES, type NameMode, type ScriptMode } from '../core/names.ts';
import { isCamera, type AtlasState } from '../core/state.ts';
import type { FamilyPath } from '../core/family.ts';
import { clampTime } from '../core/timeline.ts';
import { familyFromLinkValue } from './family_link.ts';

/** State fields read from a hash; absent when missing or malformed. */
export interface HashState {
  time?: number;
  names?: NameMode;
  script?: ScriptMode;
  camera?: AtlasState['camera'];
  /** Event id to select. */
  event?: string;
  /** Place id to select (a descendant's link to a village, a teacher's to a port). */
  place?: string;
  /** Interface language. */
  lang?: Lang;
  /** Family paths of a shared link (never written by {@link hashFromState}: the reader shares them on purpose). */
  family?: FamilyPath[];
}

/** An event or place id as the data writes them. */
const FEATURE_ID = /^[a-z][a-z0-9_-]*$/;

/**
 * Instant from a `date` value: a date-time with offset, or a plain date read as JST midnight.
 * @returns epoch ms or null
 */
function timeFromHashDate(value: string): number | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return timeFromIso(`${value}T00:00+09:00`);
  // URLSearchParams turns a literal "+" into a space; accept it back.
  return timeFromIso(value.replace(' ', '+'));
}

/**
 * Parse a location hash.
 * @param hash - e.g. "#date=1945-08-20&names=modern" (leading # optional)
 * @returns the valid fields only
 */
export function stateFromHash(hash: string): HashState {
  const out: HashState = {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return out;
  }
  const date = params.get('date');
  if (date) {
    const time = timeFromHashDate(date);
    if (time !== null) out.time = clampTime(time);
  }
  const names = params.get('names');
  if (names && (NAME_MODES as readonly string[]).includes(names)) out.names = names as NameMode;
  const script = params.get('script');
  if (script && (SCRIPT_MODES as readonly string[]).includes(script)) out.script = script as ScriptMode;
  const map = params.get('map');
  if (map) {
    const parts = map.split('/');
    const [zoom, lat, lon] = parts.map((p) => (/^-?\d+(\.\d+)?$/.test(p) ? Number(p) : NaN));
    const camera = { zoom, lat, lon };
    if (parts.length === 3 && isCamera(camera)) out.camera = camera;
  }
  const event = params.get('event');
  if (event && FEATURE_ID.test(event)) out.event = event;
  const place = params.get('place');
  if (place && FEATURE_ID.test(place)) out.place = place;
  const lang = params.get('lang');
  if (isLang(lang)) out.lang = lang;
  const family = params.get('family');
  const paths = family === null ? null : familyFromLinkValue(family);
  if (paths) out.family = paths;
  return out;
}

/**
 * Hash text for a state. `+` in the offset is kept literal (readable, and parsed back above).
 * @param state - the app state
 * @returns e.g. "#date=1945-08-20T06:00+09:00&names=both&script=native&map=6/47.2/146.5&lang=en"
 */
export function hashFromState(state: AtlasState): string {
  const c = state.camera;
  const parts = [
    `date=${isoFromTime(state.time)}`,
    `names=${state.names}`,
    `script=${state.script}`,
    `map=${round(c.zoom, 2)}/${round(c.lat, 4)}/${round(c.lon, 4)}`,
  ];
  // A reader's own file is not in the link: its event or place would be unknown to whoever opens it.
  const selected = state.selection && !state.selection.user ? state.selection : null;
  if (selected?.kind === 'event' || selected?.kind === 'place') parts.push(`${selected.kind}=${encodeURIComponent(selected.id)}`);
  parts.push(`lang=${state.lang}`);
  return `#${parts.join('&')}`;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
