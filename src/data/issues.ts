/**
 * The one shape every data problem takes, whether JSON syntax, the schema or a
 * cross-file rule found it, and the one way it is printed:
 *
 * ```
 * geo/routes.geojson: feature "landing-maoka": end_date is before start_date
 * geo/sources.json: source "geonames": url must be an http or https URL, got "ftp://…"
 * geo/events.geojson: file is missing
 * ```
 *
 * Fields are dotted paths inside the feature's `properties` without the
 * `properties.` prefix (`end_date`, `figures.soviet_killed.max`, `sources.0`);
 * anything else keeps its GeoJSON name (`geometry`, `geometry.coordinates.3`).
 * Messages are predicates that read after the field: `is missing`,
 * `must be …`, `is 12.3 km from …`.
 */

/** One problem in the data, located as precisely as the checker knows it. */
export interface ValidationIssue {
  /** File as the user names it, e.g. `geo/routes.geojson`. */
  file: string;
  /** Id of the feature (or source entry) at fault, when it has one. */
  feature?: string;
  /** 0-based position in the file's array, for a feature whose id cannot be read (printed `feature #3`). */
  index?: number;
  /** Dotted path inside the feature, without `properties.`, e.g. `end_date`. */
  field?: string;
  /** What is wrong, phrased to follow the field, e.g. `is before start_date`. */
  message: string;
}

/**
 * Noun for the entries of a file: `source` in sources.json, else `feature`.
 * @param file - file name or path
 */
function entryNoun(file: string): string {
  return file.endsWith('sources.json') ? 'source' : 'feature';
}

/**
 * The one-line text of an issue.
 * @param issue - the problem
 * @returns e.g. `geo/routes.geojson: feature "landing-maoka": end_date is before start_date`
 * @example formatIssue({file: 'geo/events.geojson', message: 'file is missing'}) === 'geo/events.geojson: file is missing'
 */
export function formatIssue(issue: ValidationIssue): string {
  const parts = [issue.file];
  if (issue.feature !== undefined) parts.push(`${entryNoun(issue.file)} "${issue.feature}"`);
  else if (issue.index !== undefined) parts.push(`${entryNoun(issue.file)} #${issue.index}`);
  const text = issue.field ? `${issue.field} ${issue.message}` : issue.message;
  return `${parts.join(': ')}: ${text}`;
}
