/**
 * Builds the production app once and serves it on 127.0.0.1.
 *
 * Several browser test files run in separate workers, possibly at the same
 * time. The build goes to `node_modules/.cache/karafuto-browser/dist-<hash>`,
 * where the hash covers every input of the build (sources, data, config,
 * installed packages). The first worker takes a lock directory and builds;
 * the others wait for the `.built` marker and reuse the output. An unchanged
 * tree is not rebuilt on the next run either.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

/** Repository root. */
export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'karafuto-browser');
const LOCK_DIR = join(CACHE_DIR, 'lock');
const BUILT_MARKER = '.built';
const LOCK_WAIT_MS = 5 * 60_000;

// Not inputs of `vite build`; docs/ holds the screenshot this code writes.
const NOT_INPUTS = new Set(['node_modules', 'dist', 'test-results', 'tests', 'docs', 'bench', 'coverage']);

/** A running preview server of the built app. */
export interface AppServer {
  /** e.g. `http://127.0.0.1:41234/` (with the trailing slash). */
  url: string;
  /** Directory that was built and is served. */
  distDir: string;
  /** Stop the server. */
  close(): Promise<void>;
}

/**
 * Build the app unless an identical build is already cached.
 * @returns the absolute directory of the built app
 * @throws Error when `vite build` fails (its message is kept)
 */
async function ensureBuilt(): Promise<string> {
  const distDir = join(CACHE_DIR, `dist-${inputHash().slice(0, 16)}`);
  if (isBuilt(distDir)) return distDir;
  await withLock(async () => {
    if (isBuilt(distDir)) return; // another worker built it while we waited
    await viteBuild(distDir);
    writeFileSync(join(distDir, BUILT_MARKER), new Date().toISOString());
    removeOldBuilds(distDir);
  });
  return distDir;
}

/**
 * Build (or reuse) the app and serve it with Vite's `preview()` on a free port.
 * @returns the server; call `close()` in `afterAll`
 */
export async function startAppServer(): Promise<AppServer> {
  const distDir = await ensureBuilt();
  const server = await preview({
    root: ROOT,
    configFile: configFile(),
    logLevel: 'warn',
    build: { outDir: distDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address === 'string') throw new Error(`preview server has no TCP address: ${String(address)}`);
  return {
    url: `http://127.0.0.1:${address.port}/`,
    distDir,
    close: () => server.close(),
  };
}

function configFile(): string | false {
  const file = join(ROOT, 'vite.config.ts');
  return existsSync(file) ? file : false;
}

async function viteBuild(outDir: string): Promise<void> {
  // Vitest sets NODE_ENV=test, which would make Vite build a development
  // bundle; the tests must see what users get.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: ROOT,
      configFile: configFile(),
      mode: 'production',
      logLevel: 'warn',
      clearScreen: false,
      build: { outDir, emptyOutDir: true },
    });
  } catch (error) {
    throw new Error(`vite build of the app failed: ${(error as Error).message}`, { cause: error });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}

function isBuilt(distDir: string): boolean {
  return existsSync(join(distDir, BUILT_MARKER));
}

/** sha256 over the path and content of every build input. */
function inputHash(): string {
  const hash = createHash('sha256');
  for (const file of inputFiles(ROOT)) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  const installed = join(ROOT, 'node_modules', '.package-lock.json');
  if (existsSync(installed)) hash.update(readFileSync(installed));
  return hash.digest('hex');
}

function inputFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (dir === ROOT && NOT_INPUTS.has(entry.name)) continue;
      files.push(...inputFiles(path));
    } else if (entry.isFile()) {
      files.push(path);
    }
  }
  return files;
}

async function withLock(task: () => Promise<void>): Promise<void> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (isLockStale()) rmSync(LOCK_DIR, { recursive: true, force: true });
      else if (Date.now() - started > LOCK_WAIT_MS) throw new Error(`build lock ${LOCK_DIR} held for over ${LOCK_WAIT_MS} ms`);
      else await new Promise((done) => setTimeout(done, 250));
    }
  }
  try {
    writeFileSync(join(LOCK_DIR, 'pid'), String(process.pid));
    await task();
  } finally {
    rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

/** A lock whose owner process is gone (killed mid-build). */
function isLockStale(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(LOCK_DIR, 'pid'), 'utf8'));
  } catch {
    // Just created and the pid not written yet, unless it is old.
    try {
      return Date.now() - statSync(LOCK_DIR).mtimeMs > 10_000;
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Drop builds of other inputs older than an hour (a running server may still use a recent one). */
function removeOldBuilds(keep: string): void {
  for (const name of readdirSync(CACHE_DIR)) {
    const path = join(CACHE_DIR, name);
    if (!name.startsWith('dist-') || path === keep) continue;
    if (Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { recursive: true, force: true });
  }
}
