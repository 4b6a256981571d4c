/**
 * The atlas's own rule for its reader-facing texts (issue #16): each is told in
 * en, ja and ru, and a Japanese or Russian text is not the English copied over.
 * A reader's own file may give English only (docs/CONTRACT.md), so these checks
 * run on the repository's data (`npm run validate`), not on an imported file.
 */
import { LANGS } from '../core/lang.ts';
import type { ValidationIssue } from './issues.ts';
import type { FrontCollection, NameCollection, RailwayCollection } from './basemap_schema.ts';
import type { EventCollection, LocalizedText, PlaceCollection, RouteCollection } from './schema.ts';

/** One text of a feature: where it is (a dotted path inside `properties`) and its languages. */
export interface FeatureText {
  feature: string;
  field: string;
  text: LocalizedText;
}

/**
 * Up to this many words, a ja or ru text equal to the English is taken for a
 * name kept as written (`T-589`, `UO14`), not an untranslated sentence.
 */
const NAME_MAX_WORDS = 2;

/**
 * Every text missing a language, and every ja or ru text that is the English copied.
 * @param texts - the texts of one file
 * @param file - the file name for issues
 * @returns one issue per missing or copied language, e.g.
 *   `feature "toro-landing": confidence.ru is missing (every atlas text needs en, ja and ru)`
 */
export function untranslatedTexts(texts: Iterable<FeatureText>, file: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const { feature, field, text } of texts) {
    for (const lang of LANGS) {
      const value = text[lang];
      if (!value) {
        issues.push({ file, feature, field: `${field}.${lang}`, message: 'is missing (every atlas text needs en, ja and ru)' });
      } else if (lang !== 'en' && value === text.en && value.trim().split(/\s+/).length > NAME_MAX_WORDS) {
        issues.push({ file, feature, field: `${field}.${lang}`, message: 'is a copy of the English (translate it)' });
      }
    }
  }
  return issues;
}

/**
 * The reader-facing texts of the events beyond title and text (checked by
 * `missingEventTranslations`): time note, confidence, figure notes.
 * @param events - the atlas's events
 */
export function* eventTexts(events: EventCollection): Generator<FeatureText> {
  for (const { properties: p } of events.features) {
    if (p.time_note) yield { feature: p.id, field: 'time_note', text: p.time_note };
    if (p.confidence) yield { feature: p.id, field: 'confidence', text: p.confidence };
    for (const [kind, figure] of Object.entries(p.figures)) {
      if (figure?.note) yield { feature: p.id, field: `figures.${kind}.note`, text: figure.note };
    }
  }
}

/**
 * The reader-facing texts of the routes: title, note, units, ships, the people's note.
 * @param routes - the atlas's routes
 */
export function* routeTexts(routes: RouteCollection): Generator<FeatureText> {
  for (const { properties: p } of routes.features) {
    yield { feature: p.id, field: 'title', text: p.title };
    if (p.note) yield { feature: p.id, field: 'note', text: p.note };
    for (const list of ['units', 'ships'] as const) {
      for (const [i, text] of p[list].entries()) yield { feature: p.id, field: `${list}.${i}`, text };
    }
    if (p.people?.note) yield { feature: p.id, field: 'people.note', text: p.people.note };
  }
}

/**
 * The notes of the basemap's names, railways and fronts.
 * @param collection - names.geojson, railways.geojson or fronts.geojson
 */
export function* noteTexts(collection: NameCollection | RailwayCollection | FrontCollection): Generator<FeatureText> {
  for (const { properties: p } of collection.features) {
    if (p.note) yield { feature: p.id, field: 'note', text: p.note };
  }
}

/**
 * The texts of the places: note, population note, the control accounts' claims.
 * @param places - the atlas's places
 */
export function* placeTexts(places: PlaceCollection): Generator<FeatureText> {
  for (const { properties: p } of places.features) {
    if (p.note) yield { feature: p.id, field: 'note', text: p.note };
    if (p.population_note) yield { feature: p.id, field: 'population_note', text: p.population_note };
    for (const [i, a] of (p.soviet_control_accounts ?? []).entries()) yield { feature: p.id, field: `soviet_control_accounts.${i}.claim`, text: a.claim };
  }
}
