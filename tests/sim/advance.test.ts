// runRules (src/sim/advance.ts) runs the rules between decisions without the machine, for the
// planner's rollouts. It must take the machine's steps in the machine's order: whole games
// played both ways, with the same AI and the same streams, must end in the same state.
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/ai/policy.ts';
import { runGame } from '../../src/lab/run-game.ts';
import { runRules } from '../../src/sim/advance.ts';
import { applyActionInPlace, createGame, stateHash } from '../../src/sim/index.ts';
import { initialRngState, SideStream } from '../../src/sim/rng.ts';
import type { Action, GameState } from '../../src/sim/types.ts';
import { allScenarios, OPTIONS } from '../helpers.ts';

/** A whole all-AI game driven by runRules, as the machine's aiMove would drive it. */
function playWithoutMachine(
  state: GameState,
  seed: string,
  stopAtQuarterEnd: boolean,
): { actions: Action[]; quarters: number } {
  const stream = new SideStream('', initialRngState(`ai|${seed}`));
  const actions: Action[] = [];
  let quarters = 0;
  for (;;) {
    const at = runRules(state, { stopAtQuarterEnd });
    if (at.stop === 'over') return { actions, quarters };
    if (at.stop === 'quarter_end') {
      expect(state.phase).toBe('resolution');
      quarters += 1;
      continue;
    }
    const choice = decide(state, at.decision.contender, state.options.difficulty, stream);
    applyActionInPlace(state, choice.action);
    actions.push(choice.action);
  }
}

describe('running the rules without the machine', () => {
  for (const sc of allScenarios()) {
    it(`plays ${sc.id} to the same end as the machine`, () => {
      for (const seed of [`adv-${sc.id}-1`, `adv-${sc.id}-2`]) {
        const viaMachine = runGame({ scenario: sc, seed, options: OPTIONS });
        const alone = createGame(sc, seed, OPTIONS);
        const { actions, quarters } = playWithoutMachine(alone, seed, seed.endsWith('2'));
        expect(actions).toEqual(viaMachine.actions);
        expect(stateHash(alone)).toBe(stateHash(viaMachine.state));
        expect(alone.phase).toBe('over');
        // Stopping at each quarter's end changes nothing but gives one stop per quarter played.
        if (seed.endsWith('2')) expect(quarters).toBe(alone.turn);
      }
    });
  }
});
