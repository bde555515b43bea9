// One imagined future: the planner's move played on a determinized state, then every seat
// moved by a cheap policy until the horizon. The rules run through src/sim/advance.ts (the
// machine's steps in the machine's order); the dice are the determinized state's own, drawn
// from the planner's stream, and the cheap policies think with another planner stream.
import { runRules } from '../sim/advance.ts';
import { applyActionInPlace } from '../sim/flow.ts';
import type { ContenderId } from '../sim/ids.ts';
import type { SideStream } from '../sim/rng.ts';
import type { Action, GameState } from '../sim/types.ts';
import type { MoveMaker } from './planner-types.ts';

export interface RolloutSpec {
  me: ContenderId;
  /** Quarter ends to play through (the current quarter counts as the first). */
  quarters: number;
  /** How the planner's own seat moves after its first move, and how every other seat moves. */
  ownPolicy: 'challenger' | 'hard';
  moves: MoveMaker;
}

/**
 * Play `first` and then the future, in place, until the horizon or the end of the game.
 * `state` must be the planner's own copy (a determinized state).
 */
export function rollout(
  state: GameState,
  first: Action,
  spec: RolloutSpec,
  thinking: SideStream,
): void {
  applyActionInPlace(state, first);
  let quartersLeft = spec.quarters;
  for (;;) {
    const at = runRules(state, { stopAtQuarterEnd: true });
    if (at.stop === 'over') return;
    if (at.stop === 'quarter_end') {
      quartersLeft -= 1;
      if (quartersLeft <= 0) return;
      continue;
    }
    const seat = at.decision.contender;
    // The others as history made them (what a student of the period expects of them); our
    // own later moves by the heuristic, which is cheap and plays to win.
    const policy = seat === spec.me ? spec.ownPolicy : 'historical';
    applyActionInPlace(state, spec.moves(state, seat, policy, thinking).action);
  }
}
