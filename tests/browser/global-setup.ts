// The browser tests' one build: made once per run, before any browser test file starts, in a
// folder of its own (so two runs at once never serve each other's half-written files).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    dist: string;
  }
}

const ROOT = join(import.meta.dirname, '../..');

export default async function setup(project: TestProject): Promise<() => void> {
  mkdirSync(join(ROOT, 'test-output'), { recursive: true });
  const outDir = mkdtempSync(join(ROOT, 'test-output', 'browser-dist-'));
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  project.provide('dist', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
