// Part of `npm run bench:browser`: the replay viewer's speed at the end of a whole game (the
// 1922 campaign, ~1,000 decisions). Opening = checking the file and keeping its checkpoints.
// A step = the click's handler (the game at that step from the nearest checkpoint, the board's
// model, the side panel) plus the next frame painted. Target: a step under 50 ms.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { builtinScenarios } from '../src/io/scenario.ts';
import { runGame, toReplay } from '../src/lab/run-game.ts';
import { checkpointsOf } from '../src/machine/replay.ts';

interface Timing {
  medianMs: number;
  worstMs: number;
  handlerMedianMs: number;
}

/** Click a button `times` times, timing each click to the next painted frame. */
async function timeClicks(page: Page, name: string, times: number): Promise<Timing> {
  // A string, not a function: tsx's helpers (__name) do not exist inside the page.
  const runs = (await page.evaluate(`(async () => {
    const button = document.querySelector('#viewer-bar button[aria-label="${name}"]');
    const bar = document.getElementById('viewer-bar');
    const out = [];
    for (let i = 0; i < ${times}; i++) {
      const t0 = performance.now();
      button.click();
      // The frame after the click: its paint is done when the next frame's callback runs.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      out.push([performance.now() - t0, Number(bar.dataset.ms)]);
    }
    return out;
  })()`)) as [number, number][];
  const total = runs.map((r) => r[0]).sort((a, b) => a - b);
  const handler = runs.map((r) => r[1]).sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    medianMs: round(total[Math.floor(total.length / 2)]),
    worstMs: round(total[total.length - 1]),
    handlerMedianMs: round(handler[Math.floor(handler.length / 2)]),
  };
}

export async function viewerSpeed(context: BrowserContext, url: string) {
  const scenario = builtinScenarios()[0];
  const run = runGame({
    scenario,
    seed: 'bench-viewer',
    options: { difficulty: 'historical', whatifs: [], faction: 'trotsky' },
  });
  const replay = toReplay(run.state, run.actions, { notes: run.notes });
  replay.checkpoints = checkpointsOf(scenario, replay);
  const file = join(mkdtempSync(join(tmpdir(), 'heirs-viewer-')), 'replay.json');
  writeFileSync(file, JSON.stringify(replay));
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('#watch-file', { state: 'attached', timeout: 30_000 });
  const t0 = Date.now();
  await page.setInputFiles('#watch-file', file);
  await page.waitForSelector('#viewer-bar', { timeout: 60_000 });
  const openMs = Date.now() - t0;
  await page.locator('#viewer-slider').fill(String(replay.actions.length));
  const back = await timeClicks(page, 'One decision back', 40);
  const forward = await timeClicks(page, 'One decision forward', 40);
  const quarterBack = await timeClicks(page, 'One quarter back', 10);
  await page.close();
  return {
    decisions: replay.actions.length,
    openMs,
    stepBackAtEnd: back,
    stepForwardAtEnd: forward,
    quarterBack,
  };
}
