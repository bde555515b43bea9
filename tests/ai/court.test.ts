// Courting a waverer counts Politburo votes: a vote taken from the man one must stop is worth
// most when his majority hangs on it (the Right's lobbying of Voroshilov and Kalinin in 1928; Kalinin had no patron then).
import { describe, expect, it } from 'vitest';
import { rankActions } from '../../src/ai/policy.ts';
import { currentQuarter } from '../../src/sim/calendar.ts';
import { politburoFollowing } from '../../src/sim/scoring.ts';
import type { GameState } from '../../src/sim/types.ts';
import { politburoVotesDue } from '../../src/sim/events.ts';
import { firstToAct1928, playUntil } from './play-until.ts';

/** The 1928 scenario, played by the historical AI until Bukharin first acts. */
const bukharinToAct = (edit: (s: GameState) => void) => firstToAct1928('bukharin', 'court', edit);

const courting = (s: GameState) =>
  rankActions(s, 'bukharin', 'challenger').find(
    (x) => x.action.type === 'court' && x.action.figure === 'voroshilov',
  )!;

/** Put the end of the game three quarters after this one. */
const lastYear = (s: GameState) => {
  s.endQuarter = currentQuarter(s) + 3;
};

describe('courting a waverer', () => {
  it('is worth more when it would bring Stalin to within one vote of losing the Politburo', () => {
    const noBukharin = (s: GameState) => {
      s.alliances = s.alliances.filter(
        (a) => !(a.members.includes('stalin') && a.members.includes('bukharin')),
      );
    };
    // The Right has broken with Stalin: his majority is his own men, one or two votes deep.
    // Both in the last year, when a strategist courts in earnest.
    const close = bukharinToAct((s) => {
      s.alliances = s.alliances.filter((a) => !a.members.includes('stalin'));
      lastYear(s);
    });
    // Rykov and Tomsky still sit with Stalin: a vote more or less changes nothing.
    const wide = bukharinToAct((s) => {
      noBukharin(s);
      lastYear(s);
    });
    const n = close.politburo.full.length;
    expect((politburoFollowing(close, 'stalin') - 1) * 2).toBeLessThanOrEqual(n + 2);
    expect((politburoFollowing(wide, 'stalin') - 1) * 2).toBeGreaterThan(n + 2);
    expect(courting(close).value).toBeGreaterThan(courting(wide).value + 2);
    expect(courting(close).reason).toMatch(/one vote from losing the Politburo/);
  });

  it('is kept for the last year by a strategist: a man won early is only won back', () => {
    const breakWithStalin = (s: GameState) => {
      s.alliances = s.alliances.filter((a) => !a.members.includes('stalin'));
    };
    const early = bukharinToAct(breakWithStalin);
    // The same position with the end of 1929 three quarters away.
    const late = bukharinToAct((s) => {
      breakWithStalin(s);
      lastYear(s);
    });
    expect(courting(late).value).toBeGreaterThan(courting(early).value * 2);
    // The historical temperament lobbies the same early or late.
    const historical = (s: GameState) =>
      rankActions(s, 'bukharin', 'historical').find(
        (x) => x.action.type === 'court' && x.action.figure === 'voroshilov',
      )!.value;
    expect(historical(late)).toBeCloseTo(historical(early));
  });

  it('is worth more to a strategist the quarter before a Politburo vote', () => {
    // July–September 1929: Stalin's call for the great turn comes at the start of October.
    const before = playUntil(
      '1928-grain-crisis',
      'court-before-vote',
      (st, d) => d.phase === 'actions' && d.contender === 'bukharin' && st.turn === 6,
    )!;
    expect(politburoVotesDue(before, currentQuarter(before) + 1).length).toBeGreaterThan(0);
    // The same position with no vote to come (the calendar's votes already settled).
    const none = structuredClone(before);
    for (const d of politburoVotesDue(none, currentQuarter(none) + 1))
      none.eventStatus[d.event.id] = 'skipped';
    const offer = (s: GameState) =>
      rankActions(s, 'bukharin', 'challenger').find(
        (x) => x.action.type === 'court' && before.figures[x.action.figure].patron === 'stalin',
      );
    const withVote = offer(before);
    const withoutVote = offer(none);
    expect(withVote).toBeDefined();
    expect(withVote!.value).toBeGreaterThan(withoutVote!.value + 2);
    expect(withVote!.reason).toMatch(/votes at the start of next quarter/);
  });
});
