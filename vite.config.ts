/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Phaser's stock ESM bundle cannot be tree-shaken (~357 kB gzip). 'phaser' resolves to a small
// entry (src/ui/phaser/phaser-custom.js) that requires only the Phaser modules the game uses,
// from phaser/src, and Phaser's build flags are fixed below: Canvas renderer only, no sound,
// no WebGL, no 3D camera or Facebook plugin. TypeScript still type-checks against phaser's types.
// The dev server keeps Phaser's stock ESM bundle: its dependency pre-bundler cannot handle
// phaser/src's circular CommonJS modules file by file. Builds (npm start, the browser tests,
// the bench) use the custom build.
export default defineConfig(({ command }) => ({
  base: './',
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
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
}));
