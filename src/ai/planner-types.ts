// What the planner needs from the heuristic AI, passed in rather than imported: src/ai/policy.ts
// hands its decisions to the planner, so the planner importing policy.ts would make a cycle.
import type { ContenderId } from '../sim/ids.ts';
import type { SideStream } from '../sim/rng.ts';
import type { Action, Decision, GameState } from '../sim/types.ts';

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
 * The rules run forward by the turn machine itself (src/machine/driver.ts, GameDriver), every
 * seat moved from outside: the futures follow the one order of the quarter the machine owns.
 * Passed in, because the machine imports the AI and the AI cannot import the machine.
 */
export interface RulesDriver {
  /** The state being played, changed in place. */
  readonly game: GameState;
  /** Who must decide next; null once the game is over. */
  decision(): Decision | null;
  /** Apply one due, legal decision and run the rules on to the next. */
  play(action: Action): void;
  stop(): void;
}

/** Take over a state where it stands (a seat to move) and run the rules from there. */
export type StartRules = (state: GameState) => RulesDriver;
