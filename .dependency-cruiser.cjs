/**
 * The layering of src/ (docs/CONTRACT.md), checked on the import graph by
 * `npm run lint` (`depcruise src`). DOM globals, which no import shows, are
 * checked by scripts/pure_globals.ts. tests/architecture.test.ts runs these
 * rules on fixture trees, so each one is shown to fail.
 *
 * Parser: swc, because dependency-cruiser reads TypeScript through the
 * compiler API of typescript < 7, and this project builds with typescript 7.
 * swc does not tell `import type` apart, so every import counts: no rule
 * here needs the difference (the style spec's "types only" is in pure_globals.ts).
 */

/**
 * TEMPORARY (issue #11): src/map/ → src/ui/ imports that main is removing while
 * this rule lands, as importer → imported files. When merging, empty this object
 * (`= {}`); while it lists an import that is gone, the lint fails
 * (temporary-allowance-stale), so no entry outlives its import.
 * @type {Record<string, string[]>}
 */
const MAP_UI_ALLOWANCE = {
  'src/map/map_view.ts': ['src/ui/popup_content.ts', 'src/ui/places_in_view.ts', 'src/ui/dom.ts', 'src/ui/notices.ts'],
  'src/map/map_language.ts': ['src/ui/strings.ts'],
};

/** maplibre-gl, resolved into node_modules or not (a fixture tree has no node_modules). */
const MAPLIBRE = '^(node_modules/)?maplibre-gl(/|$)';
/** Pure code: runs in Node, in the tests and in a worker; no map, no page. */
const PURE = '^src/(core|style|data)/';
/** @param {string} path */
const exactly = (path) => `^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
const MAP_NO_UI = 'src/map/ is the MapLibre adapter: what it shows (popups, notices) is passed in, never imported from src/ui/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'pure-no-maplibre',
      comment: 'src/core, src/style and src/data run without a map: no maplibre-gl (use `import type` from @maplibre/maplibre-gl-style-spec)',
      severity: 'error',
      from: { path: PURE },
      to: { path: MAPLIBRE },
    },
    {
      name: 'pure-no-adapter',
      comment: 'src/core, src/style and src/data import nothing from src/map or src/ui, which touch the map and the page (tests may)',
      severity: 'error',
      from: { path: PURE, pathNot: '\\.test\\.ts$' },
      to: { path: '^src/(map|ui)/' },
    },
    {
      name: 'map-no-ui',
      comment: MAP_NO_UI,
      severity: 'error',
      from: { path: '^src/map/', pathNot: Object.keys(MAP_UI_ALLOWANCE).map(exactly) },
      to: { path: '^src/ui/' },
    },
    ...Object.entries(MAP_UI_ALLOWANCE).map(([from, allowed]) => ({
      name: 'map-no-ui',
      comment: MAP_NO_UI,
      severity: /** @type {const} */ ('error'),
      from: { path: exactly(from) },
      to: { path: '^src/ui/', pathNot: allowed.map(exactly) },
    })),
    {
      name: 'ui-no-maplibre',
      comment: 'src/ui/ builds the page; only src/map/ talks to maplibre-gl (type imports included)',
      severity: 'error',
      from: { path: '^src/ui/' },
      to: { path: MAPLIBRE },
    },
    {
      name: 'no-cycle',
      comment: 'modules in a cycle load in an order that depends on which is imported first',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  // One rule per entry: a violation shows its rule's comment, looked up by name.
  required: Object.entries(MAP_UI_ALLOWANCE).flatMap(([from, allowed]) => allowed.map((to) => ({
    name: `temporary-allowance-stale ${from} → ${to}`,
    comment: `MAP_UI_ALLOWANCE in .dependency-cruiser.cjs lists this import, which is gone: delete the entry`,
    severity: /** @type {const} */ ('error'),
    module: { path: exactly(from) },
    to: { path: exactly(to) },
  }))),
  options: {
    parser: 'swc',
    doNotFollow: { path: 'node_modules' },
  },
};
