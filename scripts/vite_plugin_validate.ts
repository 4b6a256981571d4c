/**
 * Vite plugin: the same validation as `npm run validate`, inside Vite.
 *
 * - `vite build`: validates at buildStart and fails the build with every issue;
 *   in generateBundle rewrites the data files emitted as assets (`geo/*.geojson`,
 *   `geo/*.json`, imported with `?url`) as minified JSON, so the page downloads
 *   no indentation while the repository keeps readable files. The events are
 *   served without their long texts, each language's texts (en, ja, ru) in a
 *   file of its own beside them (`src/data/event_texts.ts`), and without their
 *   popup-only details (`src/data/event_details.ts`); the routes
 *   without titles and notes, those in a file beside them (`src/data/route_texts.ts`); places.geojson
 *   without notes and control accounts, in `places-<hash>.details.json` (`src/data/place_details.ts`). The asset names
 *   keep the hash Vite computed from the file as written in the repository
 *   (names are fixed before generateBundle): still a content hash, of the
 *   unminified text, which changes exactly when the data does.
 * - `vite` (dev): validates at start and whenever a file in the data directory
 *   changes; issues go to the terminal and to the browser's error overlay
 *   (also to pages that connect later), and the page reloads once fixed.
 *
 * Wire it in `vite.config.ts`: `plugins: [validateDataPlugin()]`.
 */
import { basename, isAbsolute, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { SPLIT_LANGUAGES, splitEventTexts, type SplitLanguage } from '../src/data/event_texts.ts';
import { splitEventDetails, type RawEventDetails } from '../src/data/event_details.ts';
import { splitRouteTexts } from '../src/data/route_texts.ts';
import { splitPlaceDetails } from '../src/data/place_details.ts';
import { reportLines, validateDirectory } from './validate.ts';

/** Options of {@link validateDataPlugin}. */
export interface ValidateDataOptions {
  /** Data directory, relative to Vite's root. @defaultValue `'geo'` */
  dir: string;
  /** Emit the data directory's JSON and GeoJSON assets minified, the event texts by language and the route texts apart (build only). @defaultValue `true` */
  minify: boolean;
}

/** Defaults of {@link ValidateDataOptions}. */
const defaultValidateDataOptions: ValidateDataOptions = { dir: 'geo', minify: true };

/** Data files that {@link validateDataPlugin} minifies. */
const isJsonFile = (file: string) => /\.(geo)?json$/.test(file);

/**
 * JSON text without insignificant whitespace: the same value, parsed back.
 * @param source - an asset's content
 * @param file - its name, for the error
 * @throws if the content is not JSON
 */
function minifiedJson(source: string | Uint8Array, file: string): string {
  const text = typeof source === 'string' ? source : new TextDecoder().decode(source);
  try {
    return JSON.stringify(JSON.parse(text));
  } catch (e) {
    throw new Error(`${file} is not JSON: ${(e as Error).message}`);
  }
}

/** Plugin name, as Vite prints it in errors. */
const name = 'karafuto-validate-data';

/**
 * A Vite plugin that validates the atlas data at build start and on change in dev.
 * @param options - see {@link ValidateDataOptions}
 * @returns the plugin
 * @example defineConfig({ plugins: [validateDataPlugin()] })
 */
export function validateDataPlugin(options: Partial<ValidateDataOptions> = {}): Plugin {
  const { dir, minify } = { ...defaultValidateDataOptions, ...options };
  let root = process.cwd();
  let server: ViteDevServer | undefined;
  /** The failing report's text, or null when the data is valid. */
  let failure: string | null = null;

  const validate = (): string | null => {
    const report = validateDirectory(dir, root);
    return report.issues.length > 0 ? reportLines(report).join('\n') : null;
  };
  const showOverlay = (dev: ViteDevServer, message: string) =>
    dev.ws.send({ type: 'error', err: { message, stack: '', plugin: name } });

  return {
    name,
    configResolved(config) {
      root = config.root;
    },
    configureServer(dev) {
      server = dev;
      const dataDir = resolve(root, dir);
      dev.watcher.add(dataDir);
      dev.ws.on('connection', () => {
        if (failure) showOverlay(dev, failure);
      });
      const onChange = (file: string) => {
        if (!file.startsWith(dataDir + sep)) return;
        const wasFailing = failure !== null;
        failure = validate();
        if (failure) {
          dev.config.logger.error(`[${name}]\n${failure}`, { timestamp: true });
          showOverlay(dev, failure);
        } else if (wasFailing) {
          dev.config.logger.info(`[${name}] ${dir}: OK`, { timestamp: true });
          dev.ws.send({ type: 'full-reload' });
        }
      };
      dev.watcher.on('add', onChange);
      dev.watcher.on('change', onChange);
      dev.watcher.on('unlink', onChange);
    },
    buildStart() {
      failure = validate();
      if (!failure) return;
      // In dev a thrown error would stop the server: report it and keep serving.
      if (server) server.config.logger.error(`[${name}]\n${failure}`, { timestamp: true });
      else this.error(`data validation failed:\n${failure}`);
    },
    generateBundle(_output, bundle) {
      if (!minify) return;
      const dataDir = resolve(root, dir) + sep;
      const eventsFile = resolve(root, dir, 'events.geojson');
      const routesFile = resolve(root, dir, 'routes.geojson');
      const placesFile = resolve(root, dir, 'places.geojson');
      for (const asset of Object.values(bundle)) {
        if (asset.type !== 'asset') continue;
        const files = asset.originalFileNames.map((f) => (isAbsolute(f) ? f : resolve(root, f)));
        if (!files.some((f) => f.startsWith(dataDir) && isJsonFile(f))) continue;
        asset.source = minifiedJson(asset.source, asset.fileName);
        if (files.some((f) => f === eventsFile)) {
          // Each language's long texts in a file of its own (src/data/event_texts.ts),
          // named after the events asset: `events-<hash>.ja.json`.
          const fileNames = Object.fromEntries(SPLIT_LANGUAGES.map((lang) => [lang, asset.fileName.replace(/\.geojson$/, `.${lang}.json`)]));
          const split = splitEventTexts(JSON.parse(asset.source), Object.fromEntries(
            Object.entries(fileNames).map(([lang, fileName]) => [lang, basename(fileName)]),
          ) as Record<SplitLanguage, string>);
          // The popup-only details (src/data/event_details.ts): `events-<hash>.details.json`.
          const detailsName = asset.fileName.replace(/\.geojson$/, '.details.json');
          const details = splitEventDetails(split.events as { features: RawEventDetails[] }, basename(detailsName));
          this.emitFile({ type: 'asset', fileName: detailsName, source: JSON.stringify(details) });
          asset.source = JSON.stringify(split.events);
          for (const lang of SPLIT_LANGUAGES) {
            this.emitFile({ type: 'asset', fileName: fileNames[lang]!, source: JSON.stringify(split.texts[lang]) });
          }
        }
        if (files.some((f) => f === placesFile)) {
          // Notes and control accounts (popups only) in a file of their own (src/data/place_details.ts).
          const fileName = asset.fileName.replace(/\.geojson$/, '.details.json');
          const split = splitPlaceDetails(JSON.parse(asset.source), basename(fileName));
          asset.source = JSON.stringify(split.places);
          this.emitFile({ type: 'asset', fileName, source: JSON.stringify(split.details) });
        }
        if (files.some((f) => f === routesFile)) {
          // Titles and notes (popups only) in a file of their own (src/data/route_texts.ts): `routes-<hash>.texts.json`.
          const fileName = asset.fileName.replace(/\.geojson$/, '.texts.json');
          const split = splitRouteTexts(JSON.parse(asset.source), basename(fileName));
          asset.source = JSON.stringify(split.routes);
          this.emitFile({ type: 'asset', fileName, source: JSON.stringify(split.texts) });
        }
      }
    },
  };
}
