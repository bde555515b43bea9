// A Politburo vote about the player's own man, as he meets it in the built game: the Declaration
// of the 46 (October 1923) played as Trotsky asks him in his own words, and lists the answer
// that spares him first, and says which answer stands on an even vote (src/ui/session/
// event-choices.ts). On the way, in the summer of 1923, the
// move panel says the new Central Committee elects the Secretariat (src/ui/session/
// secretariat-words.ts).
import { describe, expect, it } from 'vitest';
import { playOnUntil, servedGame, shot, watchErrors } from './harness.ts';

const game = servedGame();

describe('an event that votes on the player', () => {
  it('asks Trotsky about the Declaration of the 46 in his own words, sparing answer first', async () => {
    const page = await game.context.newPage();
    const errors = watchErrors(page);
    await page.goto(
      `${game.url}?scenario=1922-full&seed=target-46&faction=trotsky&difficulty=historical`,
    );
    await page.getByRole('button', { name: 'Begin the game' }).click();
    const dialog = page.getByRole('dialog');
    const declaration = dialog.filter({ hasText: 'The Declaration of the 46' });
    const notice = page.locator('.note-box.secretariat-notice');
    let election = '';
    // Play on (first answers, abstentions, ending each turn) until the declaration comes.
    await playOnUntil(
      page,
      async () => (await declaration.count()) > 0,
      async () => {
        if (election || (await notice.count()) === 0) return;
        const words = await notice.innerText();
        if (words.startsWith('The Secretariat election')) {
          election = words;
          await notice.scrollIntoViewIfNeeded();
          await shot(page, 'secretariat-election-1923');
        }
      },
    );
    expect(await declaration.count()).toBe(1);
    expect(election).toContain('the new Central Committee elects the Secretariat');
    expect(election).toContain(
      'While Lenin lives, this is the only way to move the General Secretary.',
    );
    const text = await declaration.innerText();
    expect(text).toContain('How do you vote on the Politburo');
    expect(text).not.toContain('and Trotsky as its inspiration');
    // How the Politburo leans, whom each member follows.
    expect(text).toMatch(/How it leans: \d+ full members vote, \d+ make a majority\./);
    // A proposal needs a majority: the dialog says which answer stands on an even vote.
    expect(text).toContain(
      'A proposal needs a majority: if the votes are even, \u201cVote to open a debate on party democracy',
    );
    const answers = await declaration
      .getByRole('group', { name: 'Your choices' })
      .getByRole('button')
      .allInnerTexts();
    expect(answers).toHaveLength(2);
    expect(answers[0]).toContain('Vote to open a debate on party democracy');
    expect(answers[1]).toContain('yourself as its inspiration');
    await shot(page, 'event-target-declaration-46');
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);
});
