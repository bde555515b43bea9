// The rules of each step of a quarter. The ORDER of the steps lives in one place only: the
// XState machine (src/machine/game-machine.ts), which calls these functions from its states.
// Here: what each step does, and pure questions about where the quarter stands.
import { currentQuarter, dateLabel, gatheringsInQuarter } from './calendar.ts';
import { runGathering } from './congress.ts';
import { queueEvents, resolveReadyEvents } from './events.ts';
import { CONTENDERS, type ContenderId } from './ids.ts';
import { addLog } from './mutate.ts';
import { actionPointsFor, canAct } from './query.ts';
import { endOfQuarter } from './resolution.ts';
import type { GameState, Motion } from './types.ts';
import { resolveMotion, votersFor } from './votes.ts';

/** A quarter opens: the date is logged and the events due now are queued. */
export function beginQuarter(state: GameState): void {
  state.phase = 'events';
  state.motions = [];
  addLog(state, {
    kind: 'system',
    text: `\u2014 ${dateLabel(state)} \u2014`,
    cause: 'rule:turn',
    outcome: { what: 'quarter' },
  });
  queueEvents(state);
  resolveReadyEvents(state);
}

/** The calendar moves on a quarter, and the new quarter opens. */
export function beginNextQuarter(state: GameState): void {
  state.turn += 1;
  beginQuarter(state);
}

/** True when every event of the quarter has been answered and resolved. */
export function eventsSettled(state: GameState): boolean {
  return state.pendingEvents.length === 0;
}

export function beginActions(state: GameState): void {
  state.phase = 'actions';
  const living = CONTENDERS.filter((c) => canAct(state, c));
  // The order rotates every quarter so no seat always moves first.
  const shift = living.length > 0 ? state.turn % living.length : 0;
  state.actionOrder = [...living.slice(shift), ...living.slice(0, shift)];
  state.actionPoints = {};
  for (const c of living) state.actionPoints[c] = actionPointsFor(state, c);
}

/** Whose move it is in the action phase: the first seat in order with points left. Pure. */
export function currentActor(state: GameState): ContenderId | null {
  for (const c of state.actionOrder) {
    if (canAct(state, c) && (state.actionPoints[c] ?? 0) > 0) return c;
  }
  return null;
}

export function beginVotes(state: GameState): void {
  state.phase = 'votes';
}

/** The motion being voted on now (motions are voted in the order they were tabled). */
export function currentMotion(state: GameState): Motion | null {
  return state.motions[0] ?? null;
}

/** The first motion still waiting for a ballot, and whose ballot it waits for. Pure. */
export function openBallot(state: GameState) {
  const motion = currentMotion(state);
  if (!motion) return null;
  const voter = votersFor(state, motion).find((c) => !motion.ballots[c]) ?? null;
  return { motion, voter };
}

/** Every ballot on the current motion is in: count it and carry it out. */
export function tallyCurrentMotion(state: GameState): void {
  const motion = state.motions.shift();
  if (motion) resolveMotion(state, motion);
}

/** A congress or conference meets this quarter. */
export function gatheringDue(state: GameState): boolean {
  return gatheringsInQuarter(currentQuarter(state)).length > 0;
}

export function holdGatherings(state: GameState): void {
  state.phase = 'congress';
  for (const g of gatheringsInQuarter(currentQuarter(state))) runGathering(state, g);
}

/** The economy, health and the calendar move on; the end of the game is decided here. */
export function resolveQuarter(state: GameState): void {
  state.phase = 'resolution';
  endOfQuarter(state);
}

export function finishGame(state: GameState): void {
  state.phase = 'over';
  addLog(state, {
    kind: 'system',
    text: state.outcome?.reason ?? 'The game is over.',
    cause: 'rule:end',
    outcome: { what: 'game_over', contenders: state.outcome?.winner ? [state.outcome.winner] : [] },
  });
}
