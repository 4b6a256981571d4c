/**
 * Rules that need more than one feature or file: unique ids, references
 * between files, dates against each other and the campaign, and (in
 * `checks_geo.ts`) geography against the basemap. Pure: typed collections in,
 * issues out. A collection that failed to parse is passed as `undefined` and
 * the rules that need it are skipped, so one broken file does not bury the
 * report under follow-on errors.
 */
import { timeFromIso } from '../core/dates.ts';
import { CAMPAIGN_WINDOW } from './schema.ts';
import type { ValidationIssue } from './issues.ts';
import { checkGeography } from './checks_geo.ts';
import { checkPlaceFacts } from './checks_places.ts';
import { dataPathsIn, type DataPaths, type DataToCheck } from './check_inputs.ts';

/**
 * Runs every cross-file rule.
 * @param data - the parsed files (any may be missing)
 * @param paths - how to name the files in issues @defaultValue files under `geo/`
 * @returns the issues, grouped by rule, in file order within a rule
 */
export function checkData(data: DataToCheck, paths: DataPaths = dataPathsIn('geo')): ValidationIssue[] {
  return [
    ...checkIds(data, paths),
    ...checkReferences(data, paths),
    ...checkDates(data, paths),
    ...(data.places ? checkPlaceFacts(data.places, paths.places) : []),
    ...checkGeography(data, paths),
  ];
}

/**
 * Ids are unique within and across places, routes, events and sources: URLs
 * and popups link to them by id alone. The second use is reported.
 * @param data - the parsed files
 * @param paths - file names for issues
 */
export function checkIds(data: DataToCheck, paths: DataPaths): ValidationIssue[] {
  const firstFile = new Map<string, string>();
  const issues: ValidationIssue[] = [];
  const visit = (file: string, id: string) => {
    const first = firstFile.get(id);
    if (first === undefined) firstFile.set(id, file);
    else issues.push({ file, feature: id, field: 'id', message: `is already used in ${first}` });
  };
  for (const f of data.places?.features ?? []) visit(paths.places, f.properties.id);
  for (const f of data.routes?.features ?? []) visit(paths.routes, f.properties.id);
  for (const f of data.events?.features ?? []) visit(paths.events, f.properties.id);
  for (const s of data.sources ?? []) visit(paths.sources, s.id);
  return issues;
}

type Ref = [field: string, id: string];

/** Every `sources` entry of a list, with its field path. */
function listed(prefix: string, ids: readonly string[] | undefined): Ref[] {
  return (ids ?? []).map((id, i): Ref => [`${prefix}.${i}`, id]);
}

/**
 * Every reference resolves: sources (of features, figures and accounts),
 * place `coord_source`, route `from`/`to` and event `places`.
 * @param data - the parsed files
 * @param paths - file names for issues
 */
export function checkReferences(data: DataToCheck, paths: DataPaths): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const sourceIds = data.sources && new Set(data.sources.map((s) => s.id));
  const placeIds = data.places && new Set(data.places.features.map((f) => f.properties.id));
  const resolve = (file: string, feature: string, refs: Ref[], known: Set<string> | undefined, where: string) => {
    if (!known) return;
    for (const [field, id] of refs) {
      if (!known.has(id)) issues.push({ file, feature, field, message: `"${id}" is not ${where}` });
    }
  };
  const inSources = `in ${paths.sources}`;
  const aPlace = `a place in ${paths.places}`;
  for (const { properties: p } of data.places?.features ?? []) {
    const refs: Ref[] = [...listed('sources', p.sources), ['coord_source', p.coord_source],
      ...listed('population_sources', p.population_sources), ...listed('soviet_control_sources', p.soviet_control_sources)];
    (p.soviet_control_accounts ?? []).forEach((a, i) => refs.push(...listed(`soviet_control_accounts.${i}.sources`, a.sources)));
    resolve(paths.places, p.id, refs, sourceIds, inSources);
  }
  for (const { properties: p } of data.routes?.features ?? []) {
    resolve(paths.routes, p.id, [['from', p.from], ['to', p.to]], placeIds, aPlace);
    resolve(paths.routes, p.id, [...listed('sources', p.sources), ...listed('people.sources', p.people?.sources)],
      sourceIds, inSources);
  }
  for (const { properties: p } of data.events?.features ?? []) {
    resolve(paths.events, p.id, listed('places', p.places), placeIds, aPlace);
    const refs = listed('sources', p.sources);
    for (const [kind, figure] of Object.entries(p.figures)) refs.push(...listed(`figures.${kind}.sources`, figure?.sources));
    (p.accounts ?? []).forEach((a, i) => refs.push(...listed(`accounts.${i}.sources`, a.sources)));
    resolve(paths.events, p.id, refs, sourceIds, inSources);
  }
  return issues;
}

const windowStart = timeFromIso(CAMPAIGN_WINDOW.start)!;
const windowEnd = timeFromIso(CAMPAIGN_WINDOW.end)!;
const JST_MIDNIGHT = /T00:00(:00(\.0+)?)?\+09:00$/;

/**
 * One date field: parses with an offset and lies in the campaign window.
 * @returns the instant (epoch ms), or null after pushing an issue
 */
function checkedTime(text: string, field: string, at: Omit<ValidationIssue, 'message'>, issues: ValidationIssue[]) {
  const time = timeFromIso(text);
  if (time === null) {
    issues.push({ ...at, field, message: `must be an ISO 8601 date-time with an offset, got "${text}"` });
  } else if (time < windowStart || time > windowEnd) {
    issues.push({ ...at, field,
      message: `${text} is outside the campaign window (${CAMPAIGN_WINDOW.start} to ${CAMPAIGN_WINDOW.end})` });
  }
  return time;
}

/**
 * Dates parse (with an offset), lie in {@link CAMPAIGN_WINDOW}, and end no
 * earlier than they start; events dated to the day or month are stored as
 * JST midnight (the contract's convention; the first of the month for month
 * precision), so that filters and the timeline place them alike.
 * @param data - the parsed files
 * @param paths - file names for issues
 */
export function checkDates(data: DataToCheck, paths: DataPaths): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const span = (file: string, feature: string, start: string, end: string | undefined) => {
    const at = { file, feature };
    const t0 = checkedTime(start, 'start_date', at, issues);
    const t1 = end === undefined ? null : checkedTime(end, 'end_date', at, issues);
    if (t0 !== null && t1 !== null && t1 < t0) issues.push({ ...at, field: 'end_date', message: 'is before start_date' });
  };
  for (const { properties: p } of data.routes?.features ?? []) span(paths.routes, p.id, p.start_date, p.end_date);
  for (const { properties: p } of data.events?.features ?? []) {
    span(paths.events, p.id, p.start_date, p.end_date);
    if (p.date_precision !== 'day' && p.date_precision !== 'month') continue;
    for (const [field, text] of [['start_date', p.start_date], ['end_date', p.end_date]] as const) {
      if (text === undefined) continue;
      const firstOfMonth = p.date_precision === 'month' ? /^\d{4}-\d{2}-01T/.test(text) : true;
      if (!JST_MIDNIGHT.test(text) || !firstOfMonth) {
        const stored = p.date_precision === 'day' ? 'JST midnight (T00:00+09:00)' : 'the 1st of the month, JST midnight';
        issues.push({ file: paths.events, feature: p.id, field,
          message: `has ${p.date_precision} precision, so it must be ${stored}, got "${text}"` });
      }
    }
  }
  return issues;
}

/**
 * The atlas's own events say whose dead a figure counts (`soviet_killed`,
 * `japanese_military_killed`, `civilians_killed`); `killed` without a side is
 * left to readers' files. Run by scripts/validate.ts only.
 * @param events - the atlas's events
 * @param file - the file name for issues
 */
export function unattributedDead(events: NonNullable<DataToCheck['events']>, file: string): ValidationIssue[] {
  return events.features.filter((f) => f.properties.figures.killed !== undefined).map((f) => ({
    file, feature: f.properties.id, field: 'figures.killed',
    message: 'must say whose dead: soviet_killed, japanese_military_killed or civilians_killed',
  }));
}
