/**
 * Regenerates docs/screenshot.png (1280×800) for the README: builds and serves
 * the app with the browser-test harness, opens a view of the invasion in
 * progress and saves it. Run with `npm run screenshot`.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from '../tests/browser/app_server.ts';
import { startAtlas, waitForIdle } from '../tests/browser/harness.ts';

/** The README view: 22 Aug 1945 noon, both names, South Sakhalin and the Sōya strait. */
const VIEW = 'date=1945-08-22T12:00+09:00&names=both&map=6/46.5/142.5';
const OUTPUT = join(ROOT, 'docs', 'screenshot.png');

const session = await startAtlas();
try {
  const atlas = await session.openAtlas(VIEW);
  try {
    await waitForIdle(atlas.page);
    if (atlas.consoleErrors.length) console.warn(`console errors while rendering:\n  ${atlas.consoleErrors.join('\n  ')}`);
    if (atlas.foreignRequests.length) console.warn(`blocked requests to other origins:\n  ${atlas.foreignRequests.join('\n  ')}`);
    mkdirSync(dirname(OUTPUT), { recursive: true });
    await atlas.page.screenshot({ path: OUTPUT });
    console.log(`wrote ${OUTPUT}`);
  } finally {
    await atlas.close();
  }
} finally {
  await session.close();
}
