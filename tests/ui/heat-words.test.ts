// A contender's heat in words and on his card: the removal line, and whether it can bite yet.
import { describe, expect, it } from 'vitest';
import { heatWords, lineWaits, removalLineOf } from '../../src/ui/board/heat.ts';
import { buildBoardModel } from '../../src/ui/board/model.ts';
import { Session } from '../../src/ui/session/session.ts';
import { builtin } from '../content/play.ts';

describe('the removal line on a contender', () => {
  it('waits, and says so, until he is branded (rules version 3: only then can the CC remove him)', () => {
    const session = Session.start({
      scenario: builtin('1926-united-opposition'),
      seed: 'heat',
      faction: 'bukharin',
      difficulty: 'historical',
      whatifs: [],
    });
    const seats = buildBoardModel(session.context, 'bukharin').seats;
    const seat = (id: string) => seats.find((s) => s.id === id)!;
    // Stalin sits in the Politburo and has signed no platform: no heat removes him yet.
    expect(seat('stalin').branded).toBe(false);
    expect(lineWaits(seat('stalin'), removalLineOf(seat('stalin')))).toBe(true);
    expect(heatWords(seat('stalin'))).toMatch(/^\d+ \(removal at \d+ once branded\)$/);
    // Zinoviev led the Leningrad opposition at the 14th Congress: branded, the line bites.
    expect(seat('zinoviev').branded).toBe(true);
    expect(lineWaits(seat('zinoviev'), removalLineOf(seat('zinoviev')))).toBe(false);
    expect(heatWords(seat('zinoviev'))).toMatch(
      /^\d+ \((removal at|OVER the removal line at) \d+\)$/,
    );
  });
});
