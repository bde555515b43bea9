// Hot-seat (issue 12): two people at one screen. When the move passes from one to the other,
// the board and the last player's panels are hidden, and nothing private of his stays in the
// page until the next confirms; then the board shows the next player's own view.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedGame, shot, watchErrors } from './harness.ts';

const game = servedGame();

const handoff = (page: Page) => page.getByRole('heading', { name: /^Pass the screen to / });

/** Play the seat at the screen until the screen must pass: first choices, abstain, end turn. */
async function playUntilHandoff(page: Page): Promise<string> {
  for (let i = 0; i < 80; i++) {
    if (await handoff(page).isVisible()) return (await handoff(page).textContent()) ?? '';
    const dialog = page.getByRole('dialog');
    if ((await dialog.count()) > 0) {
      const buttons = dialog.getByRole('button');
      const choose = dialog.getByRole('radio');
      if ((await choose.count()) > 0) await choose.first().check();
      const names = await buttons.allTextContents();
      const go = names.findIndex((n) => /Continue|Confirm|Answer|Choose|Begin|OK/i.test(n));
      await buttons.nth(go >= 0 ? go : names.length - 1).click();
      continue;
    }
    const end = page.getByRole('button', { name: /^End your turn/ });
    if (await end.isVisible()) {
      await end.click();
      continue;
    }
    const abstain = page.getByRole('button', { name: /^Abstain/ });
    if (await abstain.isVisible()) {
      await abstain.click();
      continue;
    }
    await page.waitForFunction(() => true, null, { timeout: 500 }).catch(() => undefined);
    await expect
      .poll(
        async () =>
          (await handoff(page).isVisible()) ||
          (await page.getByRole('dialog').count()) > 0 ||
          (await end.isVisible()) ||
          (await abstain.isVisible()),
        { timeout: 20_000 },
      )
      .toBe(true);
  }
  throw new Error('the screen never passed to the other player');
}

describe('hot-seat', () => {
  it('passes the screen between two players, hiding the last one\u2019s view', async () => {
    const page = await game.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.url}?scenario=1926-united-opposition&seed=hotseat&faction=trotsky`);
    await page.getByRole('checkbox', { name: 'Zinoviev' }).check();
    await page.getByRole('button', { name: 'Begin the game' }).click();
    const title = await playUntilHandoff(page);
    const next = title.replace('Pass the screen to ', '');
    expect(['Trotsky', 'Zinoviev']).toContain(next);
    await shot(page, 'h01-handoff');
    // Nothing of the last player's stays in the page: panels empty, board hidden, no dialog.
    expect(await page.locator('#sidebar').isHidden()).toBe(true);
    expect((await page.locator('#sidebar').textContent())?.trim() ?? '').not.toMatch(
      /Your actions|News since|Board in words.*\(you\)/,
    );
    expect(await page.locator('#stage').isHidden()).toBe(true);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect((await page.locator('body').textContent()) ?? '').not.toMatch(
      /\u2014 you|your estimate|News since/,
    );
    // The next player confirms: the board is his, and his panels name him.
    await page.getByRole('button', { name: `I am ${next}: show my board` }).click();
    await expect.poll(() => page.locator('#stage').isVisible(), { timeout: 10_000 }).toBe(true);
    // A dialog may open for him first (an event to answer): close it to read the board in words.
    await expect
      .poll(() => page.getByRole('tab', { name: 'Board in words' }).isVisible())
      .toBe(true);
    if ((await page.getByRole('dialog').count()) > 0) await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Board in words' }).click();
    const words = page.locator('#sidebar');
    await expect
      .poll(async () => (await words.textContent()) ?? '', { timeout: 10_000 })
      .toMatch(new RegExp(`${next} \\(\\w+\\) \u2014 you`));
    // The replay records every seat: both players' decisions are in the autosave.
    const actors = await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('heirs-of-lenin:save:'));
      const save = JSON.parse(localStorage.getItem(key!) ?? '{}');
      return [
        ...new Set((save.snapshot.context.actions as { actor: string }[]).map((a) => a.actor)),
      ];
    });
    expect(actors).toContain('trotsky');
    expect(errors).toEqual([]);
    await page.close();
  });
});
