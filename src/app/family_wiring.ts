/**
 * "Your family's path", wired once the data is in: the panel (ui/family_panel.ts)
 * gets the atlas's places (labels in the name mode, search by any name), its
 * voyages, and for each leg what the atlas knows (core/family_routes.ts) with
 * the sources, which arrive after the page is ready (the panel is refreshed
 * when they do).
 */
import { timeFromIso } from '../core/dates.ts';
import { displayFromTime } from '../core/format.ts';
import type { FamilyKnown } from '../core/family.ts';
import { FAMILY_VOYAGE_KINDS, familyLegContext, type ContextEvent, type ContextRoute } from '../core/family_routes.ts';
import { labelFromProperties } from '../core/names.ts';
import { buildSearchIndex, placeEntry } from '../core/search.ts';
import type { AtlasState, StateChange } from '../core/state.ts';
import type { Store } from '../core/store.ts';
import type { AtlasData } from '../data/loader.ts';
import type { Source } from '../data/schema.ts';
import type { FamilyAtlas } from '../ui/family_leg.ts';
import { setupFamilyPanel } from '../ui/family_panel.ts';
import { PUNCT } from '../ui/strings.ts';

/**
 * Build the panel into `panel` and subscribe it.
 * @param panel - the `<details id="family-path">`
 * @param store - the app store
 * @param data - the loaded data
 * @param sources - the bibliography by id (empty until it arrives)
 */
export function wireFamilyPanel(
  panel: HTMLDetailsElement, store: Store<AtlasState, StateChange>, data: AtlasData, sources: () => ReadonlyMap<string, Source>,
): void {
  const places = data.places.ok ? data.places.data.features : [];
  const routes = data.routes.ok ? data.routes.data.features : [];
  const events = data.events.ok ? data.events.data.features : [];
  const placeById = new Map(places.map((f) => [f.properties.id, f.properties]));
  const routeById = new Map(routes.map((f) => [f.properties.id, f.properties]));
  const eventById = new Map(events.map((f) => [f.properties.id, f.properties]));
  const placeLabel = (id: string, state: AtlasState) => {
    const p = placeById.get(id);
    return p ? labelFromProperties(p, state.names, state.script).split('\n').join(PUNCT.separator) : id;
  };
  const time = (iso: string | undefined) => (iso ? timeFromIso(iso) : null);
  const contextRoutes: ContextRoute[] = routes.flatMap(({ properties: r }) => {
    const startMs = time(r.start_date), endMs = time(r.end_date);
    return startMs === null || endMs === null ? [] : [{ id: r.id, kind: r.kind, from: r.from, to: r.to, startMs, endMs, sources: r.sources }];
  });
  // Read at each use: an event's sources arrive with its details, after the page is ready.
  const contextEvents = (): ContextEvent[] => events.flatMap(({ properties: e }) => {
    const startMs = time(e.start_date);
    if (startMs === null) return [];
    return [{ id: e.id, kind: e.kind, places: e.places, startMs, endMs: time(e.end_date) ?? startMs, sources: e.sources ?? [] }];
  });
  const voyages = contextRoutes.filter((r) => FAMILY_VOYAGE_KINDS.includes(r.kind)).sort((a, b) => a.startMs - b.startMs);

  const atlas: FamilyAtlas = {
    index: buildSearchIndex(places.map((f) => placeEntry(f.properties.id, f.properties))),
    placeLabel,
    voyages: voyages.map((r) => r.id),
    routeLabel(id, state) {
      const r = routeById.get(id);
      const timed = contextRoutes.find((c) => c.id === id);
      if (!r || !timed) return id;
      const day = (ms: number) => displayFromTime(ms, 'day', state.lang);
      const dates = day(timed.startMs) === day(timed.endMs) ? day(timed.startMs) : `${day(timed.startMs)}${PUNCT.range}${day(timed.endMs)}`;
      return `${placeLabel(r.from, state)}${PUNCT.until}${placeLabel(r.to, state)}${PUNCT.separator}${dates}`;
    },
    eventTitle(id, lang) {
      const title = eventById.get(id)?.title;
      return title ? title[lang] ?? title.en : id;
    },
    sourceTitle: (id) => sources().get(id)?.title ?? id,
    legContext: (leg) => familyLegContext(leg, contextEvents(), contextRoutes),
  };
  const known: FamilyKnown = { isPlace: (id) => placeById.has(id), isVoyage: (id) => voyages.some((r) => r.id === id) };
  const render = setupFamilyPanel(panel, atlas, known, store.get, store.set);
  store.subscribe(render);
  // Opening the panel asks for the sources at once, not 1.5 s after ready; their arrival redraws the lists.
  panel.addEventListener('toggle', () => { if (panel.open) { data.sources.start(); data.eventDetails.start(); } });
  void Promise.all([data.sources.result, data.eventDetails.result]).then(() => render(store.get(), null));
}
