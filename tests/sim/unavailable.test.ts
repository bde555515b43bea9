// The kinds of action the player cannot take now (src/sim/feedback.ts, unavailableActions) are
// shown greyed in the action chooser's groups; each one's group comes from the action table,
// the one place an action's group is written.
import { describe, expect, it } from 'vitest';
import { ACTION_RULES } from '../../src/sim/actions/table.ts';
import { unavailableActions } from '../../src/sim/feedback.ts';
import { plainState } from '../helpers.ts';

describe('greyed actions', () => {
  it('are listed in the group the action table gives their kind', () => {
    const state = plainState();
    state.actionPoints.trotsky = 0;
    const greyed = unavailableActions(state, 'trotsky');
    const byType = Object.fromEntries(greyed.map((u) => [u.type, u.group]));
    // With no action points left, every kind that costs points is greyed.
    expect(byType.appoint).toBe('apparatus');
    expect(byType.denounce).toBe('attack');
    expect(byType.offer_alliance).toBe('alliances');
    // A kind whose group depends on the move: an article on the party's course is persuasion.
    expect(byType.publish).toBe('persuade');
    for (const u of greyed) {
      const group = ACTION_RULES[u.type].group;
      if (typeof group === 'string') expect(u.group).toBe(group);
    }
  });
});
