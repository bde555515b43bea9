// The what-if lab's throughput, for `npm run bench:browser`: games per second in Chromium with
// one worker and with one per core, beside `heirs lab` in Node on the same machine and the
// same games (their counts must agree). Measured, never asserted.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { ROOT } from '../tests/browser/harness.ts';

const SCENARIO = process.env.LAB_SCENARIO ?? '1922-full';
const RUNS = Number(process.env.LAB_RUNS ?? 40);

interface BrowserRun {
  workers: number;
  seconds: number;
  gamesPerSecond: number;
  table: unknown;
}

async function inBrowser(
  context: BrowserContext,
  url: string,
  workers: number,
): Promise<BrowserRun> {
  const page = await context.newPage();
  await page.goto(`${url}lab.html?scenario=${SCENARIO}&runs=${RUNS}&seed=bench&workers=${workers}`);
  await page.getByRole('button', { name: 'Run the games' }).click();
  await page.waitForFunction(() => document.body.dataset.labState === 'done', null, {
    timeout: 600_000,
  });
  const seconds = Number(await page.evaluate(() => document.body.dataset.labSeconds));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as JSON' }).click();
  const json = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  await page.close();
  return {
    workers: json.workers,
    seconds: Math.round(seconds * 100) / 100,
    gamesPerSecond: Math.round((RUNS / seconds) * 10) / 10,
    table: json.setups[0].table,
  };
}

function inNode(): { seconds: number; gamesPerSecond: number; table: Record<string, unknown> } {
  const out = execFileSync(
    process.execPath,
    [
      join(ROOT, 'bin/heirs.js'),
      'lab',
      '--scenario',
      SCENARIO,
      '--runs',
      String(RUNS),
      '--seed',
      'bench',
      '--json',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  const { seconds, gamesPerSecond, ...table } = JSON.parse(out);
  return { seconds, gamesPerSecond, table };
}

export async function labThroughput(context: BrowserContext, url: string): Promise<unknown> {
  const cores = os.cpus().length;
  const load = () => os.loadavg().map((x) => Math.round(x * 10) / 10);
  const loadBefore = load();
  const node = inNode();
  const one = await inBrowser(context, url, 1);
  const all = await inBrowser(context, url, cores);
  return {
    command: `heirs lab --scenario ${SCENARIO} --runs ${RUNS} --seed bench`,
    cores,
    loadAverage: { before: loadBefore, after: load() },
    nodeGamesPerSecond: node.gamesPerSecond,
    browser: [one, all].map(({ workers, seconds, gamesPerSecond }) => ({
      workers,
      seconds,
      gamesPerSecond,
    })),
    sameCounts:
      JSON.stringify(one.table) === JSON.stringify(node.table) &&
      JSON.stringify(all.table) === JSON.stringify(node.table),
  };
}
