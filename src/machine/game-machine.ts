// The turn order of the game, in one place: an XState v5 statechart whose states are the
// phases of a quarter. The machine's state always equals the game's phase (`game.phase`); the
// rules of each step are pure functions in src/sim (turn.ts) that the states call on entry.
//
//   events ─► actions ─► votes (ballots ⇄ tally, motion by motion) ─► congress? ─► resolution
//     ▲                                                                                │
//     └──────────────────────────────── next quarter ◄───────────────────────────────┘─► gameOver
//
// Seats are moved by the AI (a whole stretch of AI decisions in one transition, which is what
// makes headless games fast) or from outside (`external` seats: the player in the browser,
// every seat when a replay is re-applied). In a planner's imagined future (`future` in the
// context) the same stretch asks the future's own policies, and stops at its horizon.
// docs/machine.md has the diagram, generated from this definition by `npm run diagram`.
import { assign, setup, type SnapshotFrom } from 'xstate';
import type { ScenarioData } from '../content/types.ts';
import { decide, planSeed, type PolicyId } from '../ai/policy.ts';
import { runFuture } from './driver.ts';
import { CONTENDERS, type ContenderId } from '../sim/ids.ts';
import { previewAction } from '../sim/actions/table.ts';
import { applyActionInPlace, cloneGame, isLegal, nextDecision, whyNotNow } from '../sim/flow.ts';
import { initialRngState, SideStream } from '../sim/rng.ts';
import { createGame } from '../sim/setup.ts';
import {
  beginActions,
  beginNextQuarter,
  beginVotes,
  currentActor,
  currentMotion,
  eventsSettled,
  finishGame,
  gatheringDue,
  holdGatherings,
  openBallot,
  resolveQuarter,
  tallyCurrentMotion,
} from '../sim/turn.ts';
import type { FutureMoves } from '../ai/planner-types.ts';
import type { Action, BallotChoice, GameOptions, GameState, RngState } from '../sim/types.ts';

/** Why an AI did what it did, kept beside the game (not in it: replays need no AI). */
export interface AiNote {
  /** The length of the game log when the action was taken: the note belongs after that line. */
  logIndex: number;
  turn: number;
  contender: ContenderId;
  text: string;
}

export interface UndoPoint {
  game: GameState;
  actions: number;
  notes: number;
}

export interface GameContext {
  game: GameState;
  /** The seat the player controls in the browser (undo and the UI's prompts are its), or null. */
  human: ContenderId | null;
  /** Seats whose decisions come from outside as events; every other seat is an AI. */
  external: ContenderId[];
  policies: Record<ContenderId, PolicyId>;
  aiRng: RngState;
  /** Every decision so far, human and AI, in order: the replay. */
  actions: Action[];
  notes: AiNote[];
  undo: UndoPoint | null;
  /** Stop after a congress and after each quarter for the UI to show what happened. */
  pauseForUi: boolean;
  /**
   * Every step makes a new game state, so snapshots stay unchanged (undo, the UI, tests with
   * machine.transition). Headless runs change the state in place, which is what makes them fast.
   */
  immutable: boolean;
  /** The last refused move, in words (for the UI). */
  rejected: string | null;
  /**
   * In a planner's imagined future (src/machine/driver.ts, runFuture): who moves every seat,
   * and the quarter after which the future stops. Absent in a real game.
   */
  future?: FutureMoves;
  /**
   * The browser's: a planning seat's move is worked out off the page's thread (its Web
   * Workers), so the stretch of AI moves stops before it and the machine waits for the move as
   * `ai.planned`. Headless runs plan in place (false).
   */
  planAway: boolean;
  /**
   * The planned move the machine waits for (with planAway): whose, and the seed of his
   * thinking (the rest of the job follows from the game: policy.ts, planJob). Else null.
   */
  awaitingPlan: AwaitedPlan | null;
}

export interface AwaitedPlan {
  seat: ContenderId;
  seed: string;
}

export interface GameInput {
  scenario: ScenarioData;
  seed: string;
  options: GameOptions;
  human?: ContenderId | null;
  /** Seats moved from outside besides the human (e.g. every seat, to re-apply a replay). */
  external?: readonly ContenderId[];
  /** Per-seat AI policy; seats not named play the options' difficulty. */
  policies?: Partial<Record<ContenderId, PolicyId>>;
  pauseForUi?: boolean;
  /** Keep every snapshot unchanged (default: when a human plays). */
  immutable?: boolean;
  /** Planned moves come from outside as `ai.planned` (GameContext.planAway). */
  planAway?: boolean;
}

export type GameEvent =
  | { type: 'player.act'; action: Action }
  | { type: 'player.answerEvent'; event: string; choice: string }
  | { type: 'player.vote'; motion: number; choice: BallotChoice }
  | { type: 'player.endTurn' }
  | { type: 'ui.undo' }
  | { type: 'ui.continue' }
  /** After restoring a snapshot: run whatever the rules can do by themselves from here. */
  | { type: 'ui.resume' }
  /** The planned move the machine waits for (`awaitingPlan`), worked out (policy.ts). */
  | { type: 'ai.planned'; action: Action; reason: string };

/** The decision an event carries, for the seat whose decision is due (if it is moved from outside). */
function externalAction(ctx: GameContext, event: GameEvent): Action | null {
  const due = nextDecision(ctx.game)?.contender;
  if (!due || !ctx.external.includes(due)) return null;
  switch (event.type) {
    case 'player.act':
      return event.action.actor === due ? event.action : null;
    case 'player.answerEvent':
      return { type: 'answer', actor: due, event: event.event, choice: event.choice };
    case 'player.vote':
      return { type: 'ballot', actor: due, motion: event.motion, choice: event.choice };
    case 'player.endTurn':
      return { type: 'end', actor: due };
    default:
      return null;
  }
}

function working(ctx: GameContext): GameState {
  return ctx.immutable ? cloneGame(ctx.game) : ctx.game;
}

export function initialContext(input: GameInput): GameContext {
  const game = createGame(input.scenario, input.seed, input.options);
  const policies = {} as Record<ContenderId, PolicyId>;
  for (const c of CONTENDERS) policies[c] = input.policies?.[c] ?? input.options.difficulty;
  const human = input.human ?? null;
  const external = [...new Set([...(human ? [human] : []), ...(input.external ?? [])])];
  return {
    game,
    human,
    external,
    policies,
    aiRng: initialRngState(`ai|${input.seed}`),
    actions: [],
    notes: [],
    undo: null,
    pauseForUi: input.pauseForUi ?? false,
    immutable: input.immutable ?? human !== null,
    rejected: null,
    planAway: input.planAway ?? false,
    awaitingPlan: null,
  };
}

/** In a future, has the game not yet passed its horizon? (Always, in a real game.) */
function beforeHorizon(future: FutureMoves | undefined, game: GameState): boolean {
  return !future || game.turn <= future.lastTurn;
}

/**
 * Apply an AI seat's move and keep its reason beside the game (the chronicle shows it); none
 * for a ballot (the vote's record gives each voter's reason) or for ending the turn.
 */
function playAiMove(game: GameState, action: Action, reason: string, notes: AiNote[]): void {
  const logIndex = game.log.length;
  applyActionInPlace(game, action);
  if (action.type !== 'ballot' && action.type !== 'end' && reason) {
    notes.push({ logIndex, turn: game.turn, contender: action.actor, text: reason });
  }
}

/** A step of the rules, applied to the game (a fresh copy when snapshots must stay unchanged). */
function rule(context: GameContext, step: (game: GameState) => void): Partial<GameContext> {
  const game = working(context);
  step(game);
  return { game };
}

/** In a decision state: the AI moves its seats; an outside seat's move waits for its event. */
const AI_MOVES = { guard: 'aiToMove', actions: 'aiMove' } as const;
const OUTSIDE_MOVE = [
  { guard: 'moveIsLegal', actions: 'applyMove' },
  { actions: 'refuse' },
] as const;

export const gameMachine = setup({
  types: {
    context: {} as GameContext,
    events: {} as GameEvent,
    input: {} as GameInput,
  },
  guards: {
    isOver: ({ context }) => context.game.outcome !== null,
    eventsSettled: ({ context }) => eventsSettled(context.game),
    noSeatLeft: ({ context }) => currentActor(context.game) === null,
    noMotionLeft: ({ context }) => currentMotion(context.game) === null,
    ballotsComplete: ({ context }) => openBallot(context.game)?.voter === null,
    gatheringDue: ({ context }) => gatheringDue(context.game),
    aiToMove: ({ context }) => {
      if (context.awaitingPlan) return false;
      const d = nextDecision(context.game);
      return (
        d !== null &&
        !context.external.includes(d.contender) &&
        beforeHorizon(context.future, context.game)
      );
    },
    noPause: ({ context }) => !context.pauseForUi,
    moveIsLegal: ({ context, event }) => {
      const action = externalAction(context, event);
      return action !== null && isLegal(context.game, action);
    },
    canUndo: ({ context }) => context.undo !== null,
    planFits: ({ context, event }) =>
      event.type === 'ai.planned' &&
      context.awaitingPlan !== null &&
      event.action.actor === context.awaitingPlan.seat &&
      isLegal(context.game, event.action),
  },
  actions: {
    beginNextQuarter: assign(({ context }) => rule(context, beginNextQuarter)),
    beginActions: assign(({ context }) => rule(context, beginActions)),
    beginVotes: assign(({ context }) => rule(context, beginVotes)),
    tallyMotion: assign(({ context }) => rule(context, tallyCurrentMotion)),
    holdGatherings: assign(({ context }) => rule(context, holdGatherings)),
    resolveQuarter: assign(({ context }) => rule(context, resolveQuarter)),
    finishGame: assign(({ context }) => rule(context, finishGame)),
    aiMove: assign(({ context }) => {
      // Every AI decision in a row, until an outside seat must decide or the rules must move
      // on: one machine step for the whole stretch (ARCHITECTURE.md: phase granularity).
      const game = working(context);
      const stream = new SideStream('', context.aiRng);
      const actions: Action[] = [];
      const notes: AiNote[] = [];
      const future = context.future;
      let awaitingPlan: AwaitedPlan | null = null;
      for (
        let d = nextDecision(game);
        d && !context.external.includes(d.contender) && beforeHorizon(future, game);
        d = nextDecision(game)
      ) {
        if (context.planAway) {
          // Stop here: the page's workers plan this move (the one draw it takes is made now,
          // in its place in the AI's stream).
          const seed = planSeed(game, d.contender, context.policies[d.contender], stream);
          if (seed !== null) {
            awaitingPlan = { seat: d.contender, seed };
            break;
          }
        }
        const choice = future
          ? { action: future.move(game, d.contender), reason: '' }
          : decide(game, d.contender, context.policies[d.contender], stream, runFuture);
        playAiMove(game, choice.action, choice.reason, notes);
        actions.push(choice.action);
      }
      if (!context.immutable) {
        // Nobody holds older snapshots, so the arrays grow in place (the lab's speed).
        context.actions.push(...actions);
        context.notes.push(...notes);
        return { aiRng: stream.state(), game, awaitingPlan };
      }
      return {
        aiRng: stream.state(),
        game,
        actions: [...context.actions, ...actions],
        notes: [...context.notes, ...notes],
        undo: null,
        awaitingPlan,
      };
    }),
    applyPlanned: assign(({ context, event }) => {
      if (event.type !== 'ai.planned') return {};
      const game = working(context);
      const notes: AiNote[] = [];
      playAiMove(game, event.action, event.reason, notes);
      if (!context.immutable) {
        context.actions.push(event.action);
        context.notes.push(...notes);
        return { game, awaitingPlan: null };
      }
      return {
        game,
        actions: [...context.actions, event.action],
        notes: [...context.notes, ...notes],
        undo: null,
        awaitingPlan: null,
      };
    }),
    refusePlan: ({ context, event }) => {
      // Only a bug sends a planned move that does not fit: stop the game rather than guess.
      const action = event.type === 'ai.planned' ? JSON.stringify(event.action) : event.type;
      const due = context.awaitingPlan?.seat ?? 'nobody';
      throw new Error(`the planned move ${action} is not ${due}'s to make now`);
    },
    applyMove: assign(({ context, event }) => {
      const action = externalAction(context, event);
      if (!action) return {};
      const before = context.game;
      const game = working(context);
      applyActionInPlace(game, action);
      if (!context.immutable) {
        context.actions.push(action);
        return { game, rejected: null };
      }
      const d = nextDecision(game);
      // Undo is honest only while no dice were rolled and the move is still the player's.
      const undoable =
        context.external.includes(action.actor) &&
        game.rng.s0 === before.rng.s0 &&
        game.rng.c === before.rng.c &&
        d?.contender === action.actor &&
        d.phase === 'actions';
      const undo: UndoPoint = {
        game: before,
        actions: context.actions.length,
        notes: context.notes.length,
      };
      return {
        game,
        actions: [...context.actions, action],
        undo: undoable ? undo : null,
        rejected: null,
      };
    }),
    refuse: assign(({ context, event }) => {
      // Say what was refused and why, in the player's words.
      const action = event.type === 'player.act' ? event.action : externalAction(context, event);
      const why = action ? whyNotNow(context.game, action) : '';
      const what = action ? previewAction(context.game, action).title : 'That move';
      return {
        rejected: `${what}: not possible now. ${why || 'It is not open to you at this point.'}`,
      };
    }),
    undo: assign(({ context }) => {
      const u = context.undo;
      if (!u) return {};
      return {
        game: u.game,
        actions: context.actions.slice(0, u.actions),
        notes: context.notes.slice(0, u.notes),
        undo: null,
      };
    }),
  },
}).createMachine({
  id: 'game',
  context: ({ input }) => initialContext(input),
  initial: 'events',
  // A no-op event: after it the machine runs whatever the rules can do by themselves (a
  // restored snapshot does not run its eventless transitions until an event arrives).
  on: {
    'ui.resume': {},
    // Planned moves are made in the action phase only: anywhere else one is a bug (or a
    // damaged save), and stops the game rather than being dropped.
    'ai.planned': { actions: 'refusePlan' },
  },
  states: {
    events: {
      // A new game stands here at the opening of its first quarter (createGame opens it);
      // later quarters open on the way in from resolution.
      always: [{ guard: 'eventsSettled', target: 'actions' }, AI_MOVES],
      on: {
        'player.answerEvent': OUTSIDE_MOVE,
        'player.act': OUTSIDE_MOVE,
      },
    },
    actions: {
      entry: 'beginActions',
      always: [{ guard: 'noSeatLeft', target: 'votes' }, AI_MOVES],
      on: {
        'player.act': OUTSIDE_MOVE,
        'player.endTurn': OUTSIDE_MOVE,
        'ui.undo': { guard: 'canUndo', actions: 'undo' },
        // Only action-phase moves are planned (policy.ts, plansMove).
        'ai.planned': [{ guard: 'planFits', actions: 'applyPlanned' }, { actions: 'refusePlan' }],
      },
    },
    votes: {
      entry: 'beginVotes',
      initial: 'ballots',
      states: {
        ballots: {
          always: [
            { guard: 'noMotionLeft', target: 'done' },
            { guard: 'ballotsComplete', target: 'tally' },
            AI_MOVES,
          ],
          on: {
            'player.vote': OUTSIDE_MOVE,
            'player.act': OUTSIDE_MOVE,
          },
        },
        tally: {
          entry: 'tallyMotion',
          always: { target: 'ballots' },
        },
        done: { type: 'final' },
      },
      onDone: [{ guard: 'gatheringDue', target: 'congress' }, { target: 'resolution' }],
    },
    congress: {
      entry: 'holdGatherings',
      always: { guard: 'noPause', target: 'resolution' },
      on: { 'ui.continue': 'resolution' },
    },
    resolution: {
      entry: 'resolveQuarter',
      always: [
        { guard: 'isOver', target: 'gameOver' },
        { guard: 'noPause', target: 'events', actions: 'beginNextQuarter' },
      ],
      on: { 'ui.continue': { target: 'events', actions: 'beginNextQuarter' } },
    },
    gameOver: { entry: 'finishGame', type: 'final' },
  },
});

export type GameMachine = typeof gameMachine;
export type GameSnapshot = SnapshotFrom<GameMachine>;

/** The top-level state (the phase) of a snapshot: 'events', 'actions', 'votes', … */
export type Stage = 'events' | 'actions' | 'votes' | 'congress' | 'resolution' | 'gameOver';

export function stageOf(value: unknown): Stage | null {
  const key = typeof value === 'string' ? value : Object.keys(value ?? {})[0];
  const stages: Stage[] = ['events', 'actions', 'votes', 'congress', 'resolution', 'gameOver'];
  return stages.find((s) => s === key) ?? null;
}

/** The machine's state for a game state: the phase, and inside votes the ballots. */
export function stateValueOf(game: GameState) {
  switch (game.phase) {
    case 'votes':
      return { votes: 'ballots' } as const;
    case 'over':
      return 'gameOver' as const;
    default:
      return game.phase;
  }
}

/**
 * A snapshot of the machine at a game already under way (a replay's prefix, a take-over): no
 * entry action runs, so the quarter is not opened twice. Send `ui.resume` after starting an
 * actor from it to let the rules move on by themselves.
 */
export function snapshotAt(context: GameContext): GameSnapshot {
  return gameMachine.resolveState({ value: stateValueOf(context.game), context });
}
