/**
 * Rules for the municipalities (市町村) and for control dates. A municipality
 * of the atlas must say where it belonged, how many lived there and when
 * Soviet forces took it, each with sources; a control date must fall on the
 * timeline, where the map can show it.
 */
import { timeFromIso } from '../core/dates.ts';
import { TIMELINE_END, TIMELINE_START } from '../core/timeline.ts';
import type { ValidationIssue } from './issues.ts';
import type { ControlAreaCollection, FrontCollection } from './basemap_schema.ts';
import { municipalKinds, type EventCollection, type PlaceCollection, type PlaceProperties } from './schema.ts';

const JST_MS = 9 * 3_600_000;
const jst = (time: number) => `${new Date(time + JST_MS).toISOString().slice(0, 16)}+09:00`;
/** The timeline's range as the control-date message gives it. */
export const TIMELINE_TEXT = `${jst(TIMELINE_START)} to ${jst(TIMELINE_END)}`;

/** What every municipality of the atlas states, in the order a reader asks. */
const MUNICIPAL_FIELDS = [
  'district:ja', 'subprefecture', 'population', 'population_year', 'population_sources',
  'soviet_control_date', 'soviet_control_basis', 'soviet_control_sources',
] as const satisfies readonly (keyof PlaceProperties)[];

/** Fields that come in groups: one without the others says too little. */
const GROUPS = [
  ['population', 'population_year', 'population_sources'],
  ['soviet_control_date', 'soviet_control_basis', 'soviet_control_sources'],
] as const satisfies readonly (readonly (keyof PlaceProperties)[])[];

/**
 * The atlas's own municipalities (kind city, town or village in Karafuto or
 * the Kurils) carry every municipal field. A reader's own file need not:
 * a family's village is a place without a census.
 * @param places - the atlas's places
 * @param file - the file name for issues
 */
export function incompleteMunicipalities(places: PlaceCollection, file: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const { properties: p } of places.features) {
    if (!municipalKinds.has(p.kind) || (p.region !== 'karafuto' && p.region !== 'chishima')) continue;
    // An unknown population (null) says why in its note instead of a year and sources.
    const fields = p.population === null ? MUNICIPAL_FIELDS.filter((f) => f !== 'population_year' && f !== 'population_sources') : MUNICIPAL_FIELDS;
    if (p.population === null && !p.population_note) issues.push({ file, feature: p.id, field: 'population_note', message: 'is missing (population is null: say what was searched)' });
    for (const field of fields) {
      // A group given in part is reported once, by checkPlaceFacts.
      // An absent group is one line, on its first field.
      const group = GROUPS.find((g) => (g as readonly string[]).includes(field));
      if (group?.some((f) => p[f] !== undefined && p[f] !== null)) continue;
      if (group && group[0] !== field) continue;
      const rest = group ? `, with ${group.slice(1).join(' and ')}` : '';
      if (p[field] === undefined) issues.push({ file, feature: p.id, field, message: `is missing (required for a ${p.kind} of 1945${rest})` });
    }
  }
  return issues;
}

/**
 * Grouped fields come together (a population has its year and sources, a control
 * date its basis and sources), and a control date lies on the timeline.
 * @param places - any places, the atlas's or a reader's
 * @param file - the file name for issues
 */
export function checkPlaceFacts(places: PlaceCollection, file: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const { properties: p } of places.features) {
    for (const group of GROUPS) {
      const given = group.filter((field) => p[field] !== undefined && p[field] !== null);
      if (given.length === 0) continue;
      for (const field of group) {
        if (p[field] === undefined) issues.push({ file, feature: p.id, field, message: `is missing (${given[0]} is given)` });
      }
    }
    const date = p.soviet_control_date;
    const time = date === undefined ? null : timeFromIso(date);
    if (time !== null && (time < TIMELINE_START || time > TIMELINE_END)) {
      issues.push({ file, feature: p.id, field: 'soviet_control_date', message: `${date} is outside the timeline (${TIMELINE_TEXT})` });
    }
  }
  return issues;
}

/**
 * Every control area names a place that has a control date (the map shades it from then).
 * @param areas - geo/control_areas.geojson
 * @param places - the places
 * @param file - the areas' file name for issues
 */
export function checkControlAreas(areas: ControlAreaCollection, places: PlaceCollection, file: string): ValidationIssue[] {
  const dated = new Set(places.features.filter((f) => f.properties.soviet_control_date !== undefined).map((f) => f.properties.id));
  return areas.features.flatMap((f, index) => (dated.has(f.properties.area) ? [] : [{
    file, index, field: 'area', message: `"${f.properties.area}" is not a place with a soviet_control_date (rebuild with npm run control-areas)`,
  }]));
}

/**
 * Every front names an event that has an end (it is drawn from the event's start to its end)
 * and a known coordinate source.
 * @param fronts - geo/fronts.geojson
 * @param events - the events
 * @param sourceIds - the bibliography's ids, when it parsed
 * @param file - the fronts' file name for issues
 */
export function checkFronts(fronts: FrontCollection, events: EventCollection, sourceIds: ReadonlySet<string> | undefined,
  file: string): ValidationIssue[] {
  const ends = new Map(events.features.map((f) => [f.properties.id, f.properties.end_date]));
  const issues: ValidationIssue[] = [];
  for (const { properties: p } of fronts.features) {
    if (!ends.has(p.event)) issues.push({ file, feature: p.id, field: 'event', message: `"${p.event}" is not an event` });
    else if (ends.get(p.event) === undefined) issues.push({ file, feature: p.id, field: 'event', message: `"${p.event}" has no end_date: a front is drawn for a span` });
    if (sourceIds && !sourceIds.has(p.coord_source)) issues.push({ file, feature: p.id, field: 'coord_source', message: `"${p.coord_source}" is not a source` });
  }
  return issues;
}
