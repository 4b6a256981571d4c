/**
 * One data file's text to a typed value, or to the list of what is wrong with
 * it. Pure (no Node APIs): the app's loader, `npm run validate` and the
 * in-browser check of a user's own file all call it.
 *
 * - Bad JSON gives one issue with the line and column of the first error.
 * - Schema failures give one issue per problem, naming the feature by the id
 *   read from the raw feature (even when that feature fails the schema) and
 *   the field by its zod path, without `properties.`.
 */
import type * as z from 'zod/mini';
import { dataFiles, landSchema, nameKeys, type DataFileName, type LandCollection } from './schema.ts';
import type { ValidationIssue } from './issues.ts';
import { jsonSyntaxError } from './json_error.ts';

/** A parsed value, or the issues that stopped it. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** The typed value of each data file. */
export type DataFileValue<N extends DataFileName> = z.output<(typeof dataFiles)[N]>;

/**
 * JSON text to an untyped value.
 * @param text - the file's content
 * @param file - file path for messages, e.g. `geo/places.geojson`
 * @returns the value, or one issue `not valid JSON at line L, column C: …`
 */
export function parseJsonText(text: string, file: string): ParseResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const where = jsonSyntaxError(text);
    const message = where
      ? `not valid JSON at line ${where.line}, column ${where.column}: ${where.reason}`
      : `not valid JSON: ${(error as Error).message}`;
    return { ok: false, issues: [{ file, message }] };
  }
}

/**
 * An untyped value checked against a schema.
 * @param schema - zod schema of the whole file
 * @param value - the parsed JSON
 * @param file - file path for messages
 * @returns the typed value, or one issue per schema problem
 */
export function parseWithSchema<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  file: string,
): ParseResult<z.output<S>> {
  const result = schema.safeParse(value, { reportInput: true, error: messageFromZodIssue });
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.map((issue) => issueFromZod(issue, value, file));
  return { ok: false, issues: withoutGeometryNoise(issues) };
}

/**
 * One of the atlas's data files, from text to typed value.
 * @param name - file name under `geo/`, e.g. `routes.geojson`
 * @param text - the file's content
 * @param file - path for messages @defaultValue `geo/${name}`
 * @returns the typed collection, or its issues
 * @example parseDataFile('sources.json', '[]').ok === true
 */
export function parseDataFile<N extends DataFileName>(
  name: N,
  text: string,
  file: string = `geo/${name}`,
): ParseResult<DataFileValue<N>> {
  const json = parseJsonText(text, file);
  if (!json.ok) return json;
  return parseWithSchema(dataFiles[name], json.value, file) as ParseResult<DataFileValue<N>>;
}

/**
 * The basemap's land polygons, from text to typed value.
 * @param text - content of `land.geojson`
 * @param file - path for messages @defaultValue `geo/land.geojson`
 */
export function parseLand(text: string, file = 'geo/land.geojson'): ParseResult<LandCollection> {
  const json = parseJsonText(text, file);
  if (!json.ok) return json;
  return parseWithSchema(landSchema, json.value, file);
}

type ZodIssue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

/** Reads a key of an unknown value, or undefined. */
function at(value: unknown, key: PropertyKey): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
}

/** Id of a raw feature (`properties.id`, else the GeoJSON `id`) or source entry (`id`). */
function rawId(entry: unknown): string | undefined {
  for (const id of [at(at(entry, 'properties'), 'id'), at(entry, 'id')]) {
    if ((typeof id === 'string' && id !== '') || typeof id === 'number') return String(id);
  }
  return undefined;
}

/** Locates a zod issue: the feature (by raw id or index) and the field inside it. */
function issueFromZod(issue: ZodIssue, root: unknown, file: string): ValidationIssue {
  let path = issue.path;
  let entry: number | undefined;
  if (Array.isArray(root) && typeof path[0] === 'number') {
    entry = path[0];
    path = path.slice(1);
  } else if (path[0] === 'features' && typeof path[1] === 'number' && Array.isArray(at(root, 'features'))) {
    entry = path[1];
    path = path.slice(path[2] === 'properties' ? 3 : 2);
  }
  const located: ValidationIssue = { file, message: withInput(issue.message, issue.input) };
  if (entry !== undefined) {
    const raw = Array.isArray(root) ? root[entry] : (at(root, 'features') as unknown[])[entry];
    const id = rawId(raw);
    if (id !== undefined) located.feature = id;
    else located.index = entry;
  }
  if (path.length > 0) located.field = path.map(String).join('.');
  else if (entry === undefined) located.message = `top level ${located.message}`;
  return located;
}

/**
 * A place given as a LineString fails both `geometry.type` and every
 * coordinate; only the type is worth saying.
 */
function withoutGeometryNoise(issues: ValidationIssue[]): ValidationIssue[] {
  const key = (i: ValidationIssue) => `${i.feature ?? ''}#${i.index ?? ''}`;
  const wrongType = new Set(issues.filter((i) => i.field === 'geometry.type').map(key));
  return issues.filter(
    (i) => i.field === 'geometry.type' || !i.field?.startsWith('geometry.') || !wrongType.has(key(i)),
  );
}

/** A short rendering of a value for messages: JSON for primitives. */
function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  // JSON has no Infinity: `1e400` parses to it, and JSON.stringify would print null.
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a number too large to be finite';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Appends `, got <value>` for primitive inputs when the message lacks it. */
function withInput(message: string, input: unknown): string {
  const primitive = input === null || ['string', 'number', 'boolean'].includes(typeof input);
  const said = message.includes(', got ') || (input === '' && message.endsWith('empty'));
  return primitive && !said ? `${message}, got ${describe(input)}` : message;
}

const typeNouns: Record<string, string> = {
  array: 'an array', object: 'an object', int: 'an integer', string: 'a string',
  number: 'a number', boolean: 'true or false', null: 'null',
};

/**
 * zod error map: messages phrased to follow the field name. Messages written
 * in the schema itself take precedence over these.
 */
function messageFromZodIssue(issue: RawIssue): string {
  const name = issue.path?.[issue.path.length - 1];
  if (issue.input === undefined && issue.code !== 'custom') {
    return (nameKeys as readonly unknown[]).includes(name)
      ? 'is missing: every name tag must be present (null = not known)'
      : 'is missing';
  }
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${typeNouns[issue.expected] ?? issue.expected}, got ${describe(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const word = issue.code === 'too_small' ? 'least' : 'most';
      if (issue.origin === 'array') return bound === 0 || (bound === 1 && word === 'least') ? 'must not be empty' : `must have at ${word} ${bound} items`;
      if (issue.origin === 'string') return bound === 1 && word === 'least' ? 'must not be empty' : `must have at ${word} ${bound} characters`;
      return issue.inclusive === false
        ? `must be ${word === 'least' ? 'greater' : 'less'} than ${bound}`
        : `must be at ${word} ${bound}`;
    }
    case 'invalid_format':
      if (issue.format === 'url') return 'must be an http or https URL';
      if (issue.format === 'regex' && 'pattern' in issue) return `must match ${String(issue.pattern)}`;
      return `must be a valid ${issue.format}`;
    case 'invalid_union':
      // A discriminated union (land geometry) names its options and the key.
      if ('options' in issue && Array.isArray(issue.options) && typeof issue.discriminator === 'string') {
        return `must be one of ${issue.options.join(', ')}, got ${describe(at(issue.input, issue.discriminator))}`;
      }
      return 'does not match any allowed form';
    case 'invalid_key':
      return 'has an invalid key';
    case 'unrecognized_keys':
      return `has unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    default:
      return 'is invalid';
  }
}
