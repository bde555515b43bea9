// One imagined future: the planner's move played on a determinized state, then every seat
// moved by a cheap policy until the horizon. The rules run through the turn machine (passed in
// as `rules`: the one place the quarter's order lives); the dice are the determinized state's
// own, drawn from the planner's stream, and the cheap policies think with another planner stream.
import type { ContenderId } from '../sim/ids.ts';
import type { SideStream } from '../sim/rng.ts';
import type { Action, GameState } from '../sim/types.ts';
import type { MoveMaker, StartRules } from './planner-types.ts';

export interface RolloutSpec {
  me: ContenderId;
  /** Quarters to play through (the current quarter counts as the first). */
  quarters: number;
  /** How the planner's own seat moves after its first move, and how every other seat moves. */
  ownPolicy: 'challenger' | 'hard';
  moves: MoveMaker;
}

/**
 * Play `first` and then the future, in place, until the horizon (the first decision of the
 * quarter after it) or the end of the game. `state` must be the planner's own copy (a
 * determinized state) with the planner's seat to move.
 */
export function rollout(
  state: GameState,
  first: Action,
  spec: RolloutSpec,
  thinking: SideStream,
  rules: StartRules,
): void {
  const lastTurn = state.turn + spec.quarters - 1;
  const driver = rules(state);
  try {
    driver.play(first);
    for (let d = driver.decision(); d && driver.game.turn <= lastTurn; d = driver.decision()) {
      // The others as history made them (what a student of the period expects of them); our
      // own later moves by the heuristic, which is cheap and plays to win.
      const policy = d.contender === spec.me ? spec.ownPolicy : 'historical';
      driver.play(spec.moves(driver.game, d.contender, policy, thinking).action);
    }
  } finally {
    driver.stop();
  }
}
