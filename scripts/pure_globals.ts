/**
 * `npm run lint`, the part of the layering that an import graph cannot see
 * (.dependency-cruiser.cjs checks the imports): code in the pure folders
 * (src/core, src/style, src/data) that reaches the page through a global
 * (`document`, `globalThis.document`, a `HTMLElement` type), or loads the style
 * spec's code where only its types are allowed. It reads the syntax tree, so a
 * comment or a string that mentions `document` is not a use, and a multi-line
 * statement is one statement. Prints one line per finding and exits 1 on any.
 *
 * ```
 * $ npx tsx scripts/pure_globals.ts
 * src/core/clock.ts:14: uses the DOM global `globalThis.document` (pure-no-dom)
 * pure folders: 1 problem in 67 files
 * ```
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync, visitorKeys } from 'oxc-parser';

/** The folders of src/ that must run without a page or a map. */
const PURE_FOLDERS = ['src/core', 'src/style', 'src/data'];

/** Globals of a browser page (not of Node or a worker); pure code names none of them. */
const DOM_GLOBALS = new Set([
  'document', 'window', 'navigator', 'location', 'history', 'localStorage', 'sessionStorage',
  'requestAnimationFrame', 'cancelAnimationFrame', 'getComputedStyle', 'matchMedia', 'DOMParser',
  'Element', 'HTMLElement',
]);
/** HTMLCanvasElement, SVGElement and the like. */
const DOM_ELEMENT_TYPE = /^(HTML|SVG)\w*Element$/;
/** Objects whose properties are the globals (`globalThis.document`, `self['window']`). */
const GLOBAL_OBJECTS = new Set(['globalThis', 'self', 'window']);
/** The style spec's types are free; its code is not, outside tests. */
const STYLE_SPEC = '@maplibre/maplibre-gl-style-spec';

/** One finding: where, and what. */
export interface PureViolation {
  /** Path as given, e.g. `src/core/dates.ts`. */
  file: string;
  /** 1-based line of the offending expression. */
  line: number;
  /** `pure-no-dom`, `pure-style-spec-types`, or `parse` for a file that does not parse. */
  rule: string;
  message: string;
}

/** A node of oxc's ESTree-shaped tree, as far as this check reads it. */
interface AstNode {
  type: string;
  start: number;
  name?: string;
  value?: unknown;
  computed?: boolean;
  importKind?: string;
  object?: AstNode;
  property?: AstNode;
  source?: AstNode;
  specifiers?: AstNode[];
}

const isNode = (value: unknown): value is AstNode =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

const isDomName = (name: string | undefined): name is string =>
  name !== undefined && (DOM_GLOBALS.has(name) || DOM_ELEMENT_TYPE.test(name));

/**
 * Whether an identifier at `key` of `parent` is a name of something else
 * (`x.document`, `{ window: 1 }`, a class member) rather than a variable or type.
 */
function isPropertyName(parent: AstNode | null, key: string): boolean {
  if (!parent) return false;
  switch (parent.type) {
    case 'MemberExpression': return key === 'property' && !parent.computed;
    case 'Property': return key === 'key' && !parent.computed;
    case 'PropertyDefinition': case 'MethodDefinition': case 'TSPropertySignature': case 'TSMethodSignature':
    case 'AccessorProperty': return key === 'key' && !parent.computed;
    case 'TSQualifiedName': return key === 'right';
    case 'ImportSpecifier': return key === 'imported';
    case 'ExportSpecifier': return key === 'exported';
    case 'LabeledStatement': case 'BreakStatement': case 'ContinueStatement': return key === 'label';
    default: return false;
  }
}

/** The property a member expression reads, when it is written out (`.document`, `['document']`). */
function memberName(node: AstNode): string | undefined {
  const property = node.property;
  if (!property) return undefined;
  if (!node.computed) return property.name;
  return typeof property.value === 'string' ? property.value : undefined;
}

/**
 * DOM globals and style-spec code in one pure source file.
 * @param file - path to name in findings
 * @param text - the file's TypeScript source
 * @returns the findings in source order; a file that does not parse is one finding
 */
export function pureViolations(file: string, text: string): PureViolation[] {
  const parsed = parseSync(file, text, { lang: 'ts', sourceType: 'module' });
  const lineOf = (offset: number): number => text.slice(0, offset).split('\n').length;
  const found: PureViolation[] = parsed.errors.map((error) => ({ file, line: 1, rule: 'parse', message: `does not parse: ${error.message}` }));
  const dom = (node: AstNode, name: string): void => {
    found.push({ file, line: lineOf(node.start), rule: 'pure-no-dom', message: `uses the DOM global \`${name}\`` });
  };
  const isTest = file.endsWith('.test.ts');

  const visit = (node: AstNode, parent: AstNode | null, key: string): void => {
    if (node.type === 'Identifier' && isDomName(node.name) && !isPropertyName(parent, key)) dom(node, node.name);
    if (node.type === 'MemberExpression' && node.object?.type === 'Identifier' && GLOBAL_OBJECTS.has(node.object.name ?? '')) {
      const name = memberName(node);
      if (isDomName(name)) dom(node, `${node.object.name}.${name}`);
    }
    // `import type {…}` and `import {type …}` load nothing; `import '…'` or any value name loads the code.
    const specifiers = node.specifiers ?? [];
    if (node.type === 'ImportDeclaration' && !isTest && node.source?.value === STYLE_SPEC && node.importKind !== 'type'
      && (specifiers.length === 0 || specifiers.some((s) => s.importKind !== 'type'))) {
      found.push({ file, line: lineOf(node.start), rule: 'pure-style-spec-types',
        message: `imports code of ${STYLE_SPEC} (only \`import type\` outside tests)` });
    }
    for (const childKey of visitorKeys[node.type] ?? []) {
      const child: unknown = (node as unknown as Record<string, unknown>)[childKey];
      for (const item of Array.isArray(child) ? child : [child]) if (isNode(item)) visit(item, node, childKey);
    }
  };
  visit(parsed.program as unknown as AstNode, null, '');
  return found.sort((a, b) => a.line - b.line);
}

/**
 * Every finding in the pure folders of a tree laid out like the repository.
 * @param root - a directory holding `src/` (the repository, or a test's fixture tree)
 * @returns the findings, by file, and how many files were read
 */
export function pureViolationsIn(root: string): { violations: PureViolation[]; files: number } {
  const files = PURE_FOLDERS.flatMap((folder) => {
    let names: string[] = [];
    try {
      names = readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' });
    } catch {
      // a tree without this folder has nothing in it to check
    }
    return names.filter((name) => name.endsWith('.ts')).map((name) => `${folder}/${name.split('\\').join('/')}`);
  }).sort();
  const violations = files.flatMap((file) => pureViolations(file, readFileSync(join(root, file), 'utf8')));
  return { violations, files: files.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { violations, files } = pureViolationsIn(fileURLToPath(new URL('..', import.meta.url)));
  for (const v of violations) console.log(`${v.file}:${v.line}: ${v.message} (${v.rule})`);
  const count = violations.length === 1 ? '1 problem' : `${violations.length} problems`;
  console.log(`pure folders: ${violations.length ? count : 'OK'} in ${files} files`);
  process.exitCode = violations.length ? 1 : 0;
}
