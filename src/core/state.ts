/**
 * The one app state object (docs/CONTRACT.md) and pure reducers over it.
 * Reducers return new objects and never mutate their input.
 */
import { familyFromUnknown, type FamilyPath } from './family.ts';
import { isLang, type Lang } from './lang.ts';
import { NAME_MODES, SCRIPT_MODES, type NameMode, type ScriptMode } from './names.ts';
import type { StoryBounds, StoryPosition } from './story.ts';
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

/** The guided story: whether it runs, and where it is (core/story.ts). */
export interface StoryState {
  mode: 'idle' | 'running' | 'paused' | 'done';
  position: StoryPosition;
}

/** Where the camera is asked to go: the selected feature, an area, or a point at the zoom that fits an area. */
export type FlightTarget =
  | { kind: 'selection' }
  | { kind: 'bounds'; bounds: StoryBounds }
  | { kind: 'point'; point: [number, number]; bounds: StoryBounds };

/** A camera move asked for; `id` grows with each request so the map carries each out once. */
export interface Flight {
  id: number;
  to: FlightTarget;
}

/** A change to the state: any field, and a flight given by its target alone (the reducer numbers it). */
export type StateChange = Partial<Omit<AtlasState, 'flight'>> & { flight?: FlightTarget };

/** The whole app state; the URL hash mirrors part of it. */
export interface AtlasState {
  /** Epoch ms UTC. */
  time: number;
  names: NameMode;
  script: ScriptMode;
  camera: Camera;
  selection: Selection | null;
  playing: boolean;
  /** Simulated hours per real second in the campaign; the aftermath reads it as days (core/timeline.ts PHASES). */
  speed: number;
  loop: boolean;
  /** Interface language (place labels on the map follow `names`, not this). */
  lang: Lang;
  /** The guided story; it runs on the same animation loop as playback (ui/animation_loop.ts). */
  story: StoryState;
  /** The last camera move asked for by a control (a search pick, the event list, the story), or null. */
  flight: Flight | null;
  /** The reader's family paths (core/family.ts): kept on the device, in the URL only when shared. */
  family: FamilyPath[];
}

/** Playback speeds offered in the speed select, hours per second. */
export const SPEEDS: readonly number[] = [1, 3, 6, 12, 24, 48];

/** South Sakhalin, the Kurils, northern Hokkaido and the Sōya strait. */
export const HOME_BOUNDS: [[number, number], [number, number]] = [[139.9, 42.4], [156.9, 51.2]];

/** Room around {@link HOME_BOUNDS} in CSS pixels: Shumshu and the labels of its towns clear of the zoom buttons (top right), Hokkaido of the attribution line. */
export const HOME_PADDING = { top: 10, bottom: 24, left: 10, right: 96 } as const;

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
  story: { mode: 'idle', position: { chapter: 0, time: TIMELINE_START, holding: null, holdLeftMs: 0, shown: [], done: false } },
  flight: null,
  family: [],
};

/**
 * Merge a change into the state, dropping invalid values so that a caller (URL
 * hash, window.atlas.set, UI) can never put the app in a bad state.
 * A running story pauses when something else moves time or starts playback
 * (the reader takes over); the story's own steps change `story` with `time`.
 * @param state - current state (not mutated)
 * @param change - fields to change; unknown or invalid values are ignored
 * @returns a new state, or `state` itself when nothing changed
 */
export function updateState(state: AtlasState, change: StateChange): AtlasState {
  const next: AtlasState = { ...state };
  if (typeof change.time === 'number' && !Number.isNaN(change.time)) next.time = clampTime(change.time);
  if (change.names !== undefined && NAME_MODES.includes(change.names)) next.names = change.names;
  if (change.script !== undefined && SCRIPT_MODES.includes(change.script)) next.script = change.script;
  if (change.camera && isCamera(change.camera) && !sameCamera(change.camera, state.camera)) next.camera = { ...change.camera };
  if (change.selection === null) next.selection = null;
  else if (change.selection && isSelection(change.selection) && !sameSelection(change.selection, state.selection)) next.selection = { ...change.selection };
  if (typeof change.playing === 'boolean') next.playing = change.playing;
  if (typeof change.speed === 'number' && change.speed > 0 && change.speed <= 1000) next.speed = change.speed;
  if (typeof change.loop === 'boolean') next.loop = change.loop;
  if (isLang(change.lang)) next.lang = change.lang;
  if (change.story && STORY_MODES.includes(change.story.mode)) next.story = change.story;
  else if (state.story.mode === 'running' && (next.time !== state.time || (next.playing && !state.playing))) {
    next.story = { ...state.story, mode: 'paused' };
  }
  if (change.family !== undefined) {
    // Malformed or oversized paths are ignored whole; the same paths again are no change.
    const family = familyFromUnknown(change.family);
    if (family && JSON.stringify(family) !== JSON.stringify(state.family)) next.family = family;
  }
  if (change.flight) next.flight = { id: (state.flight?.id ?? 0) + 1, to: change.flight };
  const changed = (Object.keys(next) as (keyof AtlasState)[]).some((key) => next[key] !== state[key]);
  return changed ? next : state;
}

const STORY_MODES: readonly StoryState['mode'][] = ['idle', 'running', 'paused', 'done'];

function sameCamera(a: Camera, b: Camera): boolean {
  return a.zoom === b.zoom && a.lat === b.lat && a.lon === b.lon;
}

function sameSelection(a: Selection, b: Selection | null): boolean {
  return !!b && a.kind === b.kind && a.id === b.id && !!a.user === !!b.user;
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
