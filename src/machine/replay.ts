// Re-applying a replay: the same machine as play, with every seat moved by the file and no
// AI. Stops at the first action that is out of turn or illegal, and says which.
import { createActor } from 'xstate';
import type { ScenarioData } from '../content/types.ts';
import { isLegal, nextDecision } from '../sim/flow.ts';
import { stateHash } from '../sim/hash.ts';
import { CONTENDERS } from '../sim/ids.ts';
import { RULES_VERSION, type Replay } from '../sim/replay.ts';
import type { GameState } from '../sim/types.ts';
import { gameMachine } from './game-machine.ts';

export type ReplayOutcome =
  | { ok: true; state: GameState; hash: string }
  | { ok: false; index: number; what: string; state: GameState };

/** Called before each action is re-applied, with the game as it stands then. */
export type ReplayVisitor = (game: GameState, index: number) => void;

/** The rules version a replay was made under (files older than the field: 1). */
export function rulesVersionOf(replay: Replay): number {
  return replay.rulesVersion ?? 1;
}

/** Re-apply the first `upTo` actions (all by default) through the machine. */
export function runReplay(
  scenario: ScenarioData,
  replay: Replay,
  upTo = replay.actions.length,
  visit?: ReplayVisitor,
): ReplayOutcome {
  const actor = createActor(gameMachine, {
    input: {
      scenario,
      seed: replay.seed,
      options: replay.options,
      external: CONTENDERS,
      immutable: false,
    },
  });
  actor.start();
  const game = () => actor.getSnapshot().context.game;
  const fail = (index: number, what: string): ReplayOutcome => {
    actor.stop();
    return { ok: false, index, what, state: game() };
  };
  const version = rulesVersionOf(replay);
  if (version !== RULES_VERSION) {
    return fail(
      0,
      `it was made under rules version ${version}, and this game plays rules version ${RULES_VERSION}: it cannot be replayed exactly`,
    );
  }
  for (let i = 0; i < upTo; i++) {
    const action = replay.actions[i];
    const state = game();
    const decision = nextDecision(state);
    if (!decision) return fail(i, 'the game had already ended, but more actions follow');
    if (decision.contender !== action.actor) {
      return fail(i, `it is ${decision.contender}'s decision, not ${action.actor}'s`);
    }
    if (!isLegal(state, action)) {
      return fail(i, `'${action.type}' by ${action.actor} is not a legal action here`);
    }
    visit?.(state, i);
    actor.send({ type: 'player.act', action });
  }
  const state = game();
  actor.stop();
  return { ok: true, state, hash: stateHash(state) };
}
