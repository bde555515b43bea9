// Part of `npm run bench:browser` (alone: `npx tsx scripts/browser-bench.ts --only planner`):
// what the planning AI costs in Chromium.
// - The adviser: for each of the player's first quarters, the time from the question to the
//   advice shown (the advice box's data-ms), the longest one worker took over its share of the
//   futures (data-worker-ms: what the planner itself costs), and the wait from the click to the
//   three moves shown. Twice: asked the moment the actions come up, and asked after a look at
//   the board of a few seconds, as a student would (once asked, the adviser works out each
//   later position's advice as it comes up, so after a look it is ready).
// - The `hard` difficulty, whose six AI seats plan on the page's thread: the wait from "End
//   your turn" to the next "Your actions", beside the same seed at `historical`, and the
//   longest task in that wait (the page frozen: no paint, no click answered).
// Animations are off, so the waits are the rules' and the AI's, not the board's tweens.
import type { BrowserContext, Page } from 'playwright-core';
import { toActions } from '../tests/browser/page-steps.ts';

const GAME = 'scenario=1922-full&faction=trotsky&play=1';

function stats(xs: number[]): { n: number; p50: number; p95: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
  return { n: s.length, p50: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? 0 };
}

async function openGame(context: BrowserContext, url: string, query: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() =>
    localStorage.setItem('heirs-of-lenin:settings:v1', JSON.stringify({ animSpeed: 'off' })),
  );
  await page.goto(`${url}?${query}`);
  return page;
}

/** A student's look at the board before he asks (ms). */
const LOOK_MS = 3_000;

async function adviser(context: BrowserContext, url: string, quarters: number, lookMs: number) {
  const page = await openGame(
    context,
    url,
    `${GAME}&seed=bench-adviser${lookMs ? '-look' : ''}&difficulty=historical`,
  );
  const answered: number[] = [];
  const inWorkers: number[] = [];
  const wait: number[] = [];
  let early = 0;
  for (let q = 0; q < quarters; q++) {
    await toActions(page);
    if (lookMs) await page.waitForTimeout(lookMs);
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Ask the adviser' }).click();
    await page.getByRole('heading', { name: /^The adviser would consider/ }).waitFor();
    wait.push(Date.now() - t0);
    const box = page.locator('.advice-box');
    answered.push(Number(await box.getAttribute('data-ms')));
    inWorkers.push(Number(await box.getAttribute('data-worker-ms')));
    if ((await box.getAttribute('data-early')) === '1') early += 1;
    await page.getByRole('button', { name: /^End your turn/ }).click();
  }
  await page.close();
  return {
    questionToAdviceMs: stats(answered),
    // The first question of the game is always worked out when asked; the later ones may be
    // ready before.
    firstQuestionMs: answered[0] ?? 0,
    laterQuestionsMs: stats(answered.slice(1)),
    workedOutBeforeAsked: early,
    slowestWorkerMs: stats(inWorkers),
    clickToMovesMs: stats(wait),
  };
}

/** The wait from "End your turn" to the next quarter's actions, quarter by quarter. */
async function quarterWaits(
  context: BrowserContext,
  url: string,
  difficulty: string,
  quarters: number,
) {
  const page = await openGame(context, url, `${GAME}&seed=bench-hard&difficulty=${difficulty}`);
  // The page's long tasks: while one runs, the page neither paints nor answers a click.
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  const waits: number[] = [];
  const frozen: number[] = [];
  await toActions(page);
  for (let q = 0; q < quarters; q++) {
    await page.evaluate(() => {
      (window as unknown as { longTasks: number[] }).longTasks.length = 0;
    });
    const t0 = Date.now();
    await page.getByRole('button', { name: /^End your turn/ }).click();
    await toActions(page);
    waits.push(Date.now() - t0);
    frozen.push(
      await page.evaluate(() =>
        Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks),
      ),
    );
  }
  await page.close();
  return { wait: stats(waits), longestFreeze: stats(frozen) };
}

/** `questions`: the adviser is asked once a quarter for that many quarters (at most 24). */
export async function plannerSpeed(context: BrowserContext, url: string, questions = 12) {
  if (!Number.isInteger(questions) || questions < 1 || questions > 24)
    throw new Error(`--questions: a whole number from 1 to 24, not ${questions}`);
  const quarters = 12;
  return {
    adviserAskedAtOnce: await adviser(context, url, questions, 0),
    [`adviserAskedAfter${LOOK_MS / 1000}sLook`]: await adviser(context, url, questions, LOOK_MS),
    quarterWaitMs: {
      historical: await quarterWaits(context, url, 'historical', quarters),
      hard: await quarterWaits(context, url, 'hard', quarters),
    },
  };
}
