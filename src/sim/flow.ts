// The public face of the rules: who decides next, what they may do, and doing it.
// legalActions is the single source of "what may be done" for the UI, the AI, replays and fuzzing.
// What happens between decisions (and in which order) is the machine's: src/machine.
import {
  ACTION_RULES,
  applyActionPhase,
  isPhaseAction,
  legalInActionPhase,
  whyNotInActionPhase,
} from './actions/table.ts';
import { answerEvent, optionsFor, resolveReadyEvents, waitingOn } from './events.ts';
import { sameJson } from './hash.ts';
import type { ContenderId } from './ids.ts';
import { currentActor, openBallot } from './turn.ts';
import type { Action, Decision, GameState } from './types.ts';

/** Who must decide next, and in which phase; null when the rules can move on by themselves. Pure. */
export function nextDecision(state: GameState): Decision | null {
  switch (state.phase) {
    case 'events': {
      const head = state.pendingEvents[0];
      const who = head ? waitingOn(state, head)[0] : undefined;
      return who ? { contender: who, phase: 'events' } : null;
    }
    case 'actions': {
      const actor = currentActor(state);
      return actor ? { contender: actor, phase: 'actions' } : null;
    }
    case 'votes': {
      const open = openBallot(state);
      return open?.voter ? { contender: open.voter, phase: 'votes' } : null;
    }
    default:
      return null;
  }
}

export function legalActions(state: GameState, contender: ContenderId): Action[] {
  const decision = nextDecision(state);
  if (!decision || decision.contender !== contender) return [];
  switch (decision.phase) {
    case 'events': {
      const pending = state.pendingEvents[0];
      return optionsFor(state, pending, contender).map((o) => ({
        type: 'answer' as const,
        actor: contender,
        event: pending.id,
        choice: o.id,
      }));
    }
    case 'actions':
      return legalInActionPhase(state, contender);
    case 'votes': {
      const open = openBallot(state);
      if (!open) return [];
      return (['yes', 'no', 'abstain'] as const).map((choice) => ({
        type: 'ballot' as const,
        actor: contender,
        motion: open.motion.id,
        choice,
      }));
    }
  }
}

/**
 * Why an action cannot be taken now, in the player's words ('' when it can): not his move, not
 * the phase for it, not open to him (the action's table entry says why), or too few points.
 */
export function whyNotNow(state: GameState, action: Action): string {
  const due = nextDecision(state);
  if (!due || due.contender !== action.actor) return 'It is not your move now.';
  if (!isPhaseAction(action)) return due.phase === 'actions' ? 'Choose an action first.' : '';
  if (due.phase !== 'actions') return 'Actions come in the action phase; answer or vote first.';
  return whyNotInActionPhase(state, action);
}

/**
 * Is this one of the moves legalActions offers now? An action-phase move is looked for among
 * its own kind's options only (the machine checks every move it is sent, the planner's
 * imagined ones included).
 */
export function isLegal(state: GameState, action: Action): boolean {
  const due = nextDecision(state);
  if (!due || due.contender !== action.actor) return false;
  if (due.phase === 'actions') {
    // A kind the table does not know is not a move (a file may hold anything).
    if (!isPhaseAction(action) || !Object.hasOwn(ACTION_RULES, action.type)) return false;
    return whyNotInActionPhase(state, action) === '';
  }
  return legalActions(state, action.actor).some((a) => sameJson(a, action));
}

/**
 * Apply one decision in place; the machine then runs whatever follows from it. The caller must
 * have checked legality (isLegal).
 */
export function applyActionInPlace(state: GameState, action: Action): void {
  switch (action.type) {
    case 'answer':
      answerEvent(state, action.actor, action.event, action.choice);
      resolveReadyEvents(state);
      return;
    case 'ballot': {
      const motion = state.motions.find((m) => m.id === action.motion);
      if (motion) motion.ballots[action.actor] = action.choice;
      return;
    }
    default:
      applyActionPhase(state, action);
  }
}

/** A deep copy of a plain JSON state; far cheaper than a JSON round trip. */
export function cloneState<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(cloneState) as T;
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = cloneState((value as Record<string, unknown>)[key]);
  return out as T;
}

/**
 * A copy of a game state that may be changed freely. The chronicle, the vote records and the
 * power history are append-only (their entries are never changed once written), so their
 * arrays are copied but their entries shared: copying stays cheap as the game grows.
 */
export function cloneGame(state: GameState): GameState {
  const { log, votes, powerHistory, ...rest } = state;
  return { ...cloneState(rest), log: [...log], votes: [...votes], powerHistory: [...powerHistory] };
}
