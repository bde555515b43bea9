// The flow of a turn as an XState v5 machine. The rules stay in src/sim; the machine decides
// whose move it is, asks the AI for AI seats, waits for the player's events, and pauses for the
// UI between phases when asked to. It runs headless (CLI, lab, tests) and in the browser.
import { assign, setup } from 'xstate';
import type { ScenarioData } from '../content/types.ts';
import { decide, type PolicyId } from '../ai/policy.ts';
import { CONTENDERS, type ContenderId } from '../sim/ids.ts';
import { advance, applyActionInPlace, cloneGame, isLegal, nextDecision } from '../sim/flow.ts';
import { initialRngState, SideStream } from '../sim/rng.ts';
import { createGame } from '../sim/setup.ts';
import { stepAutomatic } from '../sim/turn.ts';
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
  /** The seat the player controls through events, or null when every seat is an AI. */
  human: ContenderId | null;
  policies: Record<ContenderId, PolicyId>;
  aiRng: RngState;
  /** Every decision so far, human and AI, in order: the replay. */
  actions: Action[];
  notes: AiNote[];
  undo: UndoPoint | null;
  /** Stop after a congress and after each quarter for the UI to show what happened. */
  pauseForUi: boolean;
  /** The last refused event, in words (for the UI). */
  rejected: string | null;
}

export interface GameInput {
  scenario: ScenarioData;
  seed: string;
  options: GameOptions;
  human?: ContenderId | null;
  /** Per-seat AI policy; seats not named play the options' difficulty. */
  policies?: Partial<Record<ContenderId, PolicyId>>;
  pauseForUi?: boolean;
}

export type GameEvent =
  | { type: 'player.act'; action: Action }
  | { type: 'player.answerEvent'; event: string; choice: string }
  | { type: 'player.vote'; motion: number; choice: BallotChoice }
  | { type: 'player.endTurn' }
  | { type: 'ui.undo' }
  | { type: 'ui.continue' }
  /** After restoring a snapshot: run whatever the rules can do by themselves from here. */
  | { type: 'ui.resume' };

function humanAction(ctx: GameContext, event: GameEvent): Action | null {
  const human = ctx.human;
  if (!human) return null;
  switch (event.type) {
    case 'player.act':
      return event.action.actor === human ? event.action : null;
    case 'player.answerEvent':
      return { type: 'answer', actor: human, event: event.event, choice: event.choice };
    case 'player.vote':
      return { type: 'ballot', actor: human, motion: event.motion, choice: event.choice };
    case 'player.endTurn':
      return { type: 'end', actor: human };
    default:
      return null;
  }
}

/**
 * The game state an action may change. With a player at the table every step makes a new
 * state, so snapshots stay immutable (undo, the UI, machine.transition in tests); headless
 * runs change the state in place, which is what makes the lab fast.
 */
function working(ctx: GameContext): GameState {
  return ctx.human ? cloneGame(ctx.game) : ctx.game;
}

function isAiToMove(ctx: GameContext): boolean {
  const d = nextDecision(ctx.game);
  return d !== null && d.contender !== ctx.human;
}

function isAutomaticDue(ctx: GameContext): boolean {
  return ctx.game.phase !== 'over' && nextDecision(ctx.game) === null;
}

export function initialContext(input: GameInput): GameContext {
  const game = createGame(input.scenario, input.seed, input.options);
  const policies = {} as Record<ContenderId, PolicyId>;
  for (const c of CONTENDERS) policies[c] = input.policies?.[c] ?? input.options.difficulty;
  return {
    game,
    human: input.human ?? null,
    policies,
    aiRng: initialRngState(`ai|${input.seed}`),
    actions: [],
    notes: [],
    undo: null,
    pauseForUi: input.pauseForUi ?? false,
    rejected: null,
  };
}

/** In a decision phase: AI seats move, or the rules move on by themselves. */
const AI_OR_RULES = [
  { guard: 'aiToMove', actions: 'aiMove', target: 'route' },
  { guard: 'automaticDue', actions: 'step', target: 'route' },
] as const;

/** A player's move: applied if legal, otherwise refused with a message for the UI. */
const PLAYER_MOVE = [
  { guard: 'humanMoveIsLegal', actions: 'humanMove', target: 'route' },
  { actions: 'refuse' },
] as const;

export const gameMachine = setup({
  types: {
    context: {} as GameContext,
    events: {} as GameEvent,
    input: {} as GameInput,
  },
  guards: {
    isOver: ({ context }) => context.game.phase === 'over',
    inEvents: ({ context }) => context.game.phase === 'events',
    inActions: ({ context }) => context.game.phase === 'actions',
    inVotes: ({ context }) => context.game.phase === 'votes',
    inCongress: ({ context }) => context.game.phase === 'congress',
    aiToMove: ({ context }) => isAiToMove(context),
    automaticDue: ({ context }) => isAutomaticDue(context),
    noPause: ({ context }) => !context.pauseForUi,
    humanMoveIsLegal: ({ context, event }) => {
      const action = humanAction(context, event);
      return action !== null && isLegal(context.game, action);
    },
    canUndo: ({ context }) => context.undo !== null,
  },
  actions: {
    aiMove: assign(({ context }) => {
      // Every AI decision in a row, until the player must decide or the phase moves on: one
      // machine step for the whole stretch (ARCHITECTURE.md: phase granularity for AI seats).
      const game = working(context);
      const stream = new SideStream('', context.aiRng);
      const actions: Action[] = [];
      const notes: AiNote[] = [];
      const phase = game.phase;
      for (let d = nextDecision(game); d && d.contender !== context.human; d = nextDecision(game)) {
        const choice = decide(game, d.contender, context.policies[d.contender], stream);
        const logIndex = game.log.length;
        applyActionInPlace(game, choice.action);
        actions.push(choice.action);
        if (choice.action.type !== 'ballot' && choice.action.type !== 'end' && choice.reason) {
          notes.push({ logIndex, turn: game.turn, contender: d.contender, text: choice.reason });
        }
        if (game.phase !== phase) break;
      }
      if (!context.human) {
        // Headless: nobody holds older snapshots, so the arrays grow in place (the lab's speed).
        context.actions.push(...actions);
        context.notes.push(...notes);
        return { aiRng: stream.state(), game };
      }
      return {
        aiRng: stream.state(),
        game,
        actions: [...context.actions, ...actions],
        notes: [...context.notes, ...notes],
        undo: null,
      };
    }),
    step: assign(({ context }) => {
      const game = working(context);
      stepAutomatic(game);
      return { game };
    }),
    humanMove: assign(({ context, event }) => {
      const action = humanAction(context, event);
      if (!action) return {};
      const before = context.game;
      const undoPoint: UndoPoint = {
        game: before,
        actions: context.actions.length,
        notes: context.notes.length,
      };
      const game = cloneGame(context.game);
      applyActionInPlace(game, action);
      advance(game);
      const d = nextDecision(game);
      // Undo is honest only while no dice were rolled and the move is still the player's.
      const undoable =
        game.rng.s0 === before.rng.s0 &&
        game.rng.c === before.rng.c &&
        d?.contender === context.human &&
        d.phase === 'actions';
      return {
        game,
        actions: [...context.actions, action],
        undo: undoable ? undoPoint : null,
        rejected: null,
      };
    }),
    refuse: assign(({ event }) => ({ rejected: `That move is not allowed now (${event.type}).` })),
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
  initial: 'route',
  on: { 'ui.resume': { target: '.route', reenter: true } },
  states: {
    route: {
      always: [
        { guard: 'isOver', target: 'gameOver' },
        { guard: 'inEvents', target: 'events' },
        { guard: 'inActions', target: 'actions' },
        { guard: 'inVotes', target: 'votes' },
        { guard: 'inCongress', target: 'congress' },
        { target: 'resolution' },
      ],
    },
    events: {
      always: AI_OR_RULES,
      on: {
        'player.answerEvent': PLAYER_MOVE,
        'player.act': PLAYER_MOVE,
      },
    },
    actions: {
      always: AI_OR_RULES,
      on: {
        'player.act': PLAYER_MOVE,
        'player.endTurn': PLAYER_MOVE,
        'ui.undo': { guard: 'canUndo', actions: 'undo', target: 'route' },
      },
    },
    votes: {
      always: AI_OR_RULES,
      on: {
        'player.vote': PLAYER_MOVE,
        'player.act': PLAYER_MOVE,
      },
    },
    congress: {
      entry: 'step',
      always: { guard: 'noPause', target: 'route' },
      on: { 'ui.continue': 'route' },
    },
    resolution: {
      entry: 'step',
      always: [
        { guard: 'isOver', target: 'gameOver' },
        { guard: 'noPause', target: 'route' },
      ],
      on: { 'ui.continue': 'route' },
    },
    gameOver: { type: 'final' },
  },
});

export type GameMachine = typeof gameMachine;
