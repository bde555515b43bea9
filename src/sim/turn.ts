// The order of a quarter: events → actions → votes → congress (when due) → resolution.
// Each step here is automatic; decisions (answers, actions, ballots) come from outside.
import { currentQuarter, gatheringsInQuarter } from './calendar.ts';
import { runGathering } from './congress.ts';
import { queueEvents, resolveReadyEvents } from './events.ts';
import { CONTENDERS } from './ids.ts';
import { addLog } from './mutate.ts';
import { actionPointsFor, canAct } from './query.ts';
import { dateLabel } from './calendar.ts';
import { endOfQuarter } from './resolution.ts';
import type { GameState } from './types.ts';
import { votersFor, resolveMotion } from './votes.ts';

export function startTurn(state: GameState): void {
  state.phase = 'events';
  state.motions = [];
  addLog(state, { kind: 'system', text: `\u2014 ${dateLabel(state)} \u2014`, cause: 'rule:turn' });
  queueEvents(state);
  resolveReadyEvents(state);
}

function beginActions(state: GameState): void {
  state.phase = 'actions';
  const living = CONTENDERS.filter((c) => canAct(state, c));
  // The order rotates every quarter so no seat always moves first.
  const shift = living.length > 0 ? state.turn % living.length : 0;
  state.actionOrder = [...living.slice(shift), ...living.slice(0, shift)];
  state.actionIndex = 0;
  state.actionPoints = {};
  for (const c of living) state.actionPoints[c] = actionPointsFor(state, c);
}

export function gatheringDue(state: GameState): boolean {
  return gatheringsInQuarter(currentQuarter(state)).length > 0;
}

export function currentActor(state: GameState) {
  while (state.actionIndex < state.actionOrder.length) {
    const c = state.actionOrder[state.actionIndex];
    if (canAct(state, c) && (state.actionPoints[c] ?? 0) > 0) return c;
    state.actionIndex += 1;
  }
  return null;
}

/** The first motion still waiting for a ballot, and whose ballot it waits for. */
export function openBallot(state: GameState) {
  const motion = state.motions[0];
  if (!motion) return null;
  const voter = votersFor(state, motion).find((c) => !motion.ballots[c]);
  return voter ? { motion, voter } : { motion, voter: null };
}

/**
 * One automatic step of the quarter, when no contender has a decision to make.
 * Returns false when there is nothing automatic to do (a decision is due, or the game is over).
 */
export function stepAutomatic(state: GameState): boolean {
  switch (state.phase) {
    case 'events':
      resolveReadyEvents(state);
      if (state.pendingEvents.length > 0) return false;
      beginActions(state);
      return true;
    case 'actions':
      if (currentActor(state)) return false;
      state.phase = 'votes';
      return true;
    case 'votes': {
      const open = openBallot(state);
      if (open && open.voter) return false;
      if (open) {
        state.motions.shift();
        resolveMotion(state, open.motion);
        return true;
      }
      state.phase = gatheringDue(state) ? 'congress' : 'resolution';
      return true;
    }
    case 'congress':
      for (const g of gatheringsInQuarter(currentQuarter(state))) runGathering(state, g);
      state.phase = 'resolution';
      return true;
    case 'resolution':
      if (endOfQuarter(state)) {
        state.phase = 'over';
        addLog(state, {
          kind: 'system',
          text: state.outcome?.reason ?? 'The game is over.',
          cause: 'rule:end',
        });
        return true;
      }
      state.turn += 1;
      startTurn(state);
      return true;
    case 'over':
      return false;
  }
}
