// What a first-time player met in a whole game of 1922-full as Trotsky at 1024×768, checked in
// the built game: a turn ended by its last action point opens the next quarter with that
// quarter's news only, and the top bar stays one line while "Skip animation" shows.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBallot } from '../../src/sim/turn.ts';
import { motionStillValid } from '../../src/sim/votes.ts';
import { savedGame, servedGame, shot, toActions, watchErrors } from './harness.ts';

const game = servedGame();

/**
 * A new page, watched for errors, at the start of 1922-full as Trotsky against historical rivals
 * (at 1024×768 when `small`), up to his first actions.
 */
async function trotskyGame(
  seed: string,
  size?: { width: number; height: number },
): Promise<{ page: Page; errors: string[] }> {
  const page = await game.context.newPage();
  const errors = watchErrors(page);
  if (size) await page.setViewportSize(size);
  await page.goto(
    `${game.url}?scenario=1922-full&seed=${seed}&faction=trotsky&difficulty=historical`,
  );
  await page.getByRole('button', { name: 'Begin the game' }).click();
  await toActions(page);
  return { page, errors };
}

/** Spend every action point on speeches (one point each), never pressing "End your turn". */
async function speakUntilNoPointsLeft(page: Page): Promise<void> {
  const persuade = page.locator('summary').filter({ hasText: /^Persuade \(/ });
  const actions = page.getByRole('heading', { name: /^Your actions/ });
  for (let i = 0; i < 10 && (await actions.isVisible()); i++) {
    if (!(await persuade.evaluate((el) => (el.parentElement as HTMLDetailsElement).open)))
      await persuade.click();
    const before = (await savedGame(page)).log.length;
    await page
      .getByRole('button', { name: /^Speak to the party in /, expanded: false })
      .first()
      .click();
    await page.getByRole('button', { name: /^Do it: Speak to the party in / }).click();
    await expect.poll(async () => (await savedGame(page)).log.length).toBeGreaterThan(before);
  }
}

describe('a first game of 1922-full as Trotsky', () => {
  it('opens the next quarter with its own news when the last action point ended the turn', async () => {
    const { page, errors } = await trotskyGame('playtest-news');
    const first = (await savedGame(page)).turn;
    await speakUntilNoPointsLeft(page);
    // Ballots and pauses until the next quarter's actions.
    await toActions(page);
    const now = await savedGame(page);
    expect(now.turn).toBe(first + 1);
    const news = page.getByRole('region', { name: 'News since your last turn' });
    await expect.poll(() => news.isVisible()).toBe(true);
    const text = (await news.textContent()) ?? '';
    // The first quarter's record (Lenin's first stroke, the Troika) was news a quarter ago.
    const old = now.log.filter((l) => l.turn === first && l.outcome.what === 'event');
    expect(old.length).toBeGreaterThan(0);
    for (const e of old) expect(text).not.toContain(e.text.slice(0, 40));
    // This quarter's record is there instead.
    const fresh = now.log.filter(
      (l) => l.turn === now.turn && l.outcome.what === 'event' && l.outcome.happened,
    );
    for (const e of fresh.slice(0, 3)) expect(text).toContain(e.text.slice(0, 40));
    await shot(page, 'p01-news-after-last-point');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  // 1024×768: a small laptop; 1280×800: a common one, where the bar used to wrap (the board
  // jumped down a line each time the board animated).
  for (const size of [
    { width: 1024, height: 768 },
    { width: 1280, height: 800 },
  ])
    it(`keeps the top bar on one line at ${size.width}×${size.height} while "Skip animation" shows`, async () => {
      const { page, errors } = await trotskyGame(`playtest-bar-${size.width}`, size);
      const bar = page.locator('#topbar');
      const oneLine = await bar.evaluate((el) => el.getBoundingClientRect().height);
      // The button shows while the board animates; show it as the page does, to measure the bar.
      await page.evaluate(() => {
        const skip = [...document.querySelectorAll<HTMLButtonElement>('#topbar button')].find(
          (b) => b.textContent === 'Skip animation',
        );
        if (skip) skip.hidden = false;
      });
      const skip = page.getByRole('button', { name: 'Skip animation' });
      await expect.poll(() => skip.isVisible()).toBe(true);
      // One line: every control's middle at the same height, and the bar no taller than before.
      const middles = await bar.locator(':scope > :not([hidden])').evaluateAll((els) =>
        els
          .map((e) => e.getBoundingClientRect())
          // The brand is hidden by CSS on a small screen, and the spacer has no height.
          .filter((r) => r.height > 0)
          .map((r) => r.top + r.height / 2),
      );
      expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(4);
      expect(await bar.evaluate((el) => el.getBoundingClientRect().height)).toBe(oneLine);
      await shot(page, `p02-topbar-${size.width}-skip`);
      expect(errors).toEqual([]);
      await page.close();
    }, 120_000);

  it('says what a motion does if it passes, before it is tabled and on the ballot', async () => {
    const { page, errors } = await trotskyGame('steel-hammer-970');
    await page
      .locator('summary')
      .filter({ hasText: /^Motions \(/ })
      .click();
    await page.getByRole('button', { name: /^Motion: Censure Stalin for factionalism/ }).click();
    await expect
      .poll(() => page.locator('.action-detail').first().textContent())
      .toContain('If it passes: Stalin loses prestige and his heat rises');
    await page.getByRole('button', { name: 'Cancel' }).click();
    // With this seed Zinoviev tables Trotsky's censure in the first quarter.
    await speakUntilNoPointsLeft(page);
    const ballot = page.getByRole('group', { name: 'Your ballot' });
    await expect.poll(() => ballot.isVisible(), { timeout: 15_000 }).toBe(true);
    await expect
      .poll(() => page.locator('#sidebar').textContent())
      .toContain('Censure Trotsky for factionalism');
    expect(await page.locator('#sidebar .if-passed').textContent()).toMatch(
      /^If it passes: you lose prestige and your heat rises/,
    );
    await shot(page, 'p03-ballot-if-passed');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('lists at the actions the motions rivals have already tabled, the player\u2019s censure first', async () => {
    const { page, errors } = await trotskyGame('steel-hammer-970');
    const card = page.getByRole('region', {
      name: 'Already tabled for the vote at the end of this quarter',
    });
    // Quarter by quarter, ending each turn at once, until a rival tables Trotsky's censure
    // before Trotsky moves.
    let against: string | null = null;
    for (let quarter = 0; quarter < 8 && against === null; quarter++) {
      await toActions(page);
      const game = await savedGame(page);
      const tabled = game.motions.filter(
        (m) => m.spec.kind === 'censure' && m.spec.target === 'trotsky',
      );
      if (tabled.length > 0) {
        await expect.poll(() => card.isVisible()).toBe(true);
        against = (await card.locator('li.important').first().textContent()) ?? '';
        break;
      }
      expect(await card.count()).toBe(game.motions.length > 0 ? 1 : 0);
      await page.getByRole('button', { name: /^End your turn/ }).click();
    }
    expect(against).toMatch(
      /^Censure Trotsky for factionalism, tabled by \w+ \u2014 aimed at you\.$/,
    );
    await shot(page, 'p04-tabled-against-you');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('says on the ballot when events have overtaken the motion', async () => {
    const { page, errors } = await trotskyGame('steel-hammer-970');
    await speakUntilNoPointsLeft(page);
    // With this seed three motions ask for Rabkrin in the first quarter: once it has gone to
    // one man, the others are ballots that cannot count.
    const ballot = page.getByRole('group', { name: 'Your ballot' });
    const note = page.locator('#sidebar .overtaken');
    const summary = page.getByRole('dialog', { name: /^Quarter summary/ });
    let overtaken = 0;
    let valid = 0;
    for (let i = 0; i < 20; i++) {
      await expect
        .poll(async () => (await ballot.isVisible()) || (await summary.isVisible()), {
          timeout: 15_000,
        })
        .toBe(true);
      if (await summary.isVisible()) break;
      const saved = await savedGame(page);
      const open = openBallot(saved);
      if (!open) throw new Error('a ballot is shown, but none is open in the saved game');
      if (motionStillValid(saved, open.motion)) {
        valid++;
        expect(await note.count()).toBe(0);
        expect(await page.locator('#sidebar .if-passed').count()).toBe(1);
      } else {
        overtaken++;
        expect(await note.textContent()).toBe(
          'Events have overtaken this motion: it will be withdrawn, whatever anyone votes.',
        );
        // No "If it passes: …" beside it: it cannot pass.
        expect(await page.locator('#sidebar .if-passed').count()).toBe(0);
        await shot(page, 'p05-ballot-overtaken');
      }
      const before = saved.log.length;
      await ballot.getByRole('button', { name: 'Abstain' }).click();
      await expect.poll(async () => (await savedGame(page)).log.length).toBeGreaterThan(before);
    }
    expect(valid).toBeGreaterThan(0);
    expect(overtaken).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('never leaves a full stop alone at the start of a line after a glossary term', async () => {
    const page = await game.context.newPage();
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(game.url);
    await page.getByText('How to play (one minute)').click();
    const list = page.locator('details', { hasText: 'How to play (one minute)' }).locator('li');
    await expect.poll(() => list.first().isVisible()).toBe(true);
    // Every item that ends with a term and a full stop: the stop sits on the term's line.
    const misplaced = await list.evaluateAll((items) =>
      items.flatMap((li) => {
        const text = li.textContent ?? '';
        const terms = li.querySelectorAll('button.term');
        const term = terms[terms.length - 1];
        if (!term || !text.trim().endsWith('.')) return [];
        // The last character of the item, wherever it sits (glued into a span or not).
        const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT);
        let node: Text | null = null;
        for (let n = walker.nextNode(); n; n = walker.nextNode())
          if (n.textContent) node = n as Text;
        if (!node) return [];
        const range = document.createRange();
        const end = (node.textContent ?? '').length;
        range.setStart(node, end - 1);
        range.setEnd(node, end);
        const stop = range.getBoundingClientRect();
        const word = term.getBoundingClientRect();
        // Only an item whose last words are that term: "… elect the Central Committee."
        if (!text.trim().endsWith(`${term.textContent}.`)) return [];
        return Math.abs(stop.top - word.top) > 3 ? [text.slice(-40)] : [];
      }),
    );
    expect(misplaced).toEqual([]);
    await shot(page, 'p06-how-to-play-1024');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
