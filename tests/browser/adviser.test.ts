// The adviser in the browser: off until asked; on request it thinks (in a Web Worker) and shows
// the three moves it would consider, each with its reason and the odds it found; the save
// keeps how often it was asked, for the report. And the `hard` rivals, who plan their moves in
// the same workers: the page stays free while they think, and they make the moves Node makes.
import { describe, expect, it } from 'vitest';
import { findBuiltinScenario } from '../../src/io/scenario.ts';
import { advise } from '../../src/ai/advice.ts';
import { GameDriver, runFuture } from '../../src/machine/driver.ts';
import { createGame, stateHash } from '../../src/sim/index.ts';
import { view } from '../../src/sim/view.ts';
import type { Action, GameState } from '../../src/sim/types.ts';
import { savedGame, servedGame, shot, toActions, watchErrors } from './harness.ts';

const game = servedGame();

describe('the adviser', () => {
  it('shows three moves with reasons and odds when asked, and the save counts the question', async () => {
    const page = await game.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.url}?scenario=1922-full&seed=adviser&faction=trotsky`);
    await page.getByRole('button', { name: 'Begin the game' }).click();
    await toActions(page);
    const box = page.getByRole('region', { name: 'The adviser' });
    // Off by default: nothing is advised until the player asks.
    expect(await box.getByRole('listitem').count()).toBe(0);
    const started = Date.now();
    await box.getByRole('button', { name: 'Ask the adviser' }).click();
    const heading = box.getByRole('heading', { name: /^The adviser would consider these 3 moves/ });
    await expect.poll(() => heading.isVisible(), { timeout: 30_000 }).toBe(true);
    const waited = Date.now() - started;
    const moves = box.getByRole('listitem');
    expect(await moves.count()).toBe(3);
    const odds = await box.locator('.advice-odds').allTextContents();
    // The odds are said in full once; each move says its rank and what set it apart.
    expect(odds[0]).toMatch(
      /^In \d+ futures I tried, looking \d quarters? ahead, this kept you in the Politburo in (none|every one|\d+%) of them/,
    );
    expect(new Set(odds).size).toBe(3);
    odds.forEach((o, i) => expect(o).toContain(`My ${['first', 'second', 'third'][i]} choice`));
    for (const text of await moves.allTextContents()) {
      // A reason in words, besides the move's name and the odds.
      expect(text.length).toBeGreaterThan(90);
    }
    await shot(page, 'a01-adviser');
    console.log(`the adviser answered in ${waited} ms (click to three moves shown)`);
    // The save (written when the question was asked) counts it.
    const counts = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.includes('heirs'))
        .map((k) => {
          try {
            return (
              (
                JSON.parse(localStorage.getItem(k) ?? '{}') as {
                  snapshot?: { adviceAsked?: number };
                }
              ).snapshot?.adviceAsked ?? null
            );
          } catch {
            return null;
          }
        })
        .filter((n) => n !== null),
    );
    expect(counts).toContain(1);
    // A move clears the advice: it belonged to the position before.
    await page.getByRole('button', { name: /^End your turn/ }).click();
    await expect.poll(() => heading.count(), { timeout: 15_000 }).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works out the advice when the player points at the button, and once asked, each later position\u2019s before the question: Node\u2019s advice, at once', async () => {
    const page = await game.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.url}?scenario=1922-full&seed=adviser-early&faction=trotsky`);
    await page.getByRole('button', { name: 'Begin the game' }).click();
    await toActions(page);
    const box = page.getByRole('region', { name: 'The adviser' });
    const heading = box.getByRole('heading', { name: /^The adviser would consider/ });
    // Not asked yet: nothing is worked out for the player's positions.
    await page.waitForTimeout(1_500);
    expect(await box.getAttribute('data-advice-ready')).toBeNull();
    // Pointing at the button starts it: the question after that finds it ready.
    await box.getByRole('button', { name: 'Ask the adviser' }).hover();
    await expect.poll(() => box.getAttribute('data-advice-ready'), { timeout: 30_000 }).toBe('1');
    await box.getByRole('button', { name: 'Ask the adviser' }).click();
    await expect.poll(() => heading.isVisible(), { timeout: 5_000 }).toBe(true);
    expect(await box.getAttribute('data-early')).toBe('1');
    // The next position: its advice is worked out while the player looks at the board.
    await page.getByRole('button', { name: /^End your turn/ }).click();
    await toActions(page);
    await expect.poll(() => box.getAttribute('data-advice-ready'), { timeout: 30_000 }).toBe('1');
    expect(await heading.count()).toBe(0);
    const state = await savedGame(page);
    const decisions = await page.evaluate(() => {
      const keys = Object.keys(localStorage).filter((k) => k.startsWith('heirs-of-lenin:save:v1:'));
      keys.sort();
      const save = JSON.parse(localStorage.getItem(keys[keys.length - 1]) ?? '{}') as {
        snapshot: { context: { actions: unknown[] } };
      };
      return save.snapshot.context.actions.length;
    });
    await box.getByRole('button', { name: 'Ask the adviser' }).click();
    await expect.poll(() => heading.isVisible(), { timeout: 5_000 }).toBe(true);
    expect(await box.getAttribute('data-early')).toBe('1');
    // Shown at once: the wait is the page's, not the planner's.
    expect(Number(await box.getAttribute('data-ms'))).toBeLessThan(200);
    // The same advice the question would have had: the position's seed, the player's view.
    const shown = await box.getByRole('listitem').locator('strong').allTextContents();
    const inNode = advise(
      view(state, 'trotsky', { withLog: false }),
      `${state.seed}|${decisions}|trotsky`,
      runFuture,
    );
    expect(shown).toEqual(inNode.moves.map((m) => m.title));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets the hard rivals think in its workers, says so, and their moves are Node\u2019s', async () => {
    const page = await game.context.newPage();
    const errors = watchErrors(page);
    // What the move panel says while the rivals think (it may show only for a moment), from
    // the page's first paint.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { thinking: string[] }).thinking = seen;
      // And what the live region tells a screen reader while a rival thinks.
      const spoken: string[] = [];
      (window as unknown as { spokenWhileThinking: string[] }).spokenWhileThinking = spoken;
      new MutationObserver(() => {
        for (const el of document.querySelectorAll('.rival-thinking, .phase'))
          if (!seen.includes(el.textContent ?? '')) seen.push(el.textContent ?? '');
        const live = document.getElementById('live')?.textContent ?? '';
        if (document.querySelector('.rival-thinking') && live) spoken.push(live);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(
      `${game.url}?scenario=1922-full&seed=hard-rivals&faction=trotsky&difficulty=hard`,
    );
    await page.getByRole('button', { name: 'Begin the game' }).click();
    await toActions(page);
    // Stalin moves before Trotsky in this game's first quarter: the board opens while he
    // thinks in the workers (before, his plan froze the page as it opened).
    const atStart = await page.evaluate(
      () => (window as unknown as { thinking: string[] }).thinking,
    );
    expect(atStart).toContain('Stalin is weighing his move\u2026');
    // The top bar says so too, not "Your actions", until his move is in.
    expect(atStart).toContain('Rivals moving');
    expect(atStart.indexOf('Rivals moving')).toBeLessThan(atStart.indexOf('Your actions'));
    // Nor is the player told it is his turn while Stalin thinks.
    const spoken = await page.evaluate(
      () => (window as unknown as { spokenWhileThinking: string[] }).spokenWhileThinking,
    );
    for (const words of spoken) expect(words).not.toMatch(/Your actions/);
    for (let quarter = 0; quarter < 2; quarter++) {
      await page.getByRole('button', { name: /^End your turn/ }).click();
      await toActions(page);
    }
    const thinking = await page.evaluate(
      () => (window as unknown as { thinking: string[] }).thinking,
    );
    // The top bar says whose turn it is not, and the move panel names the rival thinking.
    expect(thinking).toContain('Rivals moving');
    const rivals = thinking.filter((line) => line.endsWith('is weighing his move\u2026'));
    expect(rivals.length).toBeGreaterThan(0);
    for (const line of rivals) expect(line).toMatch(/^[A-Z][a-z]+ is weighing his move\u2026$/);
    // The game the page saved is the game Node plays from the same seed and the same moves of
    // the player's: every rival's planned move worked out in the workers is the one Node
    // works out on its own thread.
    const saved = await page.evaluate(() => {
      const keys = Object.keys(localStorage).filter((k) => k.startsWith('heirs-of-lenin:save:v1:'));
      return keys.map((k) => localStorage.getItem(k) ?? '');
    });
    const context = saved
      .map(
        (raw) =>
          (JSON.parse(raw) as { snapshot: { context: { game: GameState; actions: Action[] } } })
            .snapshot.context,
      )
      .find((c) => c.game.seed === 'hard-rivals');
    if (!context) throw new Error('the hard game was not saved');
    const scenario = findBuiltinScenario('1922-full');
    if (!scenario.ok) throw new Error(scenario.error.what);
    const driver = new GameDriver(createGame(scenario.value, 'hard-rivals', context.game.options), [
      'trotsky',
    ]);
    for (const action of context.actions) if (action.actor === 'trotsky') driver.play(action);
    expect(driver.actions).toEqual(context.actions);
    expect(stateHash(driver.game)).toBe(stateHash(context.game));
    driver.stop();
    expect(errors).toEqual([]);
    await page.close();
  });
});
