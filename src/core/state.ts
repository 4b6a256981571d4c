/**
 * The one app state object (docs/CONTRACT.md) and pure reducers over it.
 * Reducers return new objects and never mutate their input.
 */
import { isLang, type Lang } from './lang.ts';
import { NAME_MODES, SCRIPT_MODES, type NameMode, type ScriptMode } from './names.ts';
import { TIMELINE_START, clampTime } from './timeline.ts';

/** What is selected on the map / in the list. */
export interface Selection {
  kind: 'place' | 'route' | 'event';
  id: string;
  /** A feature of the reader's own file (its ids may repeat the atlas's; never in the URL). */
  user?: boolean;
}

/** Camera as kept in state and the URL: zoom and centre in degrees. */
export interface Camera {
  zoom: number;
  lat: number;
  lon: number;
}

/** The whole app state; the URL hash mirrors part of it. */
export interface AtlasState {
  /** Epoch ms UTC. */
  time: number;
  names: NameMode;
  script: ScriptMode;
  camera: Camera;
  selection: Selection | null;
  playing: boolean;
  /** Simulated hours per real second. */
  speed: number;
  loop: boolean;
  /** Interface language (place labels on the map follow `names`, not this). */
  lang: Lang;
}

/** Playback speeds offered in the speed select, hours per second. */
export const SPEEDS: readonly number[] = [1, 3, 6, 12, 24, 48];

/** South Sakhalin, the Kurils, northern Hokkaido and the Sōya strait. */
export const HOME_BOUNDS: [[number, number], [number, number]] = [[139.9, 42.4], [156.9, 51.2]];

/** State when nothing else is known (no URL hash). */
export const defaultState: AtlasState = {
  time: TIMELINE_START,
  names: 'both',
  script: 'native',
  camera: { zoom: 5, lat: 47.2, lon: 146.5 },
  selection: null,
  playing: false,
  speed: 6,
  loop: false,
  lang: 'en',
};

/**
 * Merge a partial update into the state, dropping invalid values so that a
 * caller (URL hash, window.atlas.set, UI) can never put the app in a bad state.
 * @param state - current state (not mutated)
 * @param partial - fields to change; unknown or invalid values are ignored
 * @returns a new state
 */
export function updateState(state: AtlasState, partial: Partial<AtlasState>): AtlasState {
  const next: AtlasState = { ...state, camera: { ...state.camera } };
  if (typeof partial.time === 'number' && !Number.isNaN(partial.time)) next.time = clampTime(partial.time);
  if (partial.names !== undefined && NAME_MODES.includes(partial.names)) next.names = partial.names;
  if (partial.script !== undefined && SCRIPT_MODES.includes(partial.script)) next.script = partial.script;
  if (partial.camera && isCamera(partial.camera)) next.camera = { ...partial.camera };
  if (partial.selection === null) next.selection = null;
  else if (partial.selection && isSelection(partial.selection)) next.selection = { ...partial.selection };
  if (typeof partial.playing === 'boolean') next.playing = partial.playing;
  if (typeof partial.speed === 'number' && partial.speed > 0 && partial.speed <= 1000) next.speed = partial.speed;
  if (typeof partial.loop === 'boolean') next.loop = partial.loop;
  if (isLang(partial.lang)) next.lang = partial.lang;
  return next;
}

/**
 * Whether a value is a usable camera.
 * @returns true when zoom is 0..24, lat -85..85 and lon -180..180
 */
export function isCamera(value: unknown): value is Camera {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return (
    isNumberIn(c.zoom, 0, 24) && isNumberIn(c.lat, -85, 85) && isNumberIn(c.lon, -180, 180)
  );
}

function isSelection(value: unknown): value is Selection {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return (s.kind === 'place' || s.kind === 'route' || s.kind === 'event') && typeof s.id === 'string' && s.id !== ''
    && (s.user === undefined || typeof s.user === 'boolean');
}

function isNumberIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}
