import { defineConfig } from 'vitest/config';
import { validateDataPlugin } from './scripts/vite_plugin_validate.ts';

export default defineConfig({
  base: './',
  // Bad data in geo/ fails `vite build` (and shows an overlay in dev) with file, feature and field.
  plugins: [validateDataPlugin()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // Data files stay files: an inlined data: URL would need `connect-src data:` in the CSP
    // (index.html) and could not be replaced by a test's route.
    assetsInlineLimit: (file: string) => (/\.(geo)?json$/.test(file) ? false : undefined),
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: ['tests/browser/**', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          // One Chromium at a time on a 2-core machine; the build is shared and slow to start.
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
