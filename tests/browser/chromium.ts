/**
 * Launching Debian's Chromium for the browser tests. Never a Playwright
 * download: when the binary is missing the tests fail with a message saying
 * how to install it (scripts/ensure_chromium.sh does it before `npm test`).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Path of the Chromium binary; `CHROMIUM_PATH` overrides the Debian default. */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Quiet, offline-friendly flags shared by both launch modes.
const COMMON_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

// WebGL2 through SwiftShader: the machine has no GPU.
const WEBGL_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

// Checked with Chromium 156: each of `--disable-3d-apis` and
// `--disable-gpu --disable-software-rasterizer` alone removes webgl and
// webgl2; both together to be safe on other builds.
const NO_WEBGL_ARGS = ['--disable-gpu', '--disable-software-rasterizer', '--disable-3d-apis'];

/** Options of {@link launchChromium}. */
export interface LaunchOptions {
  /**
   * Whether WebGL is available (SwiftShader) or switched off entirely.
   * @defaultValue true
   */
  webgl?: boolean;
}

const defaultLaunchOptions: Required<LaunchOptions> = { webgl: true };

/**
 * Start a headless Chromium.
 * @param options - see {@link LaunchOptions}
 * @returns the browser; close it in `afterAll`
 * @throws Error naming {@link CHROMIUM_PATH} and the install command when the binary is missing
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const { webgl } = { ...defaultLaunchOptions, ...options };
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: the browser tests need Debian's chromium. ` +
        'Install it with `bash scripts/ensure_chromium.sh` (or `sudo apt-get install -y chromium`), ' +
        'or set CHROMIUM_PATH. Do not run `playwright install`.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...COMMON_ARGS, ...(webgl ? WEBGL_ARGS : NO_WEBGL_ARGS)],
  });
}
