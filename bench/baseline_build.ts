/**
 * Builds the baseline page (bench/baseline.html) with the app's Vite config
 * into bench/out/baseline-dist/, away from the app's dist/.
 */
import { join } from 'node:path';
import { build } from 'vite';
import { ROOT } from '../tests/browser/app_server.ts';

/** Where the baseline is built; the page is `bench/baseline.html` inside it. */
export const BASELINE_DIST = join(ROOT, 'bench', 'out', 'baseline-dist');

/** Path of the baseline page relative to {@link BASELINE_DIST}. */
export const BASELINE_PAGE = 'bench/baseline.html';

/**
 * Build the baseline page with the same Vite config (target, base) as the app.
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
    // The app's config stays the same; only the entry, output and public dir differ.
    // public/ holds the app's fonts; the baseline draws no labels.
    publicDir: false,
    build: {
      outDir: BASELINE_DIST,
      emptyOutDir: true,
      chunkSizeWarningLimit: 4096,
      rolldownOptions: { input: join(ROOT, BASELINE_PAGE) },
    },
  });
  return BASELINE_DIST;
}
