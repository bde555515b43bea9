// What one kind of action is, in one place: who may take it, its cost and chance, what follows
// in numbers (the same numbers the player reads and the rules apply), and its chronicle line.
// src/sim/actions/table.ts gathers one entry per kind; adding a kind without one does not compile.
import type { ContenderId, RegionId } from '../ids.ts';
import type { Action, GameState } from '../types.ts';

/** The actions of the action phase (event answers and ballots are decided elsewhere). */
export type PhaseAction = Exclude<Action, { type: 'answer' } | { type: 'ballot' }>;
export type PhaseActionType = PhaseAction['type'];
export type ActionOf<T extends Action['type']> = Extract<Action, { type: T }>;

/** The group an action is shown under in the action chooser. */
export type ActionGroup =
  'apparatus' | 'persuade' | 'motions' | 'alliances' | 'attack' | 'self' | 'events' | 'votes';

/** One number an action changes: what the preview prints and the rules apply. */
export type Change =
  | { kind: 'prestige' | 'heat' | 'health'; who: ContenderId; delta: number }
  /** Heat from a rival's charge: it stops at the cap (HEAT_CAP_FROM_RIVALS). */
  | { kind: 'charge'; who: ContenderId; delta: number }
  /** The rank and file's mood moves `step` towards `toward`'s economic position. */
  | {
      kind: 'mood';
      regions: readonly RegionId[];
      toward: ContenderId;
      step: number;
      /** Only regions already within this distance of the position move. */
      within?: number;
    }
  /** `from`'s feelings towards `to`. */
  | { kind: 'relation'; from: ContenderId; to: ContenderId; trust: number; grievance: number };

export interface Outcomes {
  /** What follows when it works (or always, for an action that cannot fail). */
  success: Change[];
  /** What follows when it fails; absent for an action that cannot fail. */
  failure?: Change[];
}

export interface ActionRule<T extends PhaseActionType> {
  group: ActionGroup | ((action: ActionOf<T>) => ActionGroup);
  /** How taking it changes the actor's profile: the loud are noticed, the quiet forgotten. */
  profile: number;
  /** Every action of this kind the actor may take now, before counting action points. */
  options(state: GameState, actor: ContenderId): ActionOf<T>[];
  cost(state: GameState, action: ActionOf<T>): number;
  /** 0..1; 1 for an action that cannot fail (no dice are rolled for it). */
  chance(state: GameState, action: ActionOf<T>): number;
  /** A short label for a button, e.g. "Appoint a loyal secretary in the Urals". */
  title(state: GameState, action: ActionOf<T>): string;
  outcomes(state: GameState, action: ActionOf<T>): Outcomes;
  /** What the numbers do not say (a secretary placed, an alliance made), in words. */
  note(state: GameState, action: ActionOf<T>): string;
  /** The kind in words, for the list of what cannot be done now; absent: never listed. */
  kind?: string;
  /** Why the actor has no action of this kind now (`options` is empty), in his words. */
  whyNone?(state: GameState, actor: ContenderId): string;
  /** The effects beyond the numbers, and the chronicle's line; after the numbers are applied. */
  enact(state: GameState, action: ActionOf<T>, succeeded: boolean): void;
}
