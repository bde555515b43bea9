// The adviser in the browser: off until asked; on request it thinks (in a Web Worker) and shows
// the three moves it would consider, each with its reason and the odds it found; the save
// keeps how often it was asked, for the report.
import { describe, expect, it } from 'vitest';
import { servedGame, shot, toActions, watchErrors } from './harness.ts';

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
});
