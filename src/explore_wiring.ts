/**
 * Wiring of the exploring tools (main.ts stays short): the search box, the
 * guided story, the figures as of the date and the export buttons (picture,
 * data, playback video). Logic lives in core/ (search, story, figures), ui/
 * (controls) and map/ (camera, capture); this file only connects them to the
 * state and the map.
 */
import type { AtlasState } from './core/state.ts';
import { STORY_CHAPTERS } from './core/story.ts';
import type { AtlasData } from './data/loader.ts';
import { captureMapFrame, mapVideoStream } from './map/capture.ts';
import { showBounds, showPoint, zoomForBounds } from './map/camera.ts';
import type { MapView } from './map/map_view.ts';
import type { ListedEvent } from './ui/event_list.ts';
import { setupExportPanel } from './ui/export.ts';
import { setupFiguresPanel } from './ui/figures_panel.ts';
import { showNotice } from './ui/notices.ts';
import { setupSearchControl, type SearchPick } from './ui/search_control.ts';
import { setupStoryControl, type StoryEvent } from './ui/story_control.ts';
import { setupVideoExport } from './ui/video_export.ts';
import { byId } from './ui/dom.ts';
import { spanEndFromIso } from './core/dates.ts';

/** What the tools need from main.ts. */
export interface ExploreContext {
  data: AtlasData;
  /** Events with valid dates, sorted. */
  events: readonly ListedEvent[];
  /** The map view, or null without WebGL. */
  view: MapView | null;
  getState(): AtlasState;
  set(partial: Partial<AtlasState>): void;
}

/**
 * Build the tools into `#search-box`, `#story-panel`, `#figures` and `#export-panel`.
 * @param context - data, map view and state access
 * @returns a renderer to push onto main.ts's renderers
 */
export function setupExploreTools(context: ExploreContext): (state: AtlasState, prev: AtlasState | null) => void {
  const { data, events, view, getState, set } = context;

  const pick = ({ kind, id }: SearchPick) => {
    const event = kind === 'event' ? events.find((e) => e.feature.properties.id === id) : undefined;
    set({ selection: { kind, id }, playing: false, ...(event ? { time: event.startMs } : {}) });
    view?.focusSelection(true);
  };
  const updateSearch = setupSearchControl(
    byId('search-box'), data.places.ok ? data.places.data.features : [], events.map((e) => e.feature), getState, pick,
  );

  const updateFigures = setupFiguresPanel(
    byId('figures'), events.map(({ feature: { properties: p }, startMs }) => ({
      id: p.id, startMs, figures: p.figures, endMs: p.end_date ? spanEndFromIso(p.end_date, p.date_precision) ?? undefined : undefined,
    })),
  );

  const storyEvents = new Map<string, StoryEvent>(events.map((e) => [e.feature.properties.id, {
    startMs: e.startMs,
    title: e.feature.properties.title,
    text: e.feature.properties.text,
    point: e.feature.geometry ? (e.feature.geometry.coordinates as [number, number]) : null,
  }]));
  const camera = view && {
    showBounds: (bounds: [[number, number], [number, number]]) => showBounds(view.map, bounds),
    showPoint: (point: [number, number], bounds: [[number, number], [number, number]]) =>
      showPoint(view.map, { center: point, zoom: zoomForBounds(view.map, bounds) }),
  };
  const updateStory = setupStoryControl(byId('story-panel'), STORY_CHAPTERS, storyEvents, getState, set, camera);

  const capture = view && (async () => {
    const frame = await captureMapFrame(view.map);
    return { frame, scale: frame.width / Math.max(1, view.map.getCanvas().clientWidth) };
  });
  const notice = (message: string) => showNotice(byId('notices'), message);
  const updateExport = setupExportPanel(byId('export-panel'), getState, data, capture, notice);
  const updateVideo = setupVideoExport(byId('export-buttons'), getState, set, view && (() => mapVideoStream(view.map)), notice);

  const initial = getState();
  updateSearch(initial);
  updateFigures(initial);
  updateExport(initial);
  updateVideo(initial, null);
  return (state, prev) => {
    updateSearch(state);
    updateFigures(state);
    updateStory(state, prev);
    updateExport(state);
    updateVideo(state, prev);
  };
}
