// Play one whole game headless through the turn machine, every seat by its AI.
// Shared by `heirs play`, `heirs lab`, the benchmarks and (later) a Web Worker.
import { createActor } from 'xstate';
import type { ScenarioData } from '../content/types.ts';
import type { PolicyId } from '../ai/policy.ts';
import { gameMachine, type AiNote } from '../machine/game-machine.ts';
import type { ContenderId, Fate } from '../sim/ids.ts';
import { quarterToYyyyMm } from '../sim/calendar.ts';
import { stateHash } from '../sim/hash.ts';
import { RULES_VERSION, type Replay } from '../sim/replay.ts';
import type { Action, GameOptions, GameState } from '../sim/types.ts';

export interface RunSpec {
  scenario: ScenarioData;
  seed: string;
  options: GameOptions;
  policies?: Partial<Record<ContenderId, PolicyId>>;
}

export interface RunResult {
  state: GameState;
  actions: Action[];
  notes: AiNote[];
}

export function runGame(spec: RunSpec): RunResult {
  const actor = createActor(gameMachine, {
    input: {
      scenario: spec.scenario,
      seed: spec.seed,
      options: spec.options,
      policies: spec.policies,
      human: null,
    },
  });
  actor.start();
  const snapshot = actor.getSnapshot();
  actor.stop();
  if (snapshot.context.game.phase !== 'over') {
    throw new Error(`game ${spec.seed} stopped in phase ${snapshot.context.game.phase}`);
  }
  return {
    state: snapshot.context.game,
    actions: snapshot.context.actions,
    notes: snapshot.context.notes,
  };
}

export function toReplay(state: GameState, actions: Action[]): Replay {
  return {
    formatVersion: 1,
    kind: 'heirs-replay',
    rulesVersion: RULES_VERSION,
    scenario: state.scenario,
    seed: state.seed,
    options: state.options,
    actions,
    finalStateHash: stateHash(state),
  };
}

/** The summary `heirs play --json` and `heirs replay --json` print (a contract other tools rely on). */
export interface GameSummary {
  scenario: string;
  seed: string;
  faction: ContenderId | null;
  turns: number;
  endDate: string;
  winner: ContenderId | null;
  fates: Record<ContenderId, Fate>;
  scores: Record<ContenderId, number>;
  fallen: { contender: ContenderId; date: string; fate: Fate }[];
  finalStateHash: string;
}

export function summarise(state: GameState): GameSummary {
  const outcome = state.outcome;
  if (!outcome) throw new Error('summarise: the game is not over');
  return {
    scenario: state.scenario,
    seed: state.seed,
    faction: state.options.faction,
    turns: state.turn + 1,
    endDate: quarterToYyyyMm(state.startQuarter + state.turn),
    winner: outcome.winner,
    fates: outcome.fates,
    scores: outcome.scores,
    fallen: state.fallen.map((f) => ({
      contender: f.contender,
      date: quarterToYyyyMm(state.startQuarter + f.turn),
      fate: outcome.fates[f.contender],
    })),
    finalStateHash: stateHash(state),
  };
}

/** The lines of the log that decided the game: falls, expulsions, congress verdicts, lost votes. */
export function decisiveMoments(state: GameState): string[] {
  const out: string[] = [];
  for (const entry of state.log) {
    if (entry.visibleTo) continue;
    const t = entry.text;
    const decisive =
      (entry.kind === 'system' &&
        /out of the Politburo|expelled|exile|removed from the Central|died/.test(t)) ||
      (entry.kind === 'congress' && /condemns|refuses to condemn|elects/.test(t)) ||
      (entry.kind === 'vote' && /passes/.test(t) && /Remove|Expel|exile|General Secretary/.test(t));
    if (decisive) out.push(`${quarterToYyyyMm(state.startQuarter + entry.turn)}  ${t}`);
  }
  return out;
}
