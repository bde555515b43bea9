// Driving the machine from code, one decision at a time: the fuzzer, the tests, the benchmark's
// AI timing and the replay viewer choose each move themselves and let the machine run the
// rules in between. Every seat is moved from outside; the game state is changed in place, so
// the caller's reference to it stays current. And the planner's futures (runFuture), whose
// every seat the machine moves by the future's own choices.
import { createActor, type Actor } from 'xstate';
import { CONTENDERS, type ContenderId } from '../sim/ids.ts';
import { nextDecision } from '../sim/flow.ts';
import { initialRngState } from '../sim/rng.ts';
import type { FutureMoves, RunFuture } from '../ai/planner-types.ts';
import type { Action, Decision, GameState } from '../sim/types.ts';
import { gameMachine, snapshotAt, type GameContext, type GameMachine } from './game-machine.ts';

/**
 * The machine started at a game where it stands, its rules run on until a decision is due that
 * the machine does not make itself (or, in a future, until the horizon).
 */
function startAt(
  game: GameState,
  external: readonly ContenderId[],
  future?: FutureMoves,
): Actor<GameMachine> {
  const context: GameContext = {
    game,
    human: null,
    external: [...external],
    policies: Object.fromEntries(
      CONTENDERS.map((c) => [c, game.options.difficulty]),
    ) as GameContext['policies'],
    aiRng: initialRngState(`ai|${game.seed}`),
    actions: [],
    notes: [],
    undo: null,
    pauseForUi: false,
    immutable: false,
    rejected: null,
    future,
    planAway: false,
    awaitingPlan: null,
  };
  // XState's types ask for input, but an actor restored from a snapshot never reads it.
  const actor = createActor(gameMachine, {
    snapshot: snapshotAt(context),
    input: { scenario: undefined as never, seed: game.seed, options: game.options },
  });
  // A rule or a move that throws stops the machine: the error is thrown here, where the step
  // was asked for (unobserved, XState would throw it later from a timer, and a future would
  // come back cut short as if nothing had happened).
  actor.subscribe({ error: () => {} });
  actor.start();
  actor.send({ type: 'ui.resume' });
  throwIfStopped(actor);
  return actor;
}

/** Throw the error that stopped the machine, if one did (after `actor.subscribe({ error })`). */
export function throwIfStopped(actor: Actor<GameMachine>): void {
  const snapshot = actor.getSnapshot();
  if (snapshot.status !== 'error') return;
  throw snapshot.error instanceof Error ? snapshot.error : new Error(String(snapshot.error));
}

export class GameDriver {
  private readonly actor: Actor<GameMachine>;

  /** Take over a game where it stands (a new game, or one a test has arranged). */
  constructor(game: GameState, external: readonly ContenderId[] = CONTENDERS) {
    this.actor = startAt(game, external);
  }

  get game(): GameState {
    return this.actor.getSnapshot().context.game;
  }

  /** Every action applied so far through this driver, AI seats' included. */
  get actions(): readonly Action[] {
    return this.actor.getSnapshot().context.actions;
  }

  decision(): Decision | null {
    return nextDecision(this.game);
  }

  /** Apply one decision (it must be legal and due) and run the rules on to the next. */
  play(action: Action): void {
    this.actor.send({ type: 'player.act', action });
    throwIfStopped(this.actor);
    const rejected = this.actor.getSnapshot().context.rejected;
    if (rejected) throw new Error(`${rejected}: ${JSON.stringify(action)}`);
  }

  stop(): void {
    this.actor.stop();
  }
}

/** Run the rules by themselves from this state until a decision is due or the game ends. */
export function settle(game: GameState): void {
  new GameDriver(game).stop();
}

/**
 * A planner's future (src/ai/planner-types.ts, RunFuture): the machine plays every seat by the
 * future's own moves, inside its steps as in a headless game, up to the horizon. The state
 * is changed in place.
 */
export const runFuture: RunFuture = (state, moves) => {
  startAt(state, [], moves).stop();
};
