// Replays: { formatVersion, scenario, seed, options, actions[] } re-applied through legalActions
// and apply, with no AI. A replay stays valid when the AI is tuned.
import type { ScenarioData } from '../content/types.ts';
import { advance, applyActionInPlace, isLegal, nextDecision } from './flow.ts';
import { stateHash } from './hash.ts';
import { createGame } from './setup.ts';
import type { Action, GameOptions, GameState } from './types.ts';

export interface Replay {
  formatVersion: 1;
  kind: 'heirs-replay';
  scenario: string;
  seed: string;
  options: GameOptions;
  actions: Action[];
  finalStateHash?: string;
}

export type ReplayOutcome =
  | { ok: true; state: GameState; hash: string }
  | { ok: false; index: number; what: string; state: GameState };

/** Re-apply every action; stop at the first that is out of turn or illegal. */
export function runReplay(
  scenario: ScenarioData,
  replay: Replay,
  upTo = replay.actions.length,
): ReplayOutcome {
  const state = createGame(scenario, replay.seed, replay.options);
  for (let i = 0; i < upTo; i++) {
    const action = replay.actions[i];
    const decision = nextDecision(state);
    if (!decision) {
      return {
        ok: false,
        index: i,
        what: 'the game had already ended, but more actions follow',
        state,
      };
    }
    if (decision.contender !== action.actor) {
      return {
        ok: false,
        index: i,
        what: `it is ${decision.contender}'s decision, not ${action.actor}'s`,
        state,
      };
    }
    if (!isLegal(state, action)) {
      return {
        ok: false,
        index: i,
        what: `'${action.type}' by ${action.actor} is not a legal action here`,
        state,
      };
    }
    applyActionInPlace(state, action);
    advance(state);
  }
  return { ok: true, state, hash: stateHash(state) };
}
