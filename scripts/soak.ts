/**
 * Long-session soak (outside CI): plays the timeline in a loop at the fastest
 * menu speed for ten minutes (or `--minutes N`), opening and closing a popup
 * each loop, and after every loop samples the JS heap after GC, DOM nodes,
 * event listeners and open popups (tests/browser/soak_probe.ts). Prints a
 * table, says whether each stayed within 10% of its level after the second
 * loop (the first warms up), and writes test-results/soak-results.json. Exit code 1 when one did not.
 *
 * Run with `npm run soak` or `npm run soak -- --minutes 30 --speed 48`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../tests/browser/app_server.ts';
import { startAtlas } from '../tests/browser/harness.ts';
import { growth, sample, startLoopingPlayback, startProbe, waitForLoop, type SoakSample } from '../tests/browser/soak_probe.ts';

/** Allowed growth over the level after the warm-up loop. */
const TOLERANCE = 0.1;
const OUTPUT = join(ROOT, 'test-results', 'soak-results.json');

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '10' }, speed: { type: 'string', default: '48' } } });
const minutes = Number(values.minutes);
const speed = Number(values.speed);
if (!(minutes > 0) || !(speed > 0 && speed <= 1000)) throw new Error(`bad --minutes ${values.minutes} or --speed ${values.speed} (0 < speed <= 1000)`);

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const pct = (ratio: number) => `${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(1)}%`;

const session = await startAtlas();
try {
  const atlas = await session.openAtlas();
  try {
    const { page } = atlas;
    const cdp = await startProbe(page);
    const startedAt = Date.now();
    const loopTimeoutMs = (700 / speed) * 1000 * 3 + 10_000;
    await startLoopingPlayback(page, speed);
    const samples: SoakSample[] = [];
    console.log(`soak: ${minutes} min at ${speed} h/s (one loop is ${(696 / speed).toFixed(1)} s of playback)`);
    console.log('loop  time(s)  heap(MB)  nodes  listeners  popups');
    while (Date.now() - startedAt < minutes * 60_000) {
      await waitForLoop(page, samples.length + 1, loopTimeoutMs);
      const s = await sample(page, cdp, samples.length + 1, startedAt);
      samples.push(s);
      console.log(`${String(s.loop).padStart(4)}  ${String(s.seconds).padStart(7)}  ${mb(s.heapBytes).padStart(8)}  ${String(s.nodes).padStart(5)}  ${String(s.listeners).padStart(9)}  ${String(s.popups).padStart(6)}`);
    }
    await cdp.detach();
    // The first loop warms up (first popup, the popups' data fetched after ready, new glyphs): compare from the second.
    const first = samples[Math.min(1, samples.length - 1)]!;
    const last = samples.at(-1)!;
    const g = growth(first, last);
    // Warm-up (compiled code, the browser's capped performance-entry buffers) lifts the heap over the
    // first loops; growth over the second half tells a steady leak from that.
    const middle = samples[Math.floor(samples.length / 2)]!;
    const lateGrowth = growth(middle, last);
    const within = {
      heap: g.heap <= 1 + TOLERANCE,
      nodes: g.nodes <= 1 + TOLERANCE,
      listeners: g.listeners <= 1 + TOLERANCE,
      popups: samples.every((x) => x.popups <= 1),
    };
    const result = {
      date: new Date().toISOString(), minutes, speed, loops: samples.length, tolerance: TOLERANCE,
      first, middle, last, growth: g, secondHalfGrowth: lateGrowth, within, consoleErrors: atlas.consoleErrors, samples,
    };
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    writeFileSync(OUTPUT, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`\nafter loop ${first.loop} -> after loop ${last.loop} (${last.seconds} s):`);
    console.log(`  heap      ${mb(first.heapBytes)} MB -> ${mb(last.heapBytes)} MB (${pct(g.heap)}) ${within.heap ? 'ok' : 'GREW'}`);
    console.log(`  nodes     ${first.nodes} -> ${last.nodes} (${pct(g.nodes)}) ${within.nodes ? 'ok' : 'GREW'}`);
    console.log(`  listeners ${first.listeners} -> ${last.listeners} (${pct(g.listeners)}) ${within.listeners ? 'ok' : 'GREW'}`);
    console.log(`  second half (loop ${middle.loop} -> ${last.loop}): heap ${pct(lateGrowth.heap)}, nodes ${pct(lateGrowth.nodes)}, listeners ${pct(lateGrowth.listeners)}`);
    console.log(`  popups    at most ${Math.max(...samples.map((x) => x.popups))} open ${within.popups ? 'ok' : 'PILED UP'}`);
    if (atlas.consoleErrors.length) console.log(`  console errors: ${atlas.consoleErrors.length}`);
    console.log(`wrote ${OUTPUT}`);
    process.exitCode = Object.values(within).every(Boolean) && atlas.consoleErrors.length === 0 ? 0 : 1;
  } finally {
    await atlas.close();
  }
} finally {
  await session.close();
}
