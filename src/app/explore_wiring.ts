/**
 * The exploring tools, a chunk of their own wired once the data is in: the
 * search box, the guided story, the figures as of the date and the export
 * buttons (picture, data, playback video). Logic lives in core/ (search,
 * story, figures), ui/ (controls) and map/ (capture); this file connects them
 * to the store and the map.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { spanEndFromIso } from '../core/dates.ts';
import type { StoryScript } from '../core/clock_step.ts';
import { STORY_CHAPTERS } from '../core/story_chapters.ts';
import type { AtlasState, StateChange } from '../core/state.ts';
import type { Store } from '../core/store.ts';
import type { AtlasData } from '../data/loader.ts';
import { captureMapFrame, mapVideoStream } from '../map/capture.ts';
import { byId } from '../ui/dom.ts';
import type { ListedEvent } from '../ui/event_list.ts';
import { setupExportPanel } from '../ui/export.ts';
import { setupFiguresPanel } from '../ui/figures_panel.ts';
import { setupOccupationFigure } from '../ui/occupation_figure.ts';
import { controlledPlaces } from '../core/occupation.ts';
import { showNotice } from '../ui/notices.ts';
import { setupSearchControl, type SearchPick } from '../ui/search_control.ts';
import { setupStoryControl, type StoryEvent } from '../ui/story_control.ts';
import { setupTimeChart } from '../ui/time_chart.ts';
import type { AnimationLoop } from '../ui/animation_loop.ts';
import { setupVideoExport } from '../ui/video_export.ts';

/** What the tools need. */
export interface ExploreContext {
  store: Store<AtlasState, StateChange>;
  data: AtlasData;
  /** Events with valid dates, sorted. */
  events: readonly ListedEvent[];
  /** The one animation loop, which runs the story too. */
  loop: AnimationLoop;
  /** The map, or null without WebGL. */
  map: MapLibreMap | null;
}

/**
 * Build the tools into `#search-box`, `#story-panel`, `#figures` and `#export-panel`, and subscribe them.
 * @param context - store, data, the animation loop and map
 */
export function setupExploreTools({ store, data, events, loop, map }: ExploreContext): void {
  const pick = ({ kind, id }: SearchPick) => {
    const event = kind === 'event' ? events.find((e) => e.feature.properties.id === id) : undefined;
    store.set({ selection: { kind, id }, playing: false, flight: { kind: 'selection' }, ...(event ? { time: event.startMs } : {}) });
  };
  store.subscribe(setupSearchControl(
    byId('search-box'), data.places.ok ? data.places.data.features : [], events.map((e) => e.feature), store.get, pick,
  ));

  const figureEvents = events.map(({ feature: { properties: p }, startMs }) => ({
    id: p.id, startMs, figures: p.figures, endMs: p.end_date ? spanEndFromIso(p.end_date, p.date_precision) ?? undefined : undefined,
  }));
  store.subscribe(setupFiguresPanel(byId('figures'), figureEvents));

  // The chart under the slider: the same figures by period; its sources by title once the bibliography is in.
  let titles: ReadonlyMap<string, string> = new Map();
  void data.sources.result.then((result) => { if (result.ok) titles = new Map(result.data.map((s) => [s.id, s.title])); });
  // Read when asked: the sources arrive with the events' details after the page is ready (data/event_details.ts).
  const properties = new Map(events.map(({ feature: { properties: p } }) => [p.id, p]));
  const sourcesOf = (id: string) => {
    const p = properties.get(id);
    const own = p ? Object.values(p.figures).flatMap((f) => f?.sources ?? []) : [];
    return own.length ? own : p?.sources ?? [];
  };
  store.subscribe(setupTimeChart(byId('time-chart-box'), figureEvents, {
    sourcesOf,
    sourceTitle: (id) => titles.get(id) ?? id,
    emit: store.set,
  }));

  store.subscribe(setupOccupationFigure(byId('figures'), controlledPlaces(data.places.ok ? data.places.data.features.map((f) => f.properties) : [])));

  // The story's chapters come with this chunk, not with the page.
  const story: StoryScript = {
    chapters: STORY_CHAPTERS,
    eventTimes: new Map(events.map((e) => [e.feature.properties.id, e.startMs])),
    eventPoints: new Map(events.map((e) => [e.feature.properties.id, e.feature.geometry ? (e.feature.geometry.coordinates as [number, number]) : null])),
  };
  loop.setStory(story);
  const storyEvents = new Map<string, StoryEvent>(events.map((e) => [e.feature.properties.id, e.feature.properties]));
  store.subscribe(setupStoryControl(byId('story-panel'), story, storyEvents, store.get, store.set));

  const capture = map && (async () => {
    const frame = await captureMapFrame(map);
    return { frame, scale: frame.width / Math.max(1, map.getCanvas().clientWidth) };
  });
  const notice = (message: string) => showNotice(byId('notices'), message);
  store.subscribe(setupExportPanel(byId('export-panel'), store.get, data, capture, notice));
  store.subscribe(setupVideoExport(byId('export-buttons'), store.get, store.set, map && (() => mapVideoStream(map)), notice));
}
