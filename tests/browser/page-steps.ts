// Steps through the served game that tests and browser benchmarks share. No Vitest here, so
// scripts can use it too (tests/browser/harness.ts re-exports it for the tests).
import type { Locator, Page } from 'playwright-core';
import type { GameState } from '../../src/sim/types.ts';

/** The game in the newest save of the page (the game saves itself after every move). */
export async function savedGame(page: Page): Promise<GameState> {
  const raw = await page.evaluate(() => {
    const keys = Object.keys(localStorage).filter((k) => k.startsWith('heirs-of-lenin:save:v1:'));
    keys.sort();
    return localStorage.getItem(keys[keys.length - 1]) ?? '';
  });
  return (JSON.parse(raw) as { snapshot: { context: { game: GameState } } }).snapshot.context.game;
}

/**
 * Click, or give up after a moment and let the caller look again. A step is chosen from what
 * the page shows, but an event dialog can open between the look and the click (the game moves
 * on by itself between quarters): a plain click then waits its full 30 s behind the modal
 * dialog and fails the test. Giving up quickly lets the loop answer the dialog instead.
 */
export async function clickOrLookAgain(target: Locator): Promise<void> {
  try {
    await target.click({ timeout: 2_000 });
  } catch (e) {
    if ((e as Error).name !== 'TimeoutError') throw e;
  }
}

/**
 * Answer whatever stands before the player's actions (the briefing, events: the first choice or
 * Continue; ballots: abstain; a closed event, summary or congress card: reopen it) until his
 * actions are up. Tests with their own answers to give (classroom, feedback) have their own.
 */
export async function toActions(page: Page): Promise<void> {
  const actions = page.getByRole('heading', { name: /^Your actions/ });
  for (let i = 0; i < 400; i++) {
    // The actions looked for first, the dialogs after: the briefing opens in the same moment
    // as the first actions show, so a look at the dialogs before the actions could miss it.
    const actionsUp = await actions.isVisible();
    // A dialog first: the briefing or an event may stand over the actions.
    const dialog = page.getByRole('dialog');
    // A dialog may be due once the board has finished its animations (data-dialog-due).
    const due = await page.evaluate(() => document.body.dataset.dialogDue === '1');
    if (actionsUp && !due && (await dialog.count()) === 0) return;
    if ((await dialog.count()) > 0) {
      const choices = dialog.getByRole('group', { name: 'Your choices' }).getByRole('button');
      const go = dialog.getByRole('button', { name: /^(Continue|Begin)/ });
      if ((await choices.count()) > 0) await clickOrLookAgain(choices.first());
      else if ((await go.count()) > 0) await clickOrLookAgain(go.first());
      continue;
    }
    const abstain = page.getByRole('button', { name: 'Abstain' });
    if (await abstain.isVisible()) {
      await clickOrLookAgain(abstain);
      continue;
    }
    const reopen = page.getByRole('button', {
      name: /Read the event and answer|Show the quarter summary|Show the congress results/,
    });
    if (await reopen.isVisible()) {
      await clickOrLookAgain(reopen);
      continue;
    }
    await page.waitForTimeout(20);
  }
  throw new Error('the player\u2019s actions never came up');
}

/**
 * Play on as a passive player (the first answer to each event, Continue, abstain on every
 * ballot, end each turn) until `reached` holds; `look` runs before each step, for what a test
 * wants to catch on the way. Throws if the game ends first or the step budget runs out.
 */
export async function playOnUntil(
  page: Page,
  reached: () => Promise<boolean>,
  look: () => Promise<void> = async () => {},
  steps = 600,
): Promise<void> {
  const dialog = page.getByRole('dialog');
  for (let i = 0; i < steps; i++) {
    if (await reached()) return;
    await look();
    const choices = dialog.getByRole('group', { name: 'Your choices' }).getByRole('button');
    const go = dialog.getByRole('button', { name: /^(Continue|Begin)/ });
    const abstain = page.getByRole('button', { name: 'Abstain' });
    const end = page.getByRole('button', { name: /^End your turn/ });
    const reopen = page.getByRole('button', {
      name: /Read the event and answer|Show the quarter summary|Show the congress results/,
    });
    if ((await dialog.count()) > 0) {
      if ((await choices.count()) > 0) await clickOrLookAgain(choices.first());
      else if ((await go.count()) > 0) await clickOrLookAgain(go.first());
    } else if (await abstain.isVisible()) await clickOrLookAgain(abstain);
    else if (await reopen.isVisible()) await clickOrLookAgain(reopen);
    else if (await end.isVisible()) await clickOrLookAgain(end);
    else await page.waitForTimeout(20);
    const phase = (await savedGame(page).catch(() => null))?.phase;
    if (phase === 'over') throw new Error('the game ended before the moment the test waits for');
  }
  if (!(await reached())) throw new Error(`the moment never came in ${steps} steps`);
}
