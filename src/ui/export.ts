/**
 * `#export-panel`: take the atlas away. "Map picture (PNG)" draws the current
 * map with the title, the date, the name mode and the source credits into one
 * image; "Data (GeoJSON)" saves places, routes, events and the border as one
 * FeatureCollection whose features carry a `layer` property, with the reader's
 * family paths (`layer: "family"`, which the own-data panel restores). Both are saved
 * through an `<a download>` of a blob URL (no server, works offline).
 */
import type { Feature, FeatureCollection } from 'geojson';
import { familyFeatures } from '../core/family_features.ts';
import { displayFromTime } from '../core/format.ts';
import type { AtlasState } from '../core/state.ts';
import { LANGS } from '../core/lang.ts';
import { loadEventTexts, type AtlasData, type LoadResult } from '../data/loader.ts';
import { PUNCT, t, type Lang, type StringKey } from './strings.ts';

/** CSS pixels added above the map (title, date) and below it (names, credits). */
const PNG_BANDS = { header: 64, footer: 44 } as const;

/** The layers saved in the GeoJSON, in order; each feature's `layer` names one. */
const EXPORTED_LAYERS = ['places', 'routes', 'events', 'border'] as const;

const FONT = '"Atlas Noto Sans JP", system-ui, sans-serif';

/**
 * Every loaded data layer as one FeatureCollection; each feature keeps its
 * properties plus `layer`. The bibliography goes along as the foreign member `sources`.
 * @param data - what the loader returned; files that failed are left out
 * @param sources - the bibliography (`data.sources` once loaded); empty when it failed
 * @param family - the reader's family paths as features (core/family_features.ts), last
 * @returns the collection
 */
export function combinedCollection(
  data: AtlasData, sources: LoadResult<readonly unknown[]>, family: readonly Feature[] = [],
): FeatureCollection & { sources: readonly unknown[] } {
  const features: Feature[] = [];
  for (const layer of EXPORTED_LAYERS) {
    const result = data[layer];
    if (!result.ok) continue;
    for (const f of (result.data as FeatureCollection).features) {
      features.push({ ...f, properties: { ...f.properties, layer } } as Feature);
    }
  }
  return { type: 'FeatureCollection', features: [...features, ...family], sources: sources.ok ? sources.data : [] };
}

/**
 * File name for an export at an instant.
 * @param time - epoch ms
 * @param extension - 'png' or 'geojson'
 * @returns e.g. "karafuto-1945_1945-08-20T0600JST.png"
 */
export function exportFileName(time: number, extension: string): string {
  const jst = new Date(time + 9 * 3_600_000).toISOString().slice(0, 16).replace(':', '');
  return `karafuto-1945_${jst}JST.${extension}`;
}

/**
 * The picture: bands of text above and below a copy of the map.
 * @param frame - the map's pixels (map/capture.ts)
 * @param state - date, name mode, script and language written on it
 * @param scale - device pixels per CSS pixel of the frame
 * @returns a new canvas, frame width × (header + frame height + footer)
 */
function composePicture(frame: HTMLCanvasElement, state: AtlasState, scale: number): HTMLCanvasElement {
  const lang: Lang = state.lang;
  const header = Math.round(PNG_BANDS.header * scale);
  const footer = Math.round(PNG_BANDS.footer * scale);
  const out = document.createElement('canvas');
  out.width = frame.width;
  out.height = header + frame.height + footer;
  const c = out.getContext('2d') as CanvasRenderingContext2D;
  c.fillStyle = '#263238';
  c.fillRect(0, 0, out.width, header);
  c.fillRect(0, header + frame.height, out.width, footer);
  c.drawImage(frame, 0, header);
  const pad = 12 * scale;
  c.fillStyle = '#ffffff';
  c.textBaseline = 'alphabetic';
  c.font = `${22 * scale}px ${FONT}`;
  c.fillText(t('page.title', lang), pad, 28 * scale, out.width - 2 * pad);
  c.font = `${16 * scale}px ${FONT}`;
  c.fillText(displayFromTime(state.time, 'minute', lang), pad, 52 * scale, out.width - 2 * pad);
  const modes: Record<AtlasState['names'], StringKey> = { '1945': 'names.1945', modern: 'names.modern', both: 'names.both' };
  const scripts: Record<AtlasState['script'], StringKey> = { native: 'script.native', latin: 'script.latin', both: 'script.both' };
  const names = t('export.names', lang, { mode: `${t(modes[state.names], lang)}${PUNCT.separator}${t(scripts[state.script], lang)}` });
  c.font = `${13 * scale}px ${FONT}`;
  c.fillText(names, pad, header + frame.height + 17 * scale, out.width - 2 * pad);
  c.fillText(t('map.attribution', lang), pad, header + frame.height + 36 * scale, out.width - 2 * pad);
  return out;
}

/**
 * Save a blob as a file through a temporary `<a download>`.
 * @param blob - the content
 * @param name - file name
 */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Build the export buttons.
 * @param container - the #export-panel element
 * @param getState - current state
 * @param data - the loaded data
 * @param capture - the map's current frame and its device-pixel scale, or null without a map
 * @param onError - called with a message when the picture fails
 * @returns a function to call with each state (re-applies texts when the language changes)
 */
export function setupExportPanel(
  container: HTMLElement, getState: () => AtlasState, data: AtlasData,
  capture: (() => Promise<{ frame: HTMLCanvasElement; scale: number }>) | null, onError: (message: string) => void,
): (state: AtlasState) => void {
  const heading = Object.assign(document.createElement('h2'), { id: 'export-heading' });
  const png = Object.assign(document.createElement('button'), { id: 'export-png', type: 'button', disabled: !capture });
  const geojson = Object.assign(document.createElement('button'), { id: 'export-geojson', type: 'button' });
  const row = Object.assign(document.createElement('div'), { id: 'export-buttons', className: 'time-row' });
  row.append(png, geojson);
  container.setAttribute('aria-labelledby', 'export-heading');
  container.replaceChildren(heading, row);

  png.addEventListener('click', async () => {
    if (!capture) return;
    png.disabled = true;
    try {
      const state = getState();
      await document.fonts.load(`16px ${FONT}`, t('page.title', state.lang)).catch(() => undefined);
      const { frame, scale } = await capture();
      const picture = composePicture(frame, state, scale);
      const blob = await new Promise<Blob | null>((resolve) => picture.toBlob(resolve, 'image/png'));
      if (!blob) throw new Error('toBlob gave nothing');
      downloadBlob(blob, exportFileName(state.time, 'png'));
    } catch (error) {
      console.warn('PNG export failed:', error);
      onError(t('export.failed', getState().lang));
    } finally {
      png.disabled = false;
    }
  });
  geojson.addEventListener('click', async () => {
    data.sources.start();
    data.routeTexts.start();
    data.eventDetails.start();
    // Every language's event texts, not only those read so far: the file holds the whole atlas.
    const events = data.events;
    const texts = events.ok ? LANGS.map((lang) => loadEventTexts(events.data, lang)) : [];
    await Promise.all([data.routeTexts.result, data.eventDetails.result, ...texts]);
    const places = new Map(data.places.ok ? data.places.data.features.map((f) => [f.properties.id, f.geometry.coordinates]) : []);
    const family = familyFeatures(getState().family, (id) => places.get(id)) as Feature[];
    const text = JSON.stringify(combinedCollection(data, await data.sources.result, family));
    downloadBlob(new Blob([text], { type: 'application/geo+json' }), exportFileName(getState().time, 'geojson'));
  });

  let lang: Lang | null = null;
  return (state) => {
    if (state.lang === lang) return;
    lang = state.lang;
    heading.textContent = t('export.heading', lang);
    png.textContent = t('export.png', lang);
    geojson.textContent = t('export.geojson', lang);
  };
}
