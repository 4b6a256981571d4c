/**
 * Regenerates the README's pictures (1280×800): docs/screenshot.png and the
 * six fixed cartography views in docs/cartography/. Builds and serves the app
 * with the browser-test harness and saves each view once the map is idle.
 *
 * `npm run screenshot` writes `<view>.png`; `npm run screenshot -- --suffix before`
 * writes `<view>.before.png` (run on the previous version, to compare);
 * `npm run screenshot -- --only timeline/` writes only the views under that prefix.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from '../tests/browser/app_server.ts';
import { waitForCoast } from '../tests/browser/coast.ts';
import { startAtlas } from '../tests/browser/harness.ts';

/** 22 Aug 1945 noon: the invasion in progress and the evacuation under way. */
const DATE = 'date=1945-08-22T12:00+09:00&names=both';

/** The README view and the six cartography views, by output path under docs/. */
export const VIEWS: Record<string, string> = {
  'screenshot': `${DATE}&map=6/46.5/142.5`,
  'cartography/home': DATE,
  'cartography/maoka-z11': `${DATE}&map=11/47.045/142.06`,
  'cartography/koton-border-z9': `${DATE}&map=9/49.85/142.85`,
  'cartography/shumshu-z10': `${DATE}&map=10/50.75/156.3`,
  'cartography/soya-strait-z8': `${DATE}&map=8/45.6/142.0`,
  'cartography/kunashiri-z9': `${DATE}&map=9/44.0/145.8`,
  // Issue #14: the evacuation on 20 Aug 1945 and the repatriation in June 1947, Sakhalin to Hakodate.
  'timeline/1945-08-20': 'date=1945-08-20T12:00+09:00&names=both&map=5.6/44.6/143.2&lang=en',
  'timeline/1947-06-01': 'date=1947-06-01T12:00+09:00&names=both&map=5.6/44.6/143.2&lang=en',
};

const suffixAt = process.argv.indexOf('--suffix');
const suffix = suffixAt !== -1 ? `.${process.argv[suffixAt + 1]}` : '';
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt !== -1 ? (process.argv[onlyAt + 1] ?? '') : '';

const session = await startAtlas();
try {
  for (const [name, view] of Object.entries(VIEWS)) {
    // docs/screenshot.png only when asked for (--readme): the README's picture is the integrator's.
    if (name === 'screenshot' && !process.argv.includes('--readme')) continue;
    if (!name.startsWith(only)) continue;
    const output = join(ROOT, 'docs', `${name}${suffix}.png`);
    const atlas = await session.openAtlas(view);
    try {
      await waitForCoast(atlas.page);
      if (atlas.consoleErrors.length) console.warn(`console errors while rendering:\n  ${atlas.consoleErrors.join('\n  ')}`);
      if (atlas.foreignRequests.length) console.warn(`blocked requests to other origins:\n  ${atlas.foreignRequests.join('\n  ')}`);
      mkdirSync(dirname(output), { recursive: true });
      await atlas.page.screenshot({ path: output });
      console.log(`wrote ${output}`);
    } finally {
      await atlas.close();
    }
  }
} finally {
  await session.close();
}
