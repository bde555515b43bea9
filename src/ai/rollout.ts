// One imagined future: the planner's move played on a determinized state, then every seat
// moved by a cheap policy until the horizon. The rules run through the turn machine (passed in
// as `rules`: the one place the quarter's order lives); the dice are the determinized state's
// own, drawn from the planner's stream, and the cheap policies think with another planner stream.
import type { ContenderId } from '../sim/ids.ts';
import type { SideStream } from '../sim/rng.ts';
import type { Action, GameState } from '../sim/types.ts';
import type { MoveMaker, RunFuture } from './planner-types.ts';
import { isLegal } from '../sim/flow.ts';

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
  rules: RunFuture,
): void {
  if (!isLegal(state, first)) throw new Error(`not a legal first move: ${JSON.stringify(first)}`);
  let pending: Action | null = first;
  rules(state, {
    lastTurn: state.turn + spec.quarters - 1,
    move: (game, who) => {
      if (pending) {
        const move = pending;
        pending = null;
        return move;
      }
      // The others as history made them (what a student of the period expects of them); our
      // own later moves by the heuristic, which is cheap and plays to win.
      const policy = who === spec.me ? spec.ownPolicy : 'historical';
      return spec.moves(game, who, policy, thinking).action;
    },
  });
}
