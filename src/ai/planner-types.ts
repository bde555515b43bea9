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
