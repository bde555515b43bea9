// What the planner needs from the heuristic AI, passed in rather than imported: src/ai/policy.ts
// hands its decisions to the planner, so the planner importing policy.ts would make a cycle.
import type { ContenderId } from '../sim/ids.ts';
import type { SideStream } from '../sim/rng.ts';
import type { Action, GameState } from '../sim/types.ts';

/** A heuristic policy the rollouts can use for any seat (the heuristic's own decide()). */
export type MoveMaker = (
  state: GameState,
  me: ContenderId,
  policy: 'historical' | 'challenger' | 'hard',
  stream: SideStream,
) => { action: Action; reason: string };

/** The heuristic's ranking of the legal action-phase moves, best first, from a seat's view. */
export type Shortlister = (
  seen: GameState,
  me: ContenderId,
  policy: 'challenger' | 'hard',
) => { action: Action; value: number; reason: string }[];

export interface Heuristics {
  moves: MoveMaker;
  shortlist: Shortlister;
}

/**
 * How a future moves every seat: the rollout's own choice at each decision (the first is the
 * planner's candidate), up to its horizon.
 */
export interface FutureMoves {
  /** The move for whoever must decide now. */
  move: (game: GameState, contender: ContenderId) => Action;
  /** The last quarter played (`game.turn`): the future stops at the first decision after it. */
  lastTurn: number;
}

/**
 * Play a future forward through the turn machine itself (src/machine/driver.ts, runFuture),
 * changing `state` in place: the futures follow the one order of the quarter the machine owns,
 * and every seat's decisions are made inside the machine's steps, as in a headless game (a
 * move sent from outside costs a machine step of its own). Passed in, because the machine
 * imports the AI and the AI cannot import the machine.
 */
export type RunFuture = (state: GameState, moves: FutureMoves) => void;
