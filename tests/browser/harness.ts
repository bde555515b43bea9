// Shared by the browser tests: build the game with vite's JS API, serve it on a free localhost
// port, and drive Debian's Chromium through playwright-core (never a downloaded browser).
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SHOTS = join(ROOT, 'test-output/screenshots');

export function chromiumPath(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && !existsSync(fromEnv)) {
    throw new Error(
      `CHROME_PATH is set to ${fromEnv}, which does not exist. Point it at a Chromium or Chrome ` +
        "binary, or unset it and install Debian's Chromium: sudo apt-get install -y chromium",
    );
  }
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'The browser tests need Chromium, and none was found (looked at $CHROME_PATH, /usr/bin/chromium, ' +
        '/usr/bin/chromium-browser). Install it with: sudo apt-get install -y chromium ' +
        '(or set CHROME_PATH to a Chromium or Chrome binary).',
    );
  }
  return found;
}

/** Start each run with an empty screenshot folder, so no stale picture is mistaken for new. */
export function clearShots(): void {
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
}

/** The game as built once for this run by tests/browser/global-setup.ts. */
export async function buildGame(): Promise<string> {
  return inject('dist');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
};

export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) =>
        res
          .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
          .end(body),
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export async function launch(
  viewport = { width: 1366, height: 768 },
  extraArgs: string[] = [],
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'heirs-chromium-')), {
    executablePath: chromiumPath(),
    headless: true,
    viewport,
    acceptDownloads: true,
    args: [
      '--no-sandbox',
      '--disable-quic',
      '--disable-sync',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}

/** Collect console errors and uncaught exceptions of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  return errors;
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** The accessible-ish name of the focused element: aria-label, else its text. */
export async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    return (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** Press Tab until the focused control's name matches (keyboard only, like a player would). */
export async function tabTo(page: Page, name: RegExp, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (name.test(await focusedName(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached a control named ${name} (last: ${await focusedName(page)})`);
}

/** Wait until the board has finished animating (the page marks it on <body>). */
export async function boardStill(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.body.dataset.animating !== '1'), { timeout: 15_000 })
    .toBe(true);
}

/** Wait until the canvas has been fitted to its box again after a resize (or the panel hid). */
export async function canvasFitted(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const canvas = document.querySelector('#stage canvas');
          const stage = document.getElementById('stage');
          if (!canvas || !stage) return false;
          const c = canvas.getBoundingClientRect();
          return (
            Math.abs(c.width - stage.clientWidth) < 2 && Math.abs(c.height - stage.clientHeight) < 2
          );
        }),
      { timeout: 15_000 },
    )
    .toBe(true);
  await boardStill(page);
}

/**
 * The usual setup of a browser test file: the built game served on localhost and one Chromium.
 * Read `url` and `context` inside the tests (they are set before the first runs).
 */
export function servedGame(): { url: string; context: BrowserContext } {
  const handle = { url: '', context: undefined as unknown as BrowserContext };
  let close: (() => Promise<void>) | null = null;
  beforeAll(async () => {
    chromiumPath();
    const server = await serve(await buildGame());
    close = server.close;
    handle.url = server.url;
    handle.context = await launch();
  }, 120_000);
  afterAll(async () => {
    await handle.context?.close();
    await close?.();
  });
  return handle;
}

export { clickOrLookAgain, playOnUntil, savedGame, toActions } from './page-steps.ts';
