/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { serviceWorker } from './scripts/vite-sw.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Phaser's stock ESM bundle cannot be tree-shaken (~357 kB gzip). 'phaser' resolves to a small
// entry (src/ui/phaser/phaser-custom.js) that requires only the Phaser modules the game uses,
// from phaser/src, and Phaser's build flags are fixed below: Canvas renderer only, no sound,
// no WebGL, no 3D camera or Facebook plugin. TypeScript still type-checks against phaser's types.
// The dev server keeps Phaser's stock ESM bundle: its dependency pre-bundler cannot handle
// phaser/src's circular CommonJS modules file by file. Builds (npm start, the browser tests,
// the bench) use the custom build.
/**
 * Phaser probes for WebGL when it loads (device/Features.js creates a WebGL context). The game
 * draws with the Canvas renderer only, and the probe cost 100–400 ms of start-up in Chromium
 * with SwiftShader, so the custom build skips it.
 */
const skipWebglProbe: Plugin = {
  name: 'heirs-skip-phaser-webgl-probe',
  apply: 'build',
  transform(code, id) {
    if (!id.replace(/\\/g, '/').endsWith('phaser/src/device/Features.js')) return null;
    const probe = 'Features.webGL = testWebGL();';
    if (!code.includes(probe))
      this.error('Phaser Features.js changed: the WebGL probe was not found');
    return { code: code.replace(probe, 'Features.webGL = false; isUint8 = true;'), map: null };
  },
};

export default defineConfig(({ command }) => ({
  base: './',
  plugins: [skipWebglProbe, serviceWorker({ examples: here('./scenarios/examples') })],
  resolve: {
    alias:
      command === 'build'
        ? [
            { find: /^phaser$/, replacement: here('./src/ui/phaser/phaser-custom.js') },
            { find: /^phaser-src\//, replacement: here('./node_modules/phaser/src/') },
          ]
        : [],
  },
  define: {
    'typeof CANVAS_RENDERER': 'true',
    'typeof WEBGL_RENDERER': 'false',
    'typeof WEBGL_DEBUG': 'false',
    'typeof EXPERIMENTAL': 'false',
    'typeof PLUGIN_CAMERA3D': 'false',
    'typeof PLUGIN_FBINSTANT': 'false',
    'typeof FEATURE_SOUND': 'false',
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
    // Two pages: the game, and the what-if lab (which needs no Phaser).
    rolldownOptions: { input: { main: here('./index.html'), lab: here('./lab.html') } },
  },
  // The lab's Web Workers are ES modules (loaded under the page's CSP as 'self').
  worker: { format: 'es' },
  // Two projects: `unit` runs in Node alone (no bundle built, no browser launched); `browser`
  // builds the game and drives Chromium. `vitest run` runs both, `--project <name>` one. Every
  // test under tests/browser/ belongs to `browser` unless it is pure (listed twice below), so a
  // new browser test can never slip into the unit run.
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'tests/*.test.ts',
            'tests/!(browser)/**/*.test.ts',
            'tests/browser/ui-model.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          exclude: ['tests/browser/ui-model.test.ts'],
          // One build for every browser test file, and one file at a time: each drives its own
          // Chromium, and two cores cannot run several without timing out.
          globalSetup: ['tests/browser/global-setup.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
}));
