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

/** maplibre-gl, resolved into node_modules or not (a fixture tree has no node_modules). */
const MAPLIBRE = '^(node_modules/)?maplibre-gl(/|$)';
/** Pure code: runs in Node, in the tests and in a worker; no map, no page. */
const PURE = '^src/(core|style|data)/';

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
      comment: 'src/map/ is the MapLibre adapter: what it shows (popups, notices, texts) is passed in, never imported from src/ui/',
      severity: 'error',
      from: { path: '^src/map/' },
      to: { path: '^src/ui/' },
    },
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
  options: {
    parser: 'swc',
    doNotFollow: { path: 'node_modules' },
  },
};
