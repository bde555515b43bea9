// The opposition's openings in the browser: in 1928 Bukharin can court a waverer from the move
// panel, sees the chance and what it costs before committing, and the result card and the saved
// game agree on what happened.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { GameState } from '../../src/sim/types.ts';
import { servedGame, shot, watchErrors } from './harness.ts';

const game = servedGame();

async function savedGame(page: Page): Promise<GameState> {
  const raw = await page.evaluate(() => {
    const keys = Object.keys(localStorage).filter((k) => k.startsWith('heirs-of-lenin:save:v1:'));
    keys.sort();
    return localStorage.getItem(keys[keys.length - 1]) ?? '';
  });
  return (JSON.parse(raw) as { snapshot: { context: { game: GameState } } }).snapshot.context.game;
}

/** Answer whatever comes first (events, briefings) until the player's actions are up. */
async function toActions(page: Page): Promise<void> {
  const actions = page.getByRole('heading', { name: /^Your actions/ });
  for (let i = 0; i < 40; i++) {
    if (await actions.isVisible()) return;
    const dialog = page.getByRole('dialog');
    if ((await dialog.count()) > 0) {
      const choices = dialog.getByRole('group', { name: 'Your choices' }).getByRole('button');
      const go = dialog.getByRole('button', { name: /^(Continue|Begin)/ });
      if ((await choices.count()) > 0) await choices.first().click();
      else if ((await go.count()) > 0) await go.first().click();
      continue;
    }
    const read = page.getByRole('button', { name: 'Read the event and answer' });
    if (await read.isVisible()) {
      await read.click();
      continue;
    }
    await page.waitForTimeout(300);
  }
  throw new Error('the player\u2019s actions never came up');
}

describe('the openings in the browser', () => {
  it('Bukharin courts a waverer in 1928: the preview names the chance and the cost, the result is recorded', async () => {
    const page = await game.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.url}?scenario=1928-grain-crisis&seed=openings&faction=bukharin`);
    await page.getByRole('button', { name: 'Begin the game' }).click();
    await toActions(page);
    const summary = page.locator('summary').filter({ hasText: /^Persuade \(/ });
    if (!(await summary.evaluate((el) => (el.parentElement as HTMLDetailsElement).open)))
      await summary.click();
    const court = page.getByRole('button', { name: /^Court Voroshilov, a waverer/ });
    await court.click();
    // The preview: its chance, Stalin's resentment, and what a won-over man does.
    const detail = page.locator(`#${await court.getAttribute('aria-controls')}`);
    await expect.poll(() => detail.isVisible()).toBe(true);
    const text = `${await court.textContent()} ${await detail.textContent()}`;
    expect(text).toMatch(/Stalin/);
    expect(text).toMatch(/votes with you whenever you and Stalin disagree/);
    expect(text).toMatch(/\d+%/);
    await shot(page, 'o01-court-preview');
    await page.getByRole('button', { name: /^Do it: Court Voroshilov/ }).click();
    const result = page.getByRole('region', {
      name: /^(It worked|It did not work): What happened: Court Voroshilov/,
    });
    await expect.poll(() => result.isVisible()).toBe(true);
    const saved = await savedGame(page);
    const last = saved.log.at(-1)!;
    expect(last.outcome).toMatchObject({ what: 'action', action: 'court' });
    const worked = last.outcome.what === 'action' && last.outcome.succeeded;
    expect(saved.figures.voroshilov.sympathy).toBe(worked ? 'bukharin' : null);
    await shot(page, 'o02-court-result');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
