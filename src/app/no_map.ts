/**
 * Without WebGL there is no map, but the atlas still serves readers: a clear
 * message where the map would be (and a notice), in the interface language;
 * the places of the home view listed in the current name mode; and the popup
 * of what is selected shown in the map's place.
 */
import type { Lang } from '../core/lang.ts';
import type { AtlasState, Selection, StateChange } from '../core/state.ts';
import type { Store } from '../core/store.ts';
import type { AtlasData } from '../data/loader.ts';
import type { PopupContent } from '../map/map_view.ts';
import { byId } from '../ui/dom.ts';
import { showNotice } from '../ui/notices.ts';
import { onLanguage } from '../ui/on_language.ts';
import { listPlacesWithoutMap } from '../ui/places_without_map.ts';
import { t } from '../ui/strings.ts';

/**
 * Say that the map is unavailable, and keep saying it in the reader's language.
 * @param store - the app store
 */
export function showMapUnavailable(store: Store<AtlasState, StateChange>): void {
  const notices = byId('notices');
  showNotice(notices, t('page.noWebgl', store.get().lang));
  const notice = notices.lastElementChild;
  const mapElement = byId('map');
  mapElement.classList.add('map-unavailable');
  const message = document.createElement('p');
  message.className = 'map-unavailable-message';
  mapElement.replaceChildren(message);
  store.subscribe(onLanguage((lang) => {
    message.textContent = t('page.noWebgl', lang);
    if (notice) notice.textContent = message.textContent;
  }));
}

/**
 * Once the data is in: the places list, and the selection's popup where the map would be.
 * @param store - the app store
 * @param data - the loaded data
 * @param popup - the popup builder (app/selection_popup.ts)
 * @param version - grows when late popup data arrives
 */
export function followWithoutMap(
  store: Store<AtlasState, StateChange>, data: AtlasData,
  popup: (selection: Selection, lang: Lang, data: AtlasData) => PopupContent | null, version: Store<number, number>,
): void {
  if (data.places.ok) store.subscribe(listPlacesWithoutMap(byId('places-in-view'), data.places.data.features));
  let shown = '';
  const render = () => {
    const { selection, lang } = store.get();
    const key = selection ? `${selection.kind}|${selection.id}|${lang}|${version.get()}` : '';
    if (key === shown) return;
    shown = key;
    const content = selection ? popup(selection, lang, data)?.content : null;
    if (content) byId('map').replaceChildren(content);
  };
  store.subscribe(render);
  version.subscribe(render);
}
