/**
 * Builds the benchmark's own pages, the baseline (bench/baseline.html) and the
 * peer (bench/peer.html), with the app's Vite config into
 * bench/out/baseline-dist/, away from the app's dist/.
 */
import { join } from 'node:path';
import { build } from 'vite';
import { ROOT } from '../tests/browser/app_server.ts';

/** Where the bench pages are built; the pages are `bench/baseline.html` and `bench/peer.html` inside it. */
export const BASELINE_DIST = join(ROOT, 'bench', 'out', 'baseline-dist');

/** Path of the baseline page relative to {@link BASELINE_DIST}. */
export const BASELINE_PAGE = 'bench/baseline.html';

/** Path of the peer page relative to {@link BASELINE_DIST}. */
export const PEER_PAGE = 'bench/peer.html';

/**
 * Build both pages with the same Vite config (target, base) as the app, in one
 * build: they share MapLibre's chunk and the basemap's modules, as two pages of one site would.
 * @returns the output directory
 * @throws Error when `vite build` fails
 */
export async function buildBaseline(): Promise<string> {
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    clearScreen: false,
    // The app's config stays the same; only the entries and the output differ.
    // public/ holds the app's label font, which the basemap's names are drawn with.
    build: {
      outDir: BASELINE_DIST,
      emptyOutDir: true,
      chunkSizeWarningLimit: 4096,
      rolldownOptions: { input: [join(ROOT, BASELINE_PAGE), join(ROOT, PEER_PAGE)] },
    },
  });
  return BASELINE_DIST;
}
