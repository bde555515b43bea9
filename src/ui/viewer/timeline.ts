// A replay as a timeline the viewer can move along: step k is the game after its first k
// decisions (the rules run on to the next decision, as when the replay is re-applied).
// Checking the file once keeps a copy of the game every EVERY steps; any step is then at most
// EVERY - 1 decisions from a checkpoint, so stepping back never replays the whole game.
import type { ScenarioData } from '../../content/types.ts';
import type { ReplayFile, ReplayNote } from '../../io/replay.ts';
import { GameDriver } from '../../machine/driver.ts';
import { checkReplay } from '../../machine/replay.ts';
import { quarterLabel } from '../../sim/calendar.ts';
import { cloneGame, nextDecision } from '../../sim/flow.ts';
import type { ContenderId } from '../../sim/ids.ts';
import type { Action, GameState, Phase } from '../../sim/types.ts';

/** How far apart the kept copies are: ~50 copies for a whole game, a step is ≤ 19 decisions. */
export const EVERY = 20;

export interface StepInfo {
  turn: number;
  phase: Phase;
  /** Who decides at this step (null at the end). */
  who: ContenderId | null;
  /** The log's length at this step: the lines of decision k are log[steps[k-1].logLen …]. */
  logLen: number;
}

export type TimelineLoad =
  { ok: true; timeline: Timeline } | { ok: false; decision: number; message: string };

export class Timeline {
  private cursor: { step: number; driver: GameDriver } | null = null;

  private constructor(
    readonly scenario: ScenarioData,
    readonly replay: ReplayFile,
    readonly steps: StepInfo[],
    private readonly kept: GameState[],
    /** The AI's reasons: from the file, or from the game just finished; null when not recorded. */
    readonly notes: ReplayNote[] | null,
    /** The replay's hashes were checked (false: the file carries none, it only ran). */
    readonly hashChecked: boolean,
  ) {}

  /** Check the replay completely (as `heirs replay` does) and keep its checkpoints. */
  static load(
    scenario: ScenarioData,
    replay: ReplayFile,
    notes: ReplayNote[] | null = replay.notes ?? null,
  ): TimelineLoad {
    const steps: StepInfo[] = [];
    const kept: GameState[] = [];
    const check = checkReplay(scenario, replay, (game, step) => {
      steps.push(infoOf(game));
      if (step % EVERY === 0) kept.push(cloneGame(game));
    });
    if (!check.ok) return { ok: false, decision: check.decision, message: check.what };
    steps.push(infoOf(check.state));
    if (replay.actions.length % EVERY === 0) kept.push(cloneGame(check.state));
    return {
      ok: true,
      timeline: new Timeline(scenario, replay, steps, kept, notes, check.hashChecked),
    };
  }

  /** The number of decisions: steps run from 0 to last. */
  get last(): number {
    return this.replay.actions.length;
  }

  get finished(): boolean {
    return this.steps[this.last].phase === 'over';
  }

  /**
   * The game at a step. The state belongs to the timeline and changes with the next call:
   * read it, or copy it (cloneGame) to keep it.
   */
  stateAt(step: number): GameState {
    const target = Math.max(0, Math.min(this.last, Math.floor(step)));
    const base = Math.floor(target / EVERY) * EVERY;
    let cursor = this.cursor;
    // Walk on from where we stand when that is nearer than the checkpoint before the target.
    if (!cursor || cursor.step > target || cursor.step < base) {
      cursor?.driver.stop();
      cursor = { step: base, driver: new GameDriver(cloneGame(this.kept[base / EVERY])) };
      this.cursor = cursor;
    }
    while (cursor.step < target) {
      cursor.driver.play(this.replay.actions[cursor.step]);
      cursor.step += 1;
    }
    return cursor.driver.game;
  }

  /** The decision taken to reach `step` (the one before it), if any. */
  actionBefore(step: number): Action | null {
    return step > 0 ? this.replay.actions[step - 1] : null;
  }

  /** The AI's stated reason for the decision that led to `step`, when the notes have one. */
  reasonBefore(step: number): ReplayNote | null {
    const action = this.actionBefore(step);
    if (!action || !this.notes) return null;
    const logIndex = this.steps[step - 1].logLen;
    return this.notes.find((n) => n.logIndex === logIndex && n.contender === action.actor) ?? null;
  }

  /** The next step (forward) or previous one (back) where the phase or the quarter changes. */
  phaseStep(from: number, dir: 1 | -1): number {
    return this.boundary(from, dir, (a, b) => a.turn !== b.turn || a.phase !== b.phase);
  }

  quarterStep(from: number, dir: 1 | -1): number {
    return this.boundary(from, dir, (a, b) => a.turn !== b.turn);
  }

  /** Forward: the first step of the next stretch. Back: the first step of this stretch, or of the one before. */
  private boundary(from: number, dir: 1 | -1, differs: (a: StepInfo, b: StepInfo) => boolean) {
    const s = this.steps;
    if (dir === 1) {
      let i = from + 1;
      while (i < this.last && !differs(s[i], s[from])) i++;
      return Math.min(i, this.last);
    }
    let i = from;
    while (i > 0 && !differs(s[i - 1], s[i])) i--;
    if (i < from) return i;
    // Already at a stretch's start: go to the start of the one before.
    i = Math.max(0, from - 1);
    while (i > 0 && !differs(s[i - 1], s[i])) i--;
    return i;
  }

  /** Each quarter the replay reaches, with its first step. */
  quarters(): { turn: number; step: number; label: string }[] {
    const out: { turn: number; step: number; label: string }[] = [];
    const start = this.kept[0].startQuarter;
    this.steps.forEach((s, step) => {
      if (out.length === 0 || out[out.length - 1].turn !== s.turn)
        out.push({ turn: s.turn, step, label: quarterLabel(start + s.turn) });
    });
    return out;
  }
}

function infoOf(game: GameState): StepInfo {
  return {
    turn: game.turn,
    phase: game.phase,
    who: nextDecision(game)?.contender ?? null,
    logLen: game.log.length,
  };
}
