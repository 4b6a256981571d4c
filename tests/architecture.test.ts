/**
 * The layering rules of `npm run lint` (.dependency-cruiser.cjs and
 * scripts/pure_globals.ts, docs/CONTRACT.md) run on small trees laid out like
 * src/: a clean tree passes, and each breach fails naming its file. That the
 * repository itself passes is `npm run lint`'s job (npm test runs it).
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { describe, expect, test } from 'vitest';
import { pureViolationsIn } from '../scripts/pure_globals.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
const config = createRequire(import.meta.url)('../.dependency-cruiser.cjs') as IConfiguration;

/** A tree that breaks no rule, with the near misses a grep would trip on. */
const CLEAN: Readonly<Record<string, string>> = {
  'src/core/dates.ts': [
    '// Not the DOM: document.title in a comment, a string and a property.',
    "export const label = 'window';",
    'export const record = { document: 1 };',
    'export interface Page { window: number }',
    'export function now(): number { return performance.now(); }',
  ].join('\n'),
  'src/style/layers.ts': "import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';\nimport { now } from '../core/dates.ts';\nexport const layers: LayerSpecification[] = [];\nexport const at = now();\n",
  'src/style/layers.test.ts': "import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';\nexport const check = validateStyleMin;\n",
  'src/data/worker.ts': "self.addEventListener('message', () => self.postMessage(1));\n",
  'src/ui/panel.ts': "import { label } from '../core/dates.ts';\nexport const panel = document.createElement('div');\npanel.textContent = label;\n",
  'src/map/view.ts': "import { Map as MapLibreMap } from 'maplibre-gl';\nimport { layers } from '../style/layers.ts';\nexport const make = (c: HTMLElement) => new MapLibreMap({ container: c, style: { version: 8, sources: {}, layers } });\n",
};

/**
 * Runs both halves of the layering check on `src` laid out from `files`.
 * @returns `file rule` for every problem, sorted and without repeats
 */
async function lint(files: Readonly<Record<string, string>>): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'layers-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    // Packages resolve as in the repository.
    symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'), 'dir');
    const { output } = await cruise(['src'], {
      ...config.options, baseDir: root, validate: true, ruleSet: { forbidden: config.forbidden, required: config.required },
    });
    const imports = (output as ICruiseResult).summary.violations.map((v) => `${v.from} ${v.rule.name}`);
    const syntax = pureViolationsIn(root).violations.map((v) => `${v.file} ${v.rule}`);
    return [...new Set([...imports, ...syntax])].sort();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('a clean tree passes', async () => {
  expect(await lint(CLEAN)).toEqual([]);
});

describe('each breach fails, naming its file', () => {
  test.each([
    ['core imports maplibre-gl', 'src/core/bad.ts', "import { LngLat } from 'maplibre-gl';\nexport const p = new LngLat(0, 0);\n", 'pure-no-maplibre'],
    ['core imports maplibre-gl over several lines', 'src/core/bad.ts',
      "import {\n  LngLat,\n  LngLatBounds,\n} from 'maplibre-gl';\nexport const b = new LngLatBounds(new LngLat(0, 0), new LngLat(1, 1));\n", 'pure-no-maplibre'],
    ['data imports a maplibre-gl type', 'src/data/bad.ts', "import type { Map } from 'maplibre-gl';\nexport type M = Map;\n", 'pure-no-maplibre'],
    ['core reads globalThis.document', 'src/core/bad.ts', 'export const title = () => globalThis.document.title;\n', 'pure-no-dom'],
    ['core reads document over two lines', 'src/core/bad.ts', 'export const body = () => document\n  .body;\n', 'pure-no-dom'],
    ["data reads self['window']", 'src/data/bad.ts', "export const w = self['window'];\n", 'pure-no-dom'],
    ['style names HTMLElement', 'src/style/bad.ts', 'export const size = (el: HTMLElement) => el.clientWidth;\n', 'pure-no-dom'],
    ['style loads the style spec code', 'src/style/bad.ts', "import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';\nexport const v = validateStyleMin;\n", 'pure-style-spec-types'],
    ['core imports from ui', 'src/core/bad.ts', "import { panel } from '../ui/panel.ts';\nexport const p = panel;\n", 'pure-no-adapter'],
    ['map imports from ui', 'src/map/bad.ts', "import { panel } from '../ui/panel.ts';\nexport const p = panel;\n", 'map-no-ui'],
    ['ui imports a maplibre-gl type', 'src/ui/bad.ts', "import type { Map } from 'maplibre-gl';\nexport type M = Map;\n", 'ui-no-maplibre'],
  ])('%s', async (_name, file, text, rule) => {
    expect(await lint({ ...CLEAN, [file]: text })).toEqual([`${file} ${rule}`]);
  });

  test('an import cycle, one way only a type import, fails naming a file in it', async () => {
    const cycle = {
      'src/core/a.ts': "import { b } from './b.ts';\nexport const a = () => b;\n",
      'src/core/b.ts': "import type { a } from './a.ts';\nexport const b = 1;\nexport type A = typeof a;\n",
    };
    const found = await lint({ ...CLEAN, ...cycle });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^src\/core\/[ab]\.ts no-cycle$/);
  });
});
