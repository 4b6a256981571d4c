/**
 * The popup of what is selected: the atlas's place, route or event, or a
 * feature of the reader's own file, built by ui/popup_content.ts with its
 * anchor. A reader's file is never resolved against the atlas's bibliography:
 * its source ids are shown as they are, not as the atlas's links.
 */
import type { Lang } from '../core/lang.ts';
import type { Selection } from '../core/state.ts';
import type { AtlasData } from '../data/loader.ts';
import type { EventFeature, PlaceFeature, RouteFeature, Source } from '../data/schema.ts';
import type { UserData } from '../data/user_data.ts';
import type { PopupContent } from '../map/map_view.ts';
import { eventPopup, placePopup, routePopup } from '../ui/popup_content.ts';

/** The features a popup can be built from. */
interface Features {
  places: readonly PlaceFeature[];
  routes: readonly RouteFeature[];
  events: readonly EventFeature[];
}

const NO_SOURCES: ReadonlyMap<string, Source> = new Map();

/**
 * A popup builder over the atlas's data, the reader's file and the bibliography.
 * @param userData - the reader's file now, or null
 * @param sources - the atlas's bibliography now (empty until it arrives)
 * @returns the popup of a selection in a language, or null when its feature is not there
 */
export function selectionPopups(
  userData: () => UserData | null, sources: () => ReadonlyMap<string, Source>,
): (selection: Selection, lang: Lang, data: AtlasData) => PopupContent | null {
  return (selection, lang, data) => {
    const user = selection.user;
    const features: Features | null = user ? userData() : {
      places: data.places.ok ? data.places.data.features : [],
      routes: data.routes.ok ? data.routes.data.features : [],
      events: data.events.ok ? data.events.data.features : [],
    };
    if (!features) return null;
    const bibliography = user ? NO_SOURCES : sources();
    const byId = <F extends { properties: { id: string } }>(list: readonly F[]) => list.find((f) => f.properties.id === selection.id);
    if (selection.kind === 'place') {
      const f = byId(features.places);
      return f ? { content: placePopup(f.properties, bibliography, lang), at: f.geometry.coordinates as [number, number] } : null;
    }
    if (selection.kind === 'event') {
      const f = byId(features.events);
      return f ? { content: eventPopup(f.properties, bibliography, lang), at: f.geometry ? (f.geometry.coordinates as [number, number]) : null } : null;
    }
    const f = byId(features.routes);
    const last = f?.geometry.coordinates.at(-1);
    return f && last ? { content: routePopup(f.properties, bibliography, lang), at: last as [number, number] } : null;
  };
}
