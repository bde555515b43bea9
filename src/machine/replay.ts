// Re-applying a replay: the same machine as play, with every seat moved by the file and no
// AI. Stops at the first action that is out of turn or illegal, and says which.
import { createActor } from 'xstate';
import type { ScenarioData } from '../content/types.ts';
import { isLegal, nextDecision } from '../sim/flow.ts';
import { canonicalJson, hashString, stateHash } from '../sim/hash.ts';
import { CONTENDERS, type ContenderId } from '../sim/ids.ts';
import type { BranchOf, Checkpoint, ReplayFile } from '../io/replay.ts';
import { RULES_VERSION, type Replay } from '../sim/replay.ts';
import type { Action, GameState } from '../sim/types.ts';
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

/** An id for a replay: the hash of what decides its game (not its notes, hashes or branch). */
export function replayId(replay: Replay): string {
  return hashString(
    canonicalJson({
      scenario: replay.scenario,
      seed: replay.seed,
      options: replay.options,
      rulesVersion: rulesVersionOf(replay),
      actions: replay.actions,
    }),
  );
}

/** The hash of a run of decisions (a branch's shared part). */
export function actionsHash(actions: readonly Action[]): string {
  return hashString(canonicalJson(actions));
}

/** Where a game taken over at `step` leaves its parent. */
export function branchFrom(parent: Replay, step: number, seat: ContenderId | null): BranchOf {
  return {
    parent: replayId(parent),
    step,
    prefix: actionsHash(parent.actions.slice(0, step)),
    seat,
  };
}

/** State hashes at the first decision of each quarter: enough to name where a copy diverges. */
export function checkpointsOf(scenario: ScenarioData, replay: Replay): Checkpoint[] {
  const out: Checkpoint[] = [];
  let turn = -1;
  const run = runReplay(scenario, replay, replay.actions.length, (game, step) => {
    if (game.turn === turn) return;
    turn = game.turn;
    out.push({ step, hash: stateHash(game) });
  });
  if (run.ok) out.push({ step: replay.actions.length, hash: run.hash });
  return out;
}

export type ReplayCheck =
  | {
      ok: true;
      state: GameState;
      hash: string;
      /** False for a replay that stops before the game's end (a normal file: "the game so far"). */
      finished: boolean;
      /** Checked against finalStateHash / checkpoints (false when the file carries none). */
      hashChecked: boolean;
    }
  | {
      ok: false;
      /** The first decision (1-based) that does not reproduce the recorded game. */
      decision: number;
      /** Where in the file: e.g. `actions[12]`, `finalStateHash`, `branchOf`. */
      where: string;
      what: string;
    };

/**
 * Check a replay file completely: every decision legal and in turn, the hashes it records
 * (each checkpoint, then the last step's), and a branch's shared part. A failure names the
 * first decision that diverges. `visit` sees the game before each decision (as runReplay's).
 */
export function checkReplay(
  scenario: ScenarioData,
  replay: ReplayFile,
  visit?: ReplayVisitor,
): ReplayCheck {
  const branch = replay.branchOf;
  if (branch) {
    if (branch.step > replay.actions.length)
      return {
        ok: false,
        decision: replay.actions.length,
        where: 'branchOf.step',
        what: `the branch point (decision ${branch.step}) is after the replay's last decision (${replay.actions.length})`,
      };
    if (actionsHash(replay.actions.slice(0, branch.step)) !== branch.prefix)
      return {
        ok: false,
        decision: branch.step,
        where: 'branchOf.prefix',
        what: `decisions 1\u2013${branch.step}: they are not the ones it says it shares with replay ${branch.parent.slice(0, 8)}`,
      };
  }
  const expected = new Map((replay.checkpoints ?? []).map((c) => [c.step, c.hash]));
  if (replay.finalStateHash) expected.set(replay.actions.length, replay.finalStateHash);
  let matched = 0;
  let diverged: number | null = null;
  const compare = (step: number, hash: () => string) => {
    const want = expected.get(step);
    if (want === undefined || diverged !== null) return;
    if (want === hash()) matched = step;
    else diverged = step;
  };
  const run = runReplay(scenario, replay, replay.actions.length, (game, step) => {
    compare(step, () => stateHash(game));
    visit?.(game, step);
  });
  if (run.ok) compare(replay.actions.length, () => run.hash);
  if (diverged !== null)
    return divergence(diverged, matched, replay.actions.length, expected.size === 1);
  if (!run.ok)
    return {
      ok: false,
      decision: run.index + 1,
      where: `actions[${run.index}]`,
      what: `decision ${run.index + 1}: ${run.what}`,
    };
  return {
    ok: true,
    state: run.state,
    hash: run.hash,
    finished: run.state.phase === 'over',
    hashChecked: expected.size > 0,
  };
}

/** A recorded hash that re-applying does not reproduce: name the decisions it narrows down to. */
function divergence(at: number, matched: number, last: number, onlyFinal: boolean): ReplayCheck {
  if (onlyFinal)
    return {
      ok: false,
      decision: at,
      where: 'finalStateHash',
      what: `the replay runs, but after its last decision (${at}) the game differs from the recorded one; the file keeps no checkpoints, so the decision that was changed cannot be named`,
    };
  const range = at - matched <= 1 ? `decision ${at}` : `decisions ${matched + 1}\u2013${at}`;
  const since = matched === 0 ? 'from the start' : `up to decision ${matched}`;
  return {
    ok: false,
    decision: matched + 1,
    where: at === last ? 'finalStateHash' : `checkpoints (step ${at})`,
    what: `the game first differs from the recorded one at ${range} (it matched ${since}): a decision there was changed, or the file comes from other rules`,
  };
}
