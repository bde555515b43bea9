// Play one whole game headless through the turn machine, every seat by its AI.
// Shared by `heirs play`, `heirs lab`, the benchmarks and (later) a Web Worker.
import { createActor } from 'xstate';
import type { ScenarioData } from '../content/types.ts';
import type { PolicyId } from '../ai/policy.ts';
import { gameMachine, type AiNote } from '../machine/game-machine.ts';
import type { ContenderId, Fate } from '../sim/ids.ts';
import { quarterToYyyyMm } from '../sim/calendar.ts';
import { stateHash } from '../sim/hash.ts';
import { RULES_VERSION } from '../sim/replay.ts';
import { cloneGame } from '../sim/flow.ts';
import { settle, throwIfStopped } from '../machine/driver.ts';
import type { BranchOf, Checkpoint, ReplayFile } from '../io/replay.ts';
import type { Action, GameOptions, GameState, LogOutcome } from '../sim/types.ts';

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
  // A rule or a move that throws stops the machine: thrown here, not later from XState's timer.
  actor.subscribe({ error: () => {} });
  actor.start();
  throwIfStopped(actor);
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

/** What a replay file may carry beside the decisions (src/io/replay.ts). */
export interface ReplayExtras {
  notes?: readonly AiNote[];
  branchOf?: BranchOf;
  checkpoints?: Checkpoint[];
  /** The student who played it (already cleaned). */
  student?: string;
}

/**
 * The replay of a game so far. Its hash is the state's after the last decision, once the rules
 * have run on by themselves to the next decision (a paused game, at a congress or a quarter's
 * end, is hashed where re-applying the file stops): finished or not, `heirs replay` checks it.
 */
export function toReplay(
  state: GameState,
  actions: Action[],
  extras: ReplayExtras = {},
): ReplayFile {
  let last = state;
  if (state.phase !== 'over') {
    last = cloneGame(state);
    settle(last);
  }
  return {
    formatVersion: 1,
    kind: 'heirs-replay',
    rulesVersion: RULES_VERSION,
    scenario: state.scenario,
    seed: state.seed,
    options: state.options,
    actions,
    finalStateHash: stateHash(last),
    ...(extras.checkpoints ? { checkpoints: extras.checkpoints } : {}),
    ...(extras.notes && extras.notes.length > 0 ? { notes: [...extras.notes] } : {}),
    ...(extras.branchOf ? { branchOf: extras.branchOf } : {}),
    ...(extras.student ? { student: extras.student } : {}),
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
  /** Contenders who reached their own aims (a win short of supremacy). */
  aimsMet: ContenderId[];
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
    aimsMet: outcome.aimsMet,
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

/** Does this line record a turning point: a fall, a congress's verdict, a decisive vote? */
function isDecisive(o: LogOutcome): boolean {
  switch (o.what) {
    case 'left_politburo':
      return true;
    case 'status':
      return o.status !== 'active';
    case 'platform_verdict':
    case 'cc_elected':
      return true;
    case 'vote':
      return (
        o.passed &&
        (o.motion === 'remove_politburo' ||
          o.motion === 'remove_cc' ||
          o.motion === 'expel' ||
          o.motion === 'exile')
      );
    case 'post_filled':
      return o.by === 'vote' && o.post === 'general_secretary';
    default:
      return false;
  }
}

/** The lines of the log that decided the game: falls, expulsions, congress verdicts, decisive votes. */
export function decisiveMoments(state: GameState): string[] {
  const out: string[] = [];
  for (const entry of state.log) {
    if (entry.visibleTo || !isDecisive(entry.outcome)) continue;
    out.push(`${quarterToYyyyMm(state.startQuarter + entry.turn)}  ${entry.text}`);
  }
  return out;
}
