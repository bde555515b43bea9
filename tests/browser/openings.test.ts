// The opposition's openings in the browser: in 1928 Bukharin can court a waverer from the move
// panel, sees the chance and what it costs before committing, and the result card and the saved
// game agree on what happened; the board in words then says whom the waverer votes with. The
// quarter before Stalin's call for the great turn, the move panel and the board in words say the
// vote is coming, what stands on a tie, and that a waverer won now votes with him then.
import { describe, expect, it } from 'vitest';
import { playOnUntil, savedGame, servedGame, shot, toActions, watchErrors } from './harness.ts';

const game = servedGame();

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
    // The board in words says whom Voroshilov now votes with, and the Politburo's count.
    await page.getByRole('tab', { name: 'Board in words' }).click();
    const words = page.getByRole('tabpanel');
    await expect
      .poll(() => words.textContent())
      .toMatch(/make a majority\. Votes by leader: Stalin \d/);
    const board = (await words.textContent()) ?? '';
    if (worked) {
      expect(board).toMatch(/Voroshilov \(a client of Stalin; won over by you: votes with you/);
      expect(board).toMatch(/nobody can win him back before Apr–Jun 1928/);
    } else {
      expect(board).toMatch(/Voroshilov \(a client of Stalin; a waverer/);
    }
    await words.getByText(/make a majority/).scrollIntoViewIfNeeded();
    await shot(page, 'o03-board-in-words');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('warns Bukharin the quarter before the great turn vote', async () => {
    const page = await game.context.newPage();
    const errors = watchErrors(page);
    await page.goto(
      `${game.url}?scenario=1928-grain-crisis&seed=vote-ahead&faction=bukharin&difficulty=historical`,
    );
    await page.getByRole('button', { name: 'Begin the game' }).click();
    const notice = page.locator('.note-box.vote-ahead-notice');
    const greatTurn = notice.filter({ hasText: 'Stalin\u2019s anniversary article' });
    // Play on (first answers, abstentions, ending each turn) until the notice names the vote.
    await playOnUntil(page, async () => (await greatTurn.count()) > 0);
    const text = await greatTurn.innerText();
    expect(text).toContain('At the start of Oct\u2013Dec 1929, before anyone can act');
    expect(text).toContain('If the vote is even, \u201cSlow down');
    expect(text).toMatch(/Votes by leader: Stalin \d/);
    expect(text).toContain('his patron cannot win him back before the vote');
    await greatTurn.scrollIntoViewIfNeeded();
    await shot(page, 'o04-vote-ahead');
    // Read once, the notice folds to its title and the actions move up.
    const endTurnTop = () =>
      page.locator('.end-turn').evaluate((b) => (b as HTMLElement).offsetTop);
    const unfolded = await endTurnTop();
    await greatTurn.locator('summary').click();
    await expect.poll(() => greatTurn.locator('.notice-lines').isVisible()).toBe(false);
    expect(await endTurnTop()).toBeLessThan(unfolded - 60);
    await shot(page, 'o05-vote-ahead-folded');
    await page.getByRole('tab', { name: 'Board in words' }).click();
    await expect
      .poll(() => page.getByRole('tabpanel').textContent())
      .toMatch(
        /(A Politburo vote|Politburo votes) next quarter.*Stalin\u2019s anniversary article/,
      );
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('Kamenev decides for himself whether to sign Zinoviev\u2019s platform', async () => {
    const page = await game.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.url}?scenario=1926-united-opposition&seed=signing&faction=kamenev`);
    await page.getByRole('button', { name: 'Begin the game' }).click();
    await toActions(page);
    // Zinoviev, Kamenev's ally, has just published a platform (set in the autosave).
    await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('heirs-of-lenin:save:v1:'))!;
      const save = JSON.parse(localStorage.getItem(key)!);
      const g = save.snapshot.context.game;
      g.platforms = [
        { leader: 'zinoviev', members: ['zinoviev'], since: g.turn, condemned: false },
      ];
      g.contenders.zinoviev.branded = true;
      g.contenders.kamenev.truceUntil = 0;
      g.contenders.kamenev.branded = false;
      g.contenders.zinoviev.positions.economy = g.contenders.kamenev.positions.economy;
      if (
        !g.alliances.some(
          (a: { members: string[] }) =>
            a.members.includes('zinoviev') && a.members.includes('kamenev'),
        )
      )
        g.alliances.push({ id: 9999, members: ['zinoviev', 'kamenev'], secret: true, since: 0 });
      localStorage.setItem(key, JSON.stringify(save));
    });
    await page.reload();
    await page
      .getByRole('button', { name: /^Continue: Kamenev/ })
      .first()
      .click();
    await toActions(page);
    // The move panel says the platform waits for his name, and that nobody signs for him.
    const invitation = page
      .getByRole('note')
      .filter({ hasText: /Zinoviev, your ally, has published/ });
    await expect.poll(() => invitation.isVisible()).toBe(true);
    expect(await invitation.textContent()).toContain('nobody signs for you');
    const sign = page.getByRole('button', { name: /^Sign Zinoviev\u2019s opposition platform/ });
    await sign.click();
    const detail = page.locator(`#${await sign.getAttribute('aria-controls')}`);
    await expect.poll(() => detail.isVisible()).toBe(true);
    expect(await detail.textContent()).toMatch(/can vote you out of the Politburo/);
    await shot(page, 'o06-sign-platform');
    const before = await savedGame(page);
    expect(before.contenders.kamenev.branded).toBe(false);
    await page.getByRole('button', { name: /^Do it: Sign Zinoviev/ }).click();
    await expect.poll(async () => (await savedGame(page)).contenders.kamenev.branded).toBe(true);
    const after = await savedGame(page);
    expect(after.platforms[0].members).toEqual(['zinoviev', 'kamenev']);
    expect(after.actionPoints.kamenev).toBe(before.actionPoints.kamenev);
    expect(after.log.at(-1)?.text).toBe(
      'Kamenev signs Zinoviev\u2019s opposition platform. The ban on factions hangs over him too.',
    );
    await expect.poll(() => invitation.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
