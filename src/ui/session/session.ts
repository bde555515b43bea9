// One game in the browser: the XState actor, the events the UI may send it, and saving.
// The UI only reads the machine's snapshot and sends typed GameEvents; the rules stay in src/sim.
import { createActor, type Actor, type Snapshot } from 'xstate';
import type { ScenarioData } from '../../content/types.ts';
import { builtinScenarios } from '../../io/scenario.ts';
import type { SaveFile } from '../../io/save.ts';
import { gameMachine, type GameContext, type GameEvent } from '../../machine/game-machine.ts';
import { initialRngState } from '../../sim/rng.ts';
import { runReplay, type Replay } from '../../sim/replay.ts';
import {
  advance,
  applyActionInPlace,
  createGame,
  dateLabel,
  isLegal,
  nameOf,
  nextDecision,
} from '../../sim/index.ts';
import type { ContenderId, Difficulty } from '../../sim/ids.ts';

export type GameActor = Actor<typeof gameMachine>;

/** The machine's resting states: where it waits for the player or for the UI. */
export type Stage = 'events' | 'actions' | 'votes' | 'congress' | 'resolution' | 'gameOver';

export interface NewGameSetup {
  scenario: ScenarioData;
  seed: string;
  faction: ContenderId;
  difficulty: Difficulty;
  whatifs: string[];
}

type Listener = (session: Session) => void;

export class Session {
  private listeners = new Set<Listener>();

  /** A bug in the rules stops the machine; the UI says so instead of showing a broken game. */
  failure: string | null = null;

  private constructor(
    readonly actor: GameActor,
    readonly scenarioTitle: string,
  ) {
    actor.subscribe({
      error: (err) => {
        this.failure = err instanceof Error ? err.message : String(err);
      },
    });
  }

  static start(setup: NewGameSetup): Session {
    const actor = createActor(gameMachine, {
      input: {
        scenario: setup.scenario,
        seed: setup.seed,
        options: { difficulty: setup.difficulty, whatifs: setup.whatifs, faction: setup.faction },
        human: setup.faction,
        pauseForUi: true,
      },
    });
    actor.start();
    return new Session(actor, setup.scenario.title);
  }

  /** Restore a saved game. Throws when the snapshot is damaged; the caller turns that into words. */
  static fromSave(save: SaveFile): Session {
    const scenario = findScenario(save.scenario) ?? builtinScenarios()[0];
    const input = inputFor(scenario, save.snapshot.context as unknown as GameContext);
    const actor = createActor(gameMachine, {
      snapshot: save.snapshot as unknown as Snapshot<unknown>,
      input,
    });
    actor.start();
    const session = new Session(actor, findScenario(save.scenario)?.title ?? save.scenario);
    // Touch everything the board reads, so a damaged save fails here and not mid-render.
    session.check();
    return session;
  }

  /**
   * Take over a replay: re-apply its first `upTo` actions, then play on as the replay's faction
   * from that moment. `upTo` must leave the game at the player's own decision (see takeOverPoints).
   */
  static fromReplay(scenario: ScenarioData, replay: Replay, upTo: number): Session {
    const outcome = runReplay(scenario, replay, upTo);
    if (!outcome.ok)
      throw new Error(`replay stops at action ${outcome.index + 1}: ${outcome.what}`);
    const human = replay.options.faction;
    if (!human) throw new Error('this replay has no human player to take over');
    const base = createActor(gameMachine, {
      input: { scenario, seed: replay.seed, options: replay.options, human, pauseForUi: true },
    }).getSnapshot().context;
    const context: GameContext = {
      ...base,
      game: outcome.state,
      actions: replay.actions.slice(0, upTo),
      notes: [],
      undo: null,
      rejected: null,
      // The AI's own dice restart from the seed: from here the game is a new branch.
      aiRng: initialRngState(`ai|${replay.seed}|takeover|${upTo}`),
    };
    const snapshot = gameMachine.resolveState({
      value: stageOfPhase(outcome.state.phase),
      context,
    });
    const actor = createActor(gameMachine, { snapshot, input: inputFor(scenario, context) });
    actor.start();
    return new Session(actor, scenario.title);
  }

  get stage(): Stage {
    return this.actor.getSnapshot().value as Stage;
  }

  get context(): GameContext {
    return this.actor.getSnapshot().context;
  }

  get human(): ContenderId {
    const human = this.context.human;
    if (!human) throw new Error('a browser game always has a human player');
    return human;
  }

  send(event: GameEvent): void {
    if (this.failure) return;
    try {
      this.actor.send(event);
    } catch (e) {
      this.failure = e instanceof Error ? e.message : String(e);
    }
    if (this.actor.getSnapshot().status === 'error' && !this.failure)
      this.failure = 'the rules stopped';
    for (const listener of [...this.listeners]) listener(this);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  stop(): void {
    this.listeners.clear();
    this.actor.stop();
  }

  toSave(now: Date = new Date()): SaveFile {
    const game = this.context.game;
    const persisted = this.actor.getPersistedSnapshot() as unknown as SaveFile['snapshot'];
    return {
      formatVersion: 1,
      kind: 'heirs-save',
      savedAt: now.toISOString(),
      scenario: game.scenario,
      label: `${nameOf(this.human)}, ${dateLabel(game)} \u2014 ${this.scenarioTitle}${game.phase === 'over' ? ' (finished)' : ''}`,
      snapshot: JSON.parse(JSON.stringify(persisted)) as SaveFile['snapshot'],
    };
  }

  private check(): void {
    const stage = this.stage;
    const known: Stage[] = ['events', 'actions', 'votes', 'congress', 'resolution', 'gameOver'];
    if (!known.includes(stage))
      throw new Error(`the saved game stopped in an unknown place (${String(stage)})`);
    const game = this.context.game;
    if (stage !== 'gameOver' && stage !== 'congress' && stage !== 'resolution') {
      const d = nextDecision(game);
      if (!d || d.contender !== this.human)
        throw new Error('the saved game is not waiting for its player');
    }
    dateLabel(game);
  }
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
  };
}

export function stageOfPhase(phase: string): Stage {
  switch (phase) {
    case 'events':
    case 'actions':
    case 'votes':
    case 'congress':
    case 'resolution':
      return phase;
    default:
      return 'gameOver';
  }
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
  const state = createGame(scenario, replay.seed, replay.options);
  const out: { turn: number; index: number }[] = [];
  for (let i = 0; i < replay.actions.length; i++) {
    const d = nextDecision(state);
    if (!d) break;
    if (d.contender === faction && !out.some((p) => p.turn === state.turn)) {
      out.push({ turn: state.turn, index: i });
    }
    const action = replay.actions[i];
    if (action.actor !== d.contender || !isLegal(state, action)) break;
    applyActionInPlace(state, action);
    advance(state);
  }
  return out;
}
