// One game in the browser: the XState actor, the events the UI may send it, and saving.
// The UI only reads the machine's snapshot and sends typed GameEvents; the rules stay in src/sim.
import { createActor, type Actor, type Snapshot } from 'xstate';
import { planJob, planOnThisThread, type Choice, type PlanJob } from '../../ai/policy.ts';
import { runFuture } from '../../machine/driver.ts';
import type { ScenarioData } from '../../content/types.ts';
import { builtinScenarios } from '../../io/scenario.ts';
import type { SaveFile } from '../../io/save.ts';
import {
  gameMachine,
  snapshotAt,
  stageOf,
  type AiNote,
  type GameContext,
  type GameEvent,
  type Stage,
} from '../../machine/game-machine.ts';
import { initialRngState } from '../../sim/rng.ts';
import { RULES_VERSION, type Replay } from '../../sim/replay.ts';
import { branchFrom, runReplay } from '../../machine/replay.ts';
import type { BranchOf } from '../../io/replay.ts';
import { cleanStudentName } from '../../io/student-name.ts';
import { replaySchema } from '../../io/schemas.ts';
import { cloneGame } from '../../sim/flow.ts';
import { scenarioState } from '../../sim/setup.ts';
import type { GameState } from '../../sim/types.ts';
import { dateLabel, nameOf, nextDecision } from '../../sim/index.ts';
import type { ContenderId, Difficulty } from '../../sim/ids.ts';

export type GameActor = Actor<typeof gameMachine>;

export type { Stage };

export interface NewGameSetup {
  scenario: ScenarioData;
  seed: string;
  faction: ContenderId;
  difficulty: Difficulty;
  whatifs: string[];
  /** Hot-seat: more contenders played by people at this screen, besides `faction`. */
  others?: ContenderId[];
  /** The student's name, cleaned (src/io/student-name.ts); '' when not given. */
  student?: string;
}

type Listener = (session: Session) => void;

/** Works out an AI seat's planned move off the page's thread (src/ui/adviser/workers.ts). */
export type Planner = (job: PlanJob) => Promise<Choice>;

export class Session {
  private listeners = new Set<Listener>();

  /** A bug in the rules stops the machine; the UI says so instead of showing a broken game. */
  failure: string | null = null;

  /** Where a game taken over from a replay left it (its replay file records this). */
  branchOf: BranchOf | null = null;

  /** How often the player asked the adviser (the report says; kept in the save). */
  adviceAsked = 0;

  /** The student playing (cleaned; '' when not given): in the save, the report and the replay. */
  student = '';

  /**
   * A new game only: the board as the scenario sets it, before the first quarter's events that
   * ask nobody ran (they run as the game is created). Falls among them are compared against this.
   */
  opening: GameState | null = null;

  /**
   * Where a `hard` rival's planned move is worked out while the game runs: the page's Web
   * Workers (given as the session is made, and set again by the app), so the page stays
   * responsive while he thinks. Null: on this thread (tests in Node). Either way the move is
   * the same (tests/machine/plan-away.test.ts).
   */
  planner: Planner | null = null;

  /** The seat whose planned move is being worked out now (the game waits), or null. */
  thinking: ContenderId | null = null;

  /** Told when a seat starts thinking (the move panel says so). */
  onThinking: ((seat: ContenderId) => void) | null = null;

  private stopped = false;

  private constructor(
    readonly actor: GameActor,
    readonly scenarioTitle: string,
  ) {
    actor.subscribe({
      error: (err) => this.fail(err),
    });
  }

  /**
   * A new game. With a `planner` (the page's workers), the rivals who plan before the player's
   * first decision wait for `resume()`, which the app calls once it listens; without one (Node,
   * the tests) they plan here, and the game stands at the player's first decision.
   */
  static start(setup: NewGameSetup, planner: Planner | null = null): Session {
    const options = {
      difficulty: setup.difficulty,
      whatifs: setup.whatifs,
      faction: setup.faction,
    };
    const actor = createActor(gameMachine, {
      input: {
        scenario: setup.scenario,
        seed: setup.seed,
        options,
        human: setup.faction,
        external: setup.others ?? [],
        pauseForUi: true,
        planAway: true,
      },
    });
    actor.start();
    const session = new Session(actor, setup.scenario.title);
    session.planLaterOrHere(planner);
    session.student = cleanStudentName(setup.student ?? '');
    session.opening = scenarioState(setup.scenario, setup.seed, options);
    return session;
  }

  /** Hot-seat: the seat whose player is at the screen now (the board shows his view). */
  private seatAtScreen: ContenderId | null = null;

  /** Is more than one seat played at this screen? */
  get hotSeat(): boolean {
    return this.context.external.length > 1;
  }

  /** The seat played from this screen whose decision is due now, if any. */
  get dueSeat(): ContenderId | null {
    const d = nextDecision(this.context.game);
    return d && this.context.external.includes(d.contender) ? d.contender : null;
  }

  /** Hot-seat: the next player has confirmed he alone sees the screen. */
  handTo(seat: ContenderId): void {
    this.seatAtScreen = seat;
  }

  /**
   * Restore a saved game. Throws when the snapshot is damaged; the caller turns that into words.
   * A rival the save was waiting for thinks as in `start`: in the `planner` once resumed, or here.
   */
  static fromSave(save: SaveFile, planner: Planner | null = null): Session {
    const version = save.rulesVersion ?? 1;
    if (version !== RULES_VERSION)
      throw new Error(
        `it was saved under rules version ${version}, and this game plays rules version ${RULES_VERSION}`,
      );
    const scenario = findScenario(save.scenario) ?? builtinScenarios()[0];
    const context = save.snapshot.context as unknown as GameContext;
    const input = inputFor(scenario, context);
    // Saves from before planned moves were worked out away lack the two fields.
    const planning = { planAway: true, awaitingPlan: context.awaitingPlan ?? null };
    const actor = createActor(gameMachine, {
      snapshot: {
        ...save.snapshot,
        context: { ...context, ...planning },
      } as unknown as Snapshot<unknown>,
      input,
    });
    actor.start();
    const session = new Session(actor, findScenario(save.scenario)?.title ?? save.scenario);
    // Saved while a rival was thinking: his move is worked out (a wait that makes no sense
    // fails here, before the board opens).
    session.planLaterOrHere(planner);
    if (session.failure) throw new Error(session.failure);
    // A taken-over game keeps its branch point beside the machine's snapshot (checked: untrusted).
    const branch = branchOfSchema.safeParse((save.snapshot as Record<string, unknown>).branchOf);
    if (branch.success && branch.data) session.branchOf = branch.data;
    session.adviceAsked = adviceCount((save.snapshot as Record<string, unknown>).adviceAsked);
    session.student = cleanStudentName(save.student ?? '');
    // Touch everything the board reads, so a damaged save fails here and not mid-render.
    session.check();
    return session;
  }

  /**
   * Take over a replay after its first `upTo` decisions and play on as `seat` (by default the
   * replay's faction) against the AIs. `at` is the game at that step when the caller has it (the
   * viewer does), else the replay is re-applied; `notes` are the AI's reasons so far. The new
   * game records where it branched from (`branchOf`), and its replay file carries it.
   */
  static fromReplay(
    scenario: ScenarioData,
    replay: Replay,
    upTo: number,
    seat: ContenderId | null = replay.options.faction,
    at?: { game: GameState; notes?: AiNote[] },
    planner: Planner | null = null,
  ): Session {
    let game: GameState;
    if (at) game = cloneGame(at.game);
    else {
      const outcome = runReplay(scenario, replay, upTo);
      if (!outcome.ok)
        throw new Error(`replay stops at action ${outcome.index + 1}: ${outcome.what}`);
      game = outcome.state;
    }
    const human = seat;
    if (!human) throw new Error('this replay has no human player to take over');
    if (game.phase === 'over') throw new Error('the game is already over there');
    // The seat played from here on is the new game's faction (the report and the replay say so).
    game.options = { ...game.options, faction: human };
    const base = createActor(gameMachine, {
      input: {
        scenario,
        seed: replay.seed,
        options: game.options,
        human,
        pauseForUi: true,
        planAway: true,
      },
    }).getSnapshot().context;
    const context: GameContext = {
      ...base,
      // runReplay changed its own copy in place; this game keeps its snapshots unchanged.
      immutable: true,
      game,
      actions: replay.actions.slice(0, upTo),
      notes: (at?.notes ?? []).filter((n) => n.logIndex < game.log.length),
      undo: null,
      rejected: null,
      // The AI's own dice restart from the seed: from here the game is a new branch.
      aiRng: initialRngState(`ai|${replay.seed}|takeover|${upTo}`),
    };
    const actor = createActor(gameMachine, {
      snapshot: snapshotAt(context),
      input: inputFor(scenario, context),
    });
    actor.start();
    // The AIs move on to the player's first decision (the step may be another seat's).
    actor.send({ type: 'ui.resume' });
    const session = new Session(actor, scenario.title);
    session.planLaterOrHere(planner);
    session.branchOf = branchFrom(replay, upTo, human);
    return session;
  }

  get stage(): Stage {
    const stage = stageOf(this.actor.getSnapshot().value);
    if (!stage) throw new Error('the game stopped in an unknown place');
    return stage;
  }

  get context(): GameContext {
    return this.actor.getSnapshot().context;
  }

  /** The player at the screen: in hot-seat the seat handed the screen last, else the one player. */
  get human(): ContenderId {
    const human = this.seatAtScreen ?? this.context.human;
    if (!human) throw new Error('a browser game always has a human player');
    return human;
  }

  /**
   * A decision or a step of the player's. The machine runs on to the player's next decision;
   * the listeners are told when it is there. While a rival thinks (`thinking`) the game waits
   * for his move and takes no other.
   */
  send(event: GameEvent): void {
    if (this.failure || this.thinking) return;
    this.step(event);
    this.carryOn();
  }

  /** One event to the machine; a rule that throws becomes the session's failure. */
  private step(event: GameEvent): void {
    try {
      this.actor.send(event);
    } catch (e) {
      this.fail(e);
    }
    if (this.actor.getSnapshot().status === 'error' && !this.failure)
      this.failure = 'the rules stopped';
  }

  /**
   * After a step: if the machine waits for a planned move, have the planner work it out and
   * send it (and so on, rival after rival); then tell the listeners.
   */
  private carryOn(): void {
    const job = this.jobOrFail();
    if (job && this.planner) {
      this.thinking = job.seen.viewer;
      this.onThinking?.(job.seen.viewer);
      void this.thinkAway(job, this.planner);
      return;
    }
    this.planHere();
    this.thinking = null;
    for (const listener of [...this.listeners]) listener(this);
  }

  /**
   * The job of the planned move the machine waits for, or null. His view, policy and budget
   * come from the game. Throws if the wait makes no sense (a damaged save).
   */
  private awaitedJob(): PlanJob | null {
    const wait = this.context.awaitingPlan;
    if (!wait) return null;
    if (this.context.external.includes(wait.seat))
      throw new Error(`the game waits for a planned move of ${wait.seat}, a player's seat`);
    return planJob(this.context.game, wait.seat, this.context.policies[wait.seat], wait.seed);
  }

  /** The awaited job, unless the game has failed; a wait that makes no sense fails it. */
  private jobOrFail(): PlanJob | null {
    if (this.failure) return null;
    try {
      return this.awaitedJob();
    } catch (e) {
      this.fail(e);
      return null;
    }
  }

  private fail(e: unknown): void {
    this.failure = e instanceof Error ? e.message : String(e);
  }

  private async thinkAway(job: PlanJob, planner: Planner): Promise<void> {
    const wait = this.context.awaitingPlan;
    let choice: Choice | null = null;
    try {
      choice = await planner(job);
    } catch {
      // The workers failed or were stopped: the same move is worked out on this thread.
    }
    // Let go of (the player left the game, the app took the planner back), or answered
    // already (the session was let go of and taken up again, and thought afresh): nothing more.
    if (this.stopped || this.planner !== planner || this.context.awaitingPlan !== wait) return;
    this.takePlanned(choice ?? (() => planOnThisThread(job, runFuture)));
    this.carryOn();
  }

  /**
   * A session made with a planner may stand waiting for a rival's planned move: once the app
   * listens (and has set `onThinking`), send it to the planner; the listeners are told when
   * the player's decision is there. Nothing to do when no move is awaited.
   */
  resume(): void {
    if (this.thinking || !this.context.awaitingPlan) return;
    this.carryOn();
  }

  /** With a planner, leave an awaited planned move for `resume()` (checking it makes sense). */
  private planLaterOrHere(planner: Planner | null): void {
    this.planner = planner;
    if (planner) this.jobOrFail();
    else this.planHere();
  }

  /** Work out on this thread every planned move the machine waits for, one after another. */
  private planHere(): void {
    for (let job = this.jobOrFail(); job; job = this.jobOrFail()) {
      const planned = job;
      this.takePlanned(() => planOnThisThread(planned, runFuture));
    }
  }

  /** Send the planned move; a move the machine does not take stops the game (never a loop). */
  private takePlanned(choice: Choice | (() => Choice)): void {
    const wait = this.context.awaitingPlan;
    try {
      this.step({ type: 'ai.planned', ...(typeof choice === 'function' ? choice() : choice) });
    } catch (e) {
      this.fail(e);
    }
    if (!this.failure && this.context.awaitingPlan === wait)
      this.failure = 'the game did not take the planned move';
  }

  /**
   * The app lets go of this session's screen (back to the title, another game): a rival still
   * thinking finishes nowhere. The machine keeps waiting; a save of it plans the move on load.
   */
  release(): void {
    this.planner = null;
    this.onThinking = null;
    // Taken up again (attach), the session thinks afresh from resume().
    this.thinking = null;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  stop(): void {
    this.stopped = true;
    this.listeners.clear();
    this.actor.stop();
  }

  toSave(now: Date = new Date()): SaveFile {
    const game = this.context.game;
    const persisted = this.actor.getPersistedSnapshot() as unknown as SaveFile['snapshot'];
    return {
      formatVersion: 1,
      kind: 'heirs-save',
      rulesVersion: RULES_VERSION,
      savedAt: now.toISOString(),
      scenario: game.scenario,
      label: `${this.student ? `${this.student}: ` : ''}${nameOf(this.human)}, ${dateLabel(game)} \u2014 ${this.scenarioTitle}${game.phase === 'over' ? ' (finished)' : ''}`,
      ...(this.student ? { student: this.student } : {}),
      snapshot: {
        ...(JSON.parse(JSON.stringify(persisted)) as SaveFile['snapshot']),
        ...(this.branchOf ? { branchOf: this.branchOf } : {}),
        ...(this.adviceAsked > 0 ? { adviceAsked: this.adviceAsked } : {}),
      },
    };
  }

  private check(): void {
    const stage = this.stage;
    const game = this.context.game;
    // A game waiting for a rival's planned move is not at a decision; it can wait only in the
    // action phase (the machine's stretch of AI moves stops there).
    const waiting = this.context.awaitingPlan !== null;
    if (waiting && stage !== 'actions')
      throw new Error(`the saved game waits for a rival's move outside the action phase`);
    if (stage !== 'gameOver' && stage !== 'congress' && stage !== 'resolution' && !waiting) {
      const d = nextDecision(game);
      if (!d || !this.context.external.includes(d.contender))
        throw new Error('the saved game is not waiting for its player');
    }
    dateLabel(game);
  }
}

const branchOfSchema = replaySchema.shape.branchOf;

/** The adviser count a save carries (untrusted: anything but a whole number counts as none). */
function adviceCount(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : 0;
}

function findScenario(id: string): ScenarioData | undefined {
  return builtinScenarios().find((s) => s.id === id);
}

function inputFor(scenario: ScenarioData, context: GameContext) {
  const game = context.game;
  return {
    scenario,
    seed: game.seed,
    options: game.options,
    human: context.human,
    pauseForUi: true,
    planAway: true,
  };
}

/**
 * The moments a replay can be taken over: the first decision of the replay's faction in each
 * quarter, as { turn, index } where index is the number of actions to re-apply first.
 */
export function takeOverPoints(
  scenario: ScenarioData,
  replay: Replay,
): { turn: number; index: number }[] {
  const faction = replay.options.faction;
  if (!faction) return [];
  const out: { turn: number; index: number }[] = [];
  runReplay(scenario, replay, replay.actions.length, (game, index) => {
    const d = nextDecision(game);
    if (d?.contender === faction && !out.some((p) => p.turn === game.turn)) {
      out.push({ turn: game.turn, index });
    }
  });
  return out;
}
