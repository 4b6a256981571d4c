/**
 * Browser-test harness: the built app served on 127.0.0.1, one Chromium per
 * test file, and pages that cannot reach any other origin.
 *
 * @example
 * ```ts
 * const session = useAtlasSession();
 * it('opens', async () => {
 *   const { page, consoleErrors, foreignRequests } = await session().openAtlas('names=modern');
 * });
 * ```
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { launchChromium, type LaunchOptions } from './chromium.ts';
import { startAppServer, type AppServer } from './app_server.ts';

/** Time for `beforeAll`: a cold `vite build` plus the browser launch. */
const SETUP_TIMEOUT_MS = 180_000;
/** Time for one browser test (SwiftShader on 2 cores is slow). */
export const TEST_TIMEOUT_MS = 60_000;
/** Time for `window.atlas.ready` to resolve. */
const READY_TIMEOUT_MS = 30_000;
/** Options for `expect.poll`: the default 1 s is too short for SwiftShader. */
export const POLL = { timeout: 10_000, interval: 100 } as const;
/** Size of every page and of the screenshots. */
export const VIEWPORT = { width: 1280, height: 800 } as const;

/** `window.atlas` as docs/CONTRACT.md defines it (the app owns the real type). */
interface AtlasHandle {
  map: MapLibreMap;
  ready: Promise<void>;
  state(): AtlasStateView;
  set(partial: Partial<AtlasStateView>): void;
}

/** AtlasState of docs/CONTRACT.md, as the tests read it. */
export interface AtlasStateView {
  time: number;
  names: '1945' | 'modern' | 'both';
  script: 'native' | 'latin' | 'both';
  camera: { zoom: number; lat: number; lon: number };
  selection: { kind: 'place' | 'route' | 'event'; id: string } | null;
  playing: boolean;
  speed: number;
  loop: boolean;
  lang: 'en' | 'ja' | 'ru';
}

/**
 * The page's global object as seen by code passed to `page.evaluate`. Cast
 * `window` to it there: the harness does not augment the global `Window`
 * type, so it cannot clash with the app's own declaration.
 */
export type AtlasWindow = Window & { atlas: AtlasHandle };

/** A page of the atlas with what it did. */
export interface OpenedAtlas {
  page: Page;
  /** Console `error` messages and uncaught exceptions (prefixed `uncaught:`), in order. */
  consoleErrors: string[];
  /** URLs of requests to another origin; each was blocked. */
  foreignRequests: string[];
  /** Close the page and its browser context. */
  close(): Promise<void>;
}

/** Options of {@link AtlasSession.openAtlas}. */
export interface OpenOptions {
  /**
   * Wait for `window.atlas.ready` before returning.
   * @defaultValue true
   */
  waitReady?: boolean;
  /**
   * Page path relative to the app's root URL, e.g. `other.html?x=1`.
   * @defaultValue '' (the app)
   */
  path?: string;
  /** Runs on the new context before the page opens: extra routes, init scripts. */
  prepare?: (context: BrowserContext) => Promise<void>;
  /**
   * Options of the new browser context, over the defaults: a phone's `viewport`,
   * `hasTouch` and `isMobile`, a `locale` (navigator.languages)...
   * @defaultValue {viewport: VIEWPORT, deviceScaleFactor: 1, serviceWorkers: 'block'}
   */
  contextOptions?: BrowserContextOptions;
}

/** One browser and one app server, for one test file. */
export interface AtlasSession {
  /** Root URL of the served app, with a trailing slash. */
  baseUrl: string;
  /** Directory of the build being served (its source maps, its payload). */
  distDir: string;
  browser: Browser;
  /**
   * Open the atlas in a fresh browser context.
   * @param hash - URL hash without or with the leading `#`, e.g. `names=modern&map=7/47.05/142.05`
   */
  openAtlas(hash?: string, options?: OpenOptions): Promise<OpenedAtlas>;
  /** Close the browser and stop the server. */
  close(): Promise<void>;
}

/**
 * Build (once, shared by all test files) and serve the app, and launch Chromium.
 * @param options - `webgl: false` launches Chromium without any WebGL
 * @returns the session; close it in `afterAll`
 */
export async function startAtlas(options: LaunchOptions = {}): Promise<AtlasSession> {
  // Chromium first: a missing browser is reported before a long build.
  const browser = await launchChromium(options);
  let server: AppServer;
  try {
    server = await startAppServer();
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    baseUrl: server.url,
    distDir: server.distDir,
    browser,
    openAtlas: (hash = '', open = {}) => openAtlasPage(browser, server, hash, open),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Register `beforeAll`/`afterAll` hooks that start and close one
 * {@link AtlasSession} for the current test file or `describe` block.
 *
 * A failed start (no Chromium, broken build) is not thrown from the hook,
 * where Vitest would only mark the tests skipped: it is thrown by the getter,
 * so that every test fails with the reason.
 * @param options - passed to {@link startAtlas}
 * @returns a getter for the session, to call inside tests
 */
export function useAtlasSession(options: LaunchOptions = {}): () => AtlasSession {
  let session: AtlasSession | undefined;
  let failure: unknown;
  beforeAll(async () => {
    try {
      session = await startAtlas(options);
    } catch (error) {
      failure = error;
    }
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (session) return session;
    throw failure instanceof Error ? failure : new Error(`the browser session did not start: ${String(failure)}`);
  };
}

/**
 * One atlas page shared by the tests of a file or `describe` block, opened by
 * the first test that asks for it and closed in `afterAll`. Tests that share
 * it must set up the state they depend on (through the UI or `atlas.set`).
 * @param session - the getter from {@link useAtlasSession}
 * @param hash - URL hash the page is opened with
 * @param options - passed to {@link AtlasSession.openAtlas} (e.g. a phone's `contextOptions`)
 * @returns a getter for the opened page
 */
export function useSharedAtlas(session: () => AtlasSession, hash = '', options?: OpenOptions): () => Promise<OpenedAtlas> {
  let opened: Promise<OpenedAtlas> | undefined;
  afterAll(async () => {
    await (await opened?.catch(() => undefined))?.close();
  });
  return () => (opened ??= session().openAtlas(hash, options));
}

async function openAtlasPage(browser: Browser, server: AppServer, hash: string, options: OpenOptions): Promise<OpenedAtlas> {
  const { waitReady = true, path = '', prepare, contextOptions = {} } = options;
  const origin = new URL(server.url).origin;
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, serviceWorkers: 'block', ...contextOptions });
  // tsx/esbuild (keepNames) wrap named functions in `__name(...)`, which does
  // not exist in the page when such a function is passed to page.evaluate.
  await context.addInitScript('globalThis.__name ??= (fn) => fn;');
  const foreignRequests: string[] = [];
  // On the context, so that requests of workers are seen as well.
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url ? ` (${message.location().url}:${message.location().lineNumber})` : '';
    consoleErrors.push(`${message.text()}${where}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  const opened: OpenedAtlas = { page, consoleErrors, foreignRequests, close: () => closeContext(context) };
  try {
    // Context routes and init scripts apply to this page too; later routes take precedence.
    await prepare?.(context);
    const fragment = hash.replace(/^#/, '');
    await page.goto(server.url + path + (fragment ? `#${fragment}` : ''), { waitUntil: 'load' });
    if (waitReady) await waitForAtlasReady(page, consoleErrors);
  } catch (error) {
    await opened.close();
    throw error;
  }
  return opened;
}

async function closeContext(context: BrowserContext): Promise<void> {
  await context.close().catch(() => undefined);
}

/**
 * Wait until `window.atlas` exists and its `ready` promise has resolved.
 * @param page - an atlas page
 * @param consoleErrors - quoted in the error to explain a timeout
 * @throws Error after {@link READY_TIMEOUT_MS} or when `ready` rejects
 */
async function waitForAtlasReady(page: Page, consoleErrors: readonly string[] = []): Promise<void> {
  const explain = () => (consoleErrors.length ? `; console errors: ${consoleErrors.join(' | ')}` : '');
  try {
    await page.waitForFunction(() => typeof (window as unknown as Partial<AtlasWindow>).atlas?.ready?.then === 'function', null, {
      timeout: READY_TIMEOUT_MS,
    });
  } catch {
    throw new Error(`window.atlas with a ready promise did not appear within ${READY_TIMEOUT_MS} ms${explain()}`);
  }
  const outcome = await page.evaluate(
    (ms) =>
      Promise.race([
        (window as unknown as AtlasWindow).atlas.ready.then(
          () => 'ready',
          (error: unknown) => `rejected: ${String(error)}`,
        ),
        new Promise<string>((done) => setTimeout(() => done('timeout'), ms)),
      ]),
    READY_TIMEOUT_MS,
  );
  if (outcome !== 'ready') throw new Error(`window.atlas.ready ${outcome === 'timeout' ? `did not resolve within ${READY_TIMEOUT_MS} ms` : outcome}${explain()}`);
}

/**
 * Wait for the map's next `idle` event (a repaint is triggered so that one comes
 * even when the map is idle already).
 * @param timeoutMs - how long to wait
 * @throws Error when the map does not become idle in time
 */
export async function waitForIdle(page: Page, timeoutMs = 20_000): Promise<void> {
  await page.evaluate(
    (ms) =>
      new Promise<void>((resolve, reject) => {
        const map = (window as unknown as AtlasWindow).atlas.map;
        const timer = setTimeout(() => reject(new Error(`map did not become idle within ${ms} ms`)), ms);
        map.once('idle', () => {
          clearTimeout(timer);
          resolve();
        });
        map.triggerRepaint();
      }),
    timeoutMs,
  );
}

export { readRenderedLabels } from './queries.ts';
