import { startAtlas } from '../tests/browser/harness.ts';
const views: Record<string, string> = {
  'e-0822-z8': 'date=1945-08-22T12:00+09:00&map=8/46.9/142.4',
};
const session = await startAtlas();
try {
  for (const [name, view] of Object.entries(views)) {
    const atlas = await session.openAtlas(view);
    try {
      await atlas.page.waitForTimeout(1500);
      await atlas.page.screenshot({ path: `/tmp/muni/${name}.png` });
      console.log(await atlas.page.evaluate(() => { const m = (window as any).atlas.map; return ['maoka','shimizu','hirochi','toro'].map((id) => id + ':' + JSON.stringify(m.getFeatureState({ source: 'control_areas', id }))).join(' ') + ' n=' + m.querySourceFeatures('control_areas').length; }));
    } finally { await atlas.close(); }
  }
} finally { await session.close(); }
