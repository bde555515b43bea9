// The adviser's odds in words (src/ai/advice.ts): a student must be able to tell why the first
// move ranks first. The figures shown are often the same for all three moves; then they are
// said once, and each move says what set it above the next, claiming only what the numbers say.
import { describe, expect, it } from 'vitest';
import { advise, oddsInPlainWords } from '../../src/ai/advice.ts';
import type { Considered } from '../../src/ai/planner.ts';
import { runFuture } from '../../src/machine/driver.ts';
import { view, type PlayerView } from '../../src/sim/view.ts';
import { trotskysFirstMove } from './play-until.ts';

/** Trotsky's view at his first action phase of 1922-full (in the Politburo, the game young). */
function trotskyToMove(seed: string): PlayerView {
  return view(trotskysFirstMove(seed), 'trotsky');
}

/** A weighed move with the given figures; the rest as a quiet future. */
function move(over: Partial<Considered>): Considered {
  return {
    action: { type: 'end', actor: 'trotsky' },
    reason: '',
    heuristicRank: 0,
    futures: 8,
    value: 30,
    futureValue: 30,
    winning: 0,
    seated: 1,
    aims: 0.5,
    ccShare: 0.2,
    delegateShare: 0.05,
    powerGap: -10,
    prestige: 50,
    heat: 30,
    ...over,
  };
}

describe('the adviser\u2019s odds in words', () => {
  const seen = trotskyToMove('advice-words');

  it('gives each move its own words, with its rank, in a real position', () => {
    const advice = advise(seen, 'advice-words', runFuture);
    const odds = advice.moves.map((m) => m.odds);
    expect(odds).toHaveLength(3);
    expect(new Set(odds).size).toBe(3);
    expect(odds[0]).toMatch(/^In \d+ futures I tried, looking \d quarters? ahead, this kept you/);
    odds.forEach((o, i) => expect(o).toContain(`My ${['first', 'second', 'third'][i]} choice`));
  });

  it('says figures the same for all once, and names what did differ', () => {
    const odds = oddsInPlainWords(
      seen,
      [
        move({ value: 32, futureValue: 31.5, prestige: 53 }),
        move({ value: 31, futureValue: 31, heuristicRank: 1, prestige: 51 }),
        move({ value: 30, futureValue: 30, heuristicRank: 2, prestige: 51, heat: 35 }),
      ],
      2,
    );
    expect(odds[0]).toBe(
      'In 8 futures I tried, looking 2 quarters ahead, this kept you in the Politburo in every one of them, and your secretaries would send 5% of the delegates to a congress. The other two moves did just as well on these counts. My first choice: its futures came out a little better than those of my second choice; for one thing, you ended with more prestige (53 against 51).',
    );
    expect(odds[1]).toBe(
      'My second choice: its futures came out better than those of my third choice; for one thing, you ended with less heat (30 against 35).',
    );
    expect(odds[2]).toBe('My third choice.');
  });

  it('says when the rules of thumb, not the futures, put a move first', () => {
    const [tie, worse] = oddsInPlainWords(
      seen,
      [
        move({ value: 30.8, futureValue: 30 }),
        move({ value: 30.5, futureValue: 30.2, heuristicRank: 1 }),
        move({ value: 30.2, futureValue: 30.2, heuristicRank: 2 }),
      ],
      2,
    );
    expect(worse).toBe(
      'My second choice: its futures came out just as good as those of my third choice, but my rules of thumb rate it higher, and a few futures are not enough to overrule them.',
    );
    expect(tie).toMatch(
      /My first choice: its futures came out a little worse than those of my second choice, but my rules of thumb rate it higher/,
    );
  });

  it('gives each move its figures when they differ, and claims no figure the next move beat', () => {
    const odds = oddsInPlainWords(
      seen,
      [
        // Better futures, though on the figures shown the next move did better.
        move({ value: 40, futureValue: 39, delegateShare: 0.05 }),
        move({ value: 30, futureValue: 30, heuristicRank: 1, delegateShare: 0.12 }),
      ],
      2,
    );
    expect(odds[0]).toMatch(
      /send 5% of the delegates to a congress\. My first choice: its futures came out better than those of my second choice, though no single figure I can show you tells them apart\.$/,
    );
    expect(odds[1]).toBe(
      'In the same futures, this kept you in the Politburo in every one of them, and your secretaries would send 12% of the delegates to a congress. My second choice.',
    );
  });

  it('says none and every one, not 0% and 100%', () => {
    const odds = oddsInPlainWords(
      seen,
      [
        move({ value: 40, futureValue: 39, seated: 0.5, delegateShare: 0 }),
        move({ value: 30, futureValue: 30, heuristicRank: 1, seated: 0, delegateShare: 0.004 }),
      ],
      2,
    );
    expect(odds[0]).toMatch(
      /^In 8 futures I tried, looking 2 quarters ahead, this kept you in the Politburo in 50% of them, and your secretaries would send no delegates to a congress\. My first choice: its futures came out better than those of my second choice; for one thing, you sat in the Politburo in 50% of them, against none\.$/,
    );
    expect(odds[1]).toBe(
      'In the same futures, this kept you in the Politburo in none of them, and your secretaries would send under 1% of the delegates to a congress. My second choice.',
    );
    for (const o of odds) expect(o).not.toMatch(/\b(0|100)%/);
  });
});
