// How long a thoughtful quarter takes, estimated by a scripted walk-through (docs/ui-notes.md,
// "Time for a thoughtful quarter"): plays a class link (&play=1) at 1024×768 the way a careful
// student would — reads every dialog, ballot and the news, opens three groups of actions and
// looks at two actions in each before choosing one — and counts the words of everything opened
// (folded parts left shut) and every click. It is an estimate from counted words, not a timed
// child.
//   npx tsx scripts/quarter-walkthrough.ts [quarters=5] [query]
// query defaults to scenario=1926-lesson&seed=walk-2&faction=trotsky&difficulty=historical.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { build } from 'vite';
import { launch, ROOT, serve } from '../tests/browser/harness.ts';

const QUARTERS = Number(process.argv[2] ?? 5);
const QUERY =
  process.argv[3] ?? 'scenario=1926-lesson&seed=walk-2&faction=trotsky&difficulty=historical';
/** Reading speeds assumed for a 15-year-old: careful silent reading of dense text, skimming. */
const CAREFUL_WPM = [150, 200] as const;
const SKIM_WPM = 400;
/** Seconds to decide, on top of reading: a ballot, an event answer, choosing an action. */
const DECIDE_S = { ballot: [8, 12], event: [15, 25], action: [15, 25] } as const;

type Kind = 'careful' | 'skim';
interface Quarter {
  careful: number;
  skim: number;
  clicks: number;
  ballots: number;
  events: number;
  actions: number;
}

const words = (t: string) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The text a reader sees: folded <details> keep only their summary line. */
const shownText = (loc: Locator) =>
  loc.evaluate((el) => {
    const c = el.cloneNode(true) as HTMLElement;
    c.querySelectorAll('details:not([open]) > :not(summary)').forEach((x) => x.remove());
    return c.innerText;
  });

async function walk(page: Page): Promise<Quarter[]> {
  const quarters: Quarter[] = [];
  let q = newQuarter();
  const read = (kind: Kind, text: string) => (q[kind] += words(text));
  const click = async (loc: Locator) => {
    q.clicks += 1;
    await loc.click();
  };
  const ballot = page.getByRole('group', { name: 'Your ballot' });
  const actionsHeading = page.getByRole('heading', { name: /^Your actions/ });
  // Dialogs and ballots until the player's actions (false: the game is over).
  const settle = async (): Promise<boolean> => {
    for (let i = 0; i < 100; i++) {
      await page.waitForTimeout(250);
      const dialog = page.getByRole('dialog');
      if ((await dialog.count()) === 0) {
        if (await ballot.isVisible()) {
          const text = await ballot.evaluate((el) => el.parentElement?.innerText ?? '');
          read('careful', text);
          q.ballots += 1;
          const against = /Trotsky|Zinoviev|Kamenev|opposition/i.test(text);
          await click(ballot.getByRole('button', { name: against ? 'Vote no' : 'Vote yes' }));
        } else if (await actionsHeading.isVisible()) return true;
        else if (await page.locator('#over-screen').isVisible()) return false;
        continue;
      }
      const title = (await dialog.getByRole('heading').first().textContent()) ?? '';
      const text = await shownText(dialog);
      // The quarter's summary (vote tables) is skimmed; everything else is read.
      read(/^Quarter summary/.test(title) ? 'skim' : 'careful', text);
      const choices = dialog.getByRole('group', { name: 'Your choices' }).getByRole('button');
      const n = await choices.count();
      if (n > 0) {
        q.events += 1;
        await click(choices.nth(n > 1 ? 1 : 0));
      } else await click(dialog.getByRole('button', { name: /^(Continue|Begin|Close)/ }).first());
    }
    throw new Error('the walk-through got stuck');
  };
  const groups = [/^Persuade \(/, /^The party machine \(/, /^Alliances \(/, /^Motions \(/];
  if (!(await settle())) return quarters;
  // The briefing card is read once, before the first quarter: not counted in any quarter.
  q = newQuarter();
  for (let n = 1; n <= QUARTERS; n++) {
    const news = page.getByRole('region', { name: 'News since your last turn' });
    if (await news.isVisible()) read('careful', await news.innerText());
    for (let a = 0; a < 3; a++) {
      const ap = Number(/(\d+) AP left/.exec((await actionsHeading.textContent()) ?? '')?.[1]);
      if (!ap) break;
      const summary = page.locator('summary').filter({ hasText: groups[(a + n) % groups.length] });
      if ((await summary.count()) === 0) continue;
      if (!(await summary.first().evaluate((el) => (el.parentElement as HTMLDetailsElement).open)))
        await click(summary.first());
      const group = summary.first().locator('xpath=..');
      read('skim', await group.innerText());
      // Look at two actions, then take the second (or the only one).
      const options = group.getByRole('button', { expanded: false });
      const count = Math.min(2, await options.count());
      for (let k = 0; k < count; k++) {
        const option = options.nth(k);
        if ((await option.getAttribute('aria-disabled')) === 'true') continue;
        await click(option);
        const detail = page.locator('.action-detail').last();
        if (await detail.isVisible()) read('careful', await detail.innerText());
        const doIt = page.getByRole('button', { name: /^Do it/ });
        if (k === count - 1 && (await doIt.isVisible())) {
          await click(doIt);
          q.actions += 1;
          const result = page.getByRole('region', { name: /What happened/ }).first();
          await result.waitFor({ timeout: 10_000 }).catch(() => undefined);
          if (await result.isVisible()) read('careful', await result.innerText());
        } else {
          const cancel = page.getByRole('button', { name: 'Cancel' });
          if (await cancel.isVisible()) await click(cancel);
        }
      }
    }
    const end = page.getByRole('button', { name: /^End your turn/ });
    if ((await page.getByRole('dialog').count()) === 0 && (await end.isVisible())) await click(end);
    // The quarter's end (ballots, moments, summary) and the next one's events belong to it.
    const more = await settle();
    quarters.push(q);
    q = newQuarter();
    if (!more) break;
  }
  return quarters;
}

function newQuarter(): Quarter {
  return { careful: 0, skim: 0, clicks: 0, ballots: 0, events: 0, actions: 0 };
}

function minutes(q: Quarter): [number, number] {
  const decide = (i: 0 | 1) =>
    q.ballots * DECIDE_S.ballot[i] + q.events * DECIDE_S.event[i] + q.actions * DECIDE_S.action[i];
  const low = q.careful / CAREFUL_WPM[1] + q.skim / SKIM_WPM + decide(0) / 60;
  const high = q.careful / CAREFUL_WPM[0] + q.skim / SKIM_WPM + decide(1) / 60;
  return [low, high];
}

async function main(): Promise<void> {
  mkdirSync(join(ROOT, 'test-output'), { recursive: true });
  const dist = mkdtempSync(join(ROOT, 'test-output', 'walk-dist-'));
  await build({ root: ROOT, logLevel: 'error', build: { outDir: dist, emptyOutDir: true } });
  const server = await serve(dist);
  const context = await launch({ width: 1024, height: 768 });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}?${QUERY}&play=1`);
    const quarters = await walk(page);
    console.log('quarter  careful  skimmed  clicks  ballots  events  actions  minutes');
    quarters.forEach((q, i) => {
      const [lo, hi] = minutes(q);
      console.log(
        `${String(i + 1).padStart(7)}  ${String(q.careful).padStart(7)}  ${String(q.skim).padStart(7)}  ${String(q.clicks).padStart(6)}  ${String(q.ballots).padStart(7)}  ${String(q.events).padStart(6)}  ${String(q.actions).padStart(7)}  ${lo.toFixed(1)}–${hi.toFixed(1)}`,
      );
    });
  } finally {
    await context.close();
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  }
}

await main();
