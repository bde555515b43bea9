// npm start: build the game if dist/ is missing or older than its sources, then serve dist/ on
// localhost and print the address. Works offline (a classroom): no network beyond localhost.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist', 'index.html');
const SOURCES = ['src', 'assets', 'scenarios', 'index.html', 'vite.config.ts', 'package.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

const builtAt = existsSync(dist) ? statSync(dist).mtimeMs : 0;
const sourcesAt = Math.max(...SOURCES.map((s) => newest(join(root, s))));
if (builtAt < sourcesAt) {
  console.log(builtAt ? 'Sources changed since the last build: building…' : 'No build yet: building…');
  await build({ root, logLevel: 'warn' });
}

const port = Number(process.env.PORT ?? 4173);
const server = await preview({ root, logLevel: 'warn', preview: { port, strictPort: false, host: '127.0.0.1', open: false } });
const url = server.resolvedUrls?.local?.[0] ?? `http://127.0.0.1:${port}/`;
console.log(`\nHeirs of Lenin is running at ${url}\nOpen it in a browser. Press Ctrl+C to stop.\n`);
