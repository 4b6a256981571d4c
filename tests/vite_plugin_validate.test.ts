/**
 * The Vite plugin on a throw-away project (index.html + geo/ copied from the
 * valid fixtures): `vite build` fails with the issues, the dev server keeps
 * serving, logs them, shows the overlay on a broken edit and reloads when fixed.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, createLogger, createServer, type FSWatcher, type HotPayload } from 'vite';
import { describe, expect, test, vi } from 'vitest';
import { validateDataPlugin } from '../scripts/vite_plugin_validate.ts';

const validDir = fileURLToPath(new URL('./fixtures/valid', import.meta.url));
const brokenId = (text: string) => text.replace('"sinking-oki"', '"Sinking"');
const brokenLine = 'geo/events.geojson: feature "Sinking": id must be a lower-case slug (a-z, 0-9, _ or -), got "Sinking"';

/** A project directory with the valid data; `edit` rewrites its events file. */
function project() {
  const root = mkdtempSync(join(tmpdir(), 'vite-validate-'));
  cpSync(validDir, join(root, 'geo'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title><script type="module">export {}</script>');
  const events = join(root, 'geo/events.geojson');
  const original = readFileSync(events, 'utf8');
  return {
    root,
    edit: (change: (text: string) => string) => writeFileSync(events, change(original)),
    [Symbol.dispose]: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Resolves once chokidar has scanned the tree, so that edits are seen. */
const watcherReady = (watcher: FSWatcher) =>
  new Promise<void>((done) => {
    watcher.once('ready', () => done());
    setTimeout(done, 1000); // 'ready' may have fired already
  });

const buildIn = (root: string) =>
  build({ configFile: false, root, logLevel: 'silent', plugins: [validateDataPlugin()], build: { write: false } });

/** A build's output files and the text of the one whose name matches. */
function builtAssets(result: Awaited<ReturnType<typeof buildIn>>) {
  const output = (Array.isArray(result) ? result[0] : result) as { output: { fileName: string; type: string; source?: string | Uint8Array }[] };
  const text = (pattern: RegExp) => {
    const asset = output.output.find((o) => pattern.test(o.fileName));
    if (!asset?.source) throw new Error(`no asset ${pattern}: ${output.output.map((o) => o.fileName).join(', ')}`);
    return typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
  };
  return { output, text };
}

describe('validateDataPlugin', () => {
  test('vite build passes on valid data', async () => {
    using p = project();
    await expect(buildIn(p.root)).resolves.toBeDefined();
  }, 30_000);

  test('vite build serves the events without long texts and each language’s texts beside them', async () => {
    using p = project();
    writeFileSync(join(p.root, 'index.html'), '<!doctype html><title>t</title><link rel="preload" href="./geo/events.geojson" as="fetch" crossorigin="anonymous" />');
    const { output, text } = builtAssets(await buildIn(p.root));
    const events = JSON.parse(text(/events-[\w-]+\.geojson$/));
    const jaFile = output.output.find((o) => /events-[\w-]+\.ja\.json$/.test(o.fileName))?.fileName;
    expect(events.texts.ja).toBe(jaFile?.split('/').pop());
    const nishi = events.features.find((f: { properties: { id: string } }) => f.properties.id === 'landing-nishi').properties;
    expect(nishi.text).toBeUndefined();
    expect(events.texts.en).toBe(output.output.find((o) => /events-[\w-]+\.en\.json$/.test(o.fileName))?.fileName.split('/').pop());
    expect(JSON.parse(text(/\.en\.json$/))['landing-nishi']).toEqual({ text: 'Troops land at the port.', claims: ['The landing began at dawn.'] });
    expect(nishi.title.ru).toBe('Высадка в Ниси');
    expect(JSON.parse(text(/\.ru\.json$/))['landing-nishi']).toEqual({ text: 'Войска высаживаются в порту.', claims: ['Высадка началась на рассвете.'] });
  }, 30_000);

  test('vite build serves the routes without titles and notes, and those beside them', async () => {
    using p = project();
    writeFileSync(join(p.root, 'index.html'), '<!doctype html><title>t</title><link rel="preload" href="./geo/routes.geojson" as="fetch" crossorigin="anonymous" />');
    const { output, text } = builtAssets(await buildIn(p.root));
    const routes = JSON.parse(text(/routes-[\w-]+\.geojson$/));
    const textsFile = output.output.find((o) => /routes-[\w-]+\.texts\.json$/.test(o.fileName))?.fileName;
    expect(routes.texts).toBe(textsFile?.split('/').pop());
    const texts = JSON.parse(text(/routes-[\w-]+\.texts\.json$/));
    for (const { properties: p } of routes.features) {
      expect(p.title).toBeUndefined();
      expect(texts[p.id].title.en).toBeTruthy();
    }
  }, 30_000);

  test('vite build fails with every issue', async () => {
    using p = project();
    p.edit(brokenId);
    await expect(buildIn(p.root)).rejects.toThrow(brokenLine);
  }, 30_000);

  test('dev server starts on broken data, overlays a broken edit and reloads once fixed', async () => {
    using p = project();
    p.edit(brokenId);
    const logger = createLogger('silent');
    const errors: string[] = [];
    logger.error = (message) => void errors.push(message);
    const server = await createServer({
      configFile: false, root: p.root, customLogger: logger,
      server: { middlewareMode: true }, plugins: [validateDataPlugin()],
    });
    try {
      expect(errors.join('\n')).toContain(brokenLine);
      const sent: HotPayload[] = [];
      server.ws.send = ((payload: HotPayload) => void sent.push(payload)) as typeof server.ws.send;
      await watcherReady(server.watcher);
      p.edit((text) => text);
      await vi.waitFor(() => expect(sent).toContainEqual({ type: 'full-reload' }), { timeout: 15_000 });
      await new Promise((settle) => setTimeout(settle, 300)); // let the watcher settle between two edits
      p.edit(brokenId);
      await vi.waitFor(() => expect(sent.at(-1)).toMatchObject({ type: 'error', err: { message: `${brokenLine}\ngeo: 1 issue` } }),
        { timeout: 15_000 });
    } finally {
      await server.close();
    }
  }, 30_000);
});
