import { describe, expect, test } from 'vitest';
import { checkTargets, sideBySideTable, type PagePlayback, type TargetInputs } from './report.ts';
import { pairedRatios } from './stats.ts';

const page = (fps: number, p50: number, p95: number, tiles: Record<string, number> = {}): PagePlayback =>
  ({ fps, frameJsP50Ms: p50, frameJsP95Ms: p95, frameMaplibreP95Ms: 2 * p95, workerBusy: 0.1, tilesLoadedPerS: tiles });

describe('bench report', () => {
  test('the verdict is the median of the rounds\' ratios, not the ratio of the medians', () => {
    const { ratios, median } = pairedRatios([10, 30, 20], [20, 30, 50]);
    expect(ratios).toEqual([0.5, 1, 0.4]);
    expect(median).toBe(0.5); // medians' ratio would be 20 / 30
    expect(pairedRatios([10, 12], [20]).median).toBe(0.5); // a round without its pair does not count
  });

  test('app, peer and limit are printed side by side, a missing peer as a dash', () => {
    const table = sideBySideTable([
      { name: 'real', app: page(16.9, 0.19, 2.15, { routes: 0 }), peer: page(8.1, 0.4, 3.2, { peer_routes: 20.1, places: 10 }),
        limitFps: 25, limitTrace: { frameMaplibreP95Ms: 3.3, workerBusy: 0 }, appVsLimit: 0.68, peerVsLimit: 0.32, appVsPeer: 2.09 },
      { name: 'places10k', app: page(7.9, 0.2, 1, {}), limitFps: 29.7, appVsLimit: 0.27 },
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^scenario\s+measure\s+app\s+peer\s+limit$/);
    const row = (scenario: string, measure: string) => {
      const at = lines.findIndex((l) => l.startsWith(scenario));
      return lines.slice(at).find((l) => l.includes(measure))!.replace(scenario, '').replace(measure, '').trim().split(/\s{2,}/);
    };
    expect(row('real', 'fps / limit')).toEqual(['0.68', '0.32', '1']);
    expect(row('real', 'fps app / peer')).toEqual(['2.09', '1', '–']);
    expect(row('real', 'frame JS p50 / p95 ms')).toEqual(['0.19 / 2.15', '0.4 / 3.2', '–']);
    expect(row('real', 'MapLibre main thread p95 ms')).toEqual(['4.3', '6.4', '3.3']);
    expect(row('real', 'tiles loaded / s')).toEqual(['0', '30.1', '–']);
    expect(row('places10k', 'fps / limit')).toEqual(['0.27', '–', '1']);
  });

  test('ratios to the limit are checked against this machine\'s targets, with the hardware goals beside them', () => {
    const inputs: TargetInputs = {
      coldLoadRatio: 1.9, realFrameJsP95Ms: 1, realFpsRatio: 0.69, routes10kFrameJsP95Ms: 1, routes10kFpsRatio: 0.56,
      routes1kFpsRatio: 0.6, voyages1kFpsRatio: 0.6, realScrubFramesP95: 1, appPlusDataGzipBytes: 150_000,
    };
    const byName = new Map(checkTargets(inputs).map((c) => [c.name, c]));
    expect(byName.get('cold load, app / baseline')).toMatchObject({ target: '<= 2', goal: '<= 1.25', pass: true });
    expect(byName.get('playback real: fps app / baseline')).toMatchObject({ target: '>= 0.7', goal: '>= 0.9', pass: false });
    expect(byName.get('playback 10k routes: fps app / baseline')).toMatchObject({ target: '>= 0.55', goal: '>= 0.8', pass: true });
  });
});
