// Running the rules by themselves, without the XState machine: for code inside src/ai that
// must play futures out (the planner's rollouts) and cannot import src/machine, which imports
// the AI. The steps are the machine's own (src/sim/turn.ts), taken in the machine's order
// (src/machine/game-machine.ts); tests/sim/advance.test.ts plays whole games both ways and
// checks they end in the same state, so the two cannot drift apart unnoticed.
import { nextDecision } from './flow.ts';
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
} from './turn.ts';
import type { Decision, GameState } from './types.ts';

/** Where the rules stopped: a seat must decide, a quarter has just been resolved, or the end. */
export type RulesStop =
  | { stop: 'decision'; decision: Decision }
  /** The quarter is resolved (phase 'resolution'); running again opens the next quarter. */
  | { stop: 'quarter_end' }
  | { stop: 'over' };

export interface RunRulesOptions {
  /** Stop after each quarter's resolution, before the next opens (a rollout's horizon). */
  stopAtQuarterEnd?: boolean;
}

/**
 * Run the rules in place, as the machine does between decisions, until a decision is due, the
 * game is over, or (if asked) a quarter has been resolved. Changes `state`; not for a state
 * someone else holds (clone it first).
 */
export function runRules(state: GameState, options: RunRulesOptions = {}): RulesStop {
  // Each pass takes one step; a quarter has a few dozen, so the bound only catches a bug.
  for (let guard = 0; guard < 10_000; guard++) {
    switch (state.phase) {
      case 'over':
        return { stop: 'over' };
      case 'events':
        if (!eventsSettled(state)) return due(state);
        beginActions(state);
        break;
      case 'actions':
        if (currentActor(state) !== null) return due(state);
        beginVotes(state);
        break;
      case 'votes':
        if (currentMotion(state) === null) {
          if (gatheringDue(state)) {
            holdGatherings(state);
          } else {
            resolveQuarter(state);
            if (quarterEnds(state, options)) return { stop: 'quarter_end' };
          }
        } else if (openBallot(state)?.voter === null) {
          tallyCurrentMotion(state);
        } else {
          return due(state);
        }
        break;
      case 'congress':
        resolveQuarter(state);
        if (quarterEnds(state, options)) return { stop: 'quarter_end' };
        break;
      case 'resolution':
        if (state.outcome !== null) {
          finishGame(state);
          return { stop: 'over' };
        }
        // A quarter resolved before this call (a stop reported earlier, a paused game): go on.
        beginNextQuarter(state);
        break;
    }
  }
  throw new Error(`runRules: no progress in phase ${state.phase} (turn ${state.turn})`);
}

/** A quarter was resolved just now and the caller wants to stop there (unless the game ended). */
function quarterEnds(state: GameState, options: RunRulesOptions): boolean {
  return options.stopAtQuarterEnd === true && state.outcome === null;
}

function due(state: GameState): RulesStop {
  const decision = nextDecision(state);
  if (!decision) {
    throw new Error(`runRules: phase ${state.phase} waits, but nobody is asked to decide`);
  }
  return { stop: 'decision', decision };
}
