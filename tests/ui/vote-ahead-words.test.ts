// The Politburo votes due next quarter, as the player reads them (the move panel and the board
// in words): the quarter before Stalin's call for the great turn names the vote, what stands on
// a tie, how the Politburo leans and that a waverer won now still votes with his new leader then.
import { describe, expect, it } from 'vitest';
import { politburoVotesDue } from '../../src/sim/events.ts';
import { currentQuarter } from '../../src/sim/calendar.ts';
import { stateHash } from '../../src/sim/hash.ts';
import type { GameState } from '../../src/sim/types.ts';
import { view } from '../../src/sim/view.ts';
import { politburoVoteAhead } from '../../src/ui/session/vote-ahead-words.ts';
import { playUntil } from '../ai/play-until.ts';

/** The 1928 game at Bukharin's first move in the given turn. */
function at(turn: number): GameState {
  const state = playUntil(
    '1928-grain-crisis',
    'vote-ahead',
    (s, d) => d.phase === 'actions' && d.contender === 'bukharin' && s.turn === turn,
  );
  if (!state) throw new Error(`Bukharin never acted in turn ${turn}`);
  return state;
}

describe('the Politburo votes of next quarter in words', () => {
  it('names the great turn the quarter before, with the tie, the balance and the waverers', () => {
    const state = at(6); // July–September 1929: Stalin's call comes in October.
    const notice = politburoVoteAhead(view(state, 'bukharin'))!;
    expect(notice).not.toBeNull();
    // One idea a line: when, each question with its tie, the balance, the waverers.
    expect(
      notice.lines.filter((l) => l.includes('Stalin\u2019s anniversary article')),
    ).toHaveLength(1);
    expect(notice.lines.at(-2)).toMatch(/^As it stands now: /);
    expect(notice.lines.at(-1)).toMatch(/^A waverer won over this quarter/);
    expect(notice.lines[0]).toBe(
      'At the start of Oct\u2013Dec 1929, before anyone can act, the Politburo is due to vote.',
    );
    const text = notice.lines.join(' ');
    expect(text).toContain('At the start of Oct\u2013Dec 1929, before anyone can act');
    expect(text).toContain('Stalin\u2019s anniversary article');
    expect(text).toContain(
      'If the vote is even, \u201cSlow down: collective farms only where peasants want them\u201d stands.',
    );
    expect(text).toMatch(/full members vote, \d+ make a majority/);
    expect(text).toContain('his patron cannot win him back before the vote');
  });

  it('is silent when no vote is due next quarter, and outside the action phase', () => {
    const early = at(1); // April–June 1928: no Politburo vote is due in the summer.
    expect(politburoVotesDue(early, currentQuarter(early) + 1)).toEqual([]);
    expect(politburoVoteAhead(view(early, 'bukharin'))).toBeNull();
    const state = at(6);
    expect(politburoVoteAhead({ ...view(state, 'bukharin'), phase: 'votes' })).toBeNull();
  });

  it('only reads the game', () => {
    const state = at(6);
    const before = stateHash(state);
    politburoVotesDue(state, currentQuarter(state) + 1);
    politburoVoteAhead(view(state, 'bukharin'));
    expect(stateHash(state)).toBe(before);
  });
});
