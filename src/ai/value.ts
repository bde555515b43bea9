// How good the end of an imagined future is for one seat: the planner's value function.
// Two kinds of signal. What decides the game at its end — winning (supreme, or the seat's own
// aims met) and the aims themselves — graded with the functions the real ending uses, but
// weighed by how near the end the future has come: in 1923 "Stalin is not supreme" is true of
// nearly every future and says nothing about 1929. And the slow signals that carry to the
// end: Central Committee seats, the delegates one's secretaries will send to the next
// congress, a seat in the Politburo, power against the strongest rival, and heat.
import { aimsFor, gradeAims, lineShortfall } from '../sim/aims.ts';
import { CONTENDERS, type ContenderId } from '../sim/ids.ts';
import { exposure, HEAT_TO_LOSE_POST } from '../sim/motions.ts';
import {
  canAct,
  ccTotal,
  controlledDelegates,
  inPolitburo,
  powerTable,
  totalDelegates,
} from '../sim/query.ts';
import { computeOutcome } from '../sim/scoring.ts';
import type { GameState } from '../sim/types.ts';

/** What one future says about the seat, in numbers the planner averages and the adviser reads. */
export interface FutureReading {
  value: number;
  /** Supreme, or every aim reached, if the game ended here. */
  winning: boolean;
  /** A full member of the Politburo, still in the party. */
  seated: boolean;
  /** Share of the seat's aims met (0..1). */
  aims: number;
  /** Share of Central Committee seats (0..1). */
  ccShare: number;
  /** Share of all congress delegates the seat's secretaries deliver (0..1). */
  delegateShare: number;
  // Read for the adviser's words only (the value weighs power and heat in its own way): the
  // figures a student knows from the board, to say what set two moves' futures apart.
  /** The seat's power less the strongest rival's. */
  powerGap: number;
  prestige: number;
  heat: number;
}

/** What each part is worth: a win outweighs everything; a seat in the Politburo comes next. */
const WIN = 40;
const AIMS = 20;
const SEATED = 12;
const CC = 40;
/** Per share of all delegates one's secretaries deliver (the next congress's seats). */
const DELEGATES = 30;
/** Per point of the game's score (fate points + power/2 + prestige/10). */
const SCORE = 0.1;
/** Per point of power above (or below) the strongest rival still in the game. */
const POWER_GAP = 0.4;
/** Per point of exposure past the line where rivals' motions begin to take posts. */
const EXPOSED = 0.6;
/**
 * Per unit of closeness (0..1) of the party line to where the seat's aims want it: the line
 * moves slowly, so a seat that wants it moved must start early, long before the endgame.
 */
const LINE = 12;
/** The end-of-game signals count fully from this many quarters before the end, fading in. */
const ENDGAME_QUARTERS = 8;

export function readFuture(state: GameState, me: ContenderId): FutureReading {
  const outcome = state.outcome ?? computeOutcome(state, '');
  const grade = gradeAims(state, outcome.fates)[me];
  const metShare = grade.conditions.filter((c) => c.met).length / grade.conditions.length;
  const winning = outcome.fates[me] === 'supreme' || outcome.aimsMet.includes(me);
  const seated = canAct(state, me) && inPolitburo(state, me);
  const power = powerTable(state);
  let rival = 0;
  for (const c of CONTENDERS) if (c !== me && power[c] > rival) rival = power[c];
  const ccShare = state.cc[me] / Math.max(1, ccTotal(state));
  const delegateShare = controlledDelegates(state, me) / Math.max(1, totalDelegates(state));
  const danger = canAct(state, me)
    ? Math.max(0, exposure(state, me) - (HEAT_TO_LOSE_POST - 10))
    : 30;
  const late = endgameWeight(state);
  const value =
    late * (winning ? WIN : 0) +
    AIMS * metShare * (0.3 + 0.7 * late) +
    (seated ? SEATED : 0) +
    CC * ccShare +
    DELEGATES * delegateShare +
    SCORE * outcome.scores[me] +
    POWER_GAP * (power[me] - rival) +
    LINE * lineCloseness(state, me) -
    EXPOSED * danger;
  const { prestige, heat } = state.contenders[me];
  return {
    value,
    winning,
    seated,
    aims: metShare,
    ccShare,
    delegateShare,
    powerGap: power[me] - rival,
    prestige,
    heat,
  };
}

/**
 * How close the party's economic line is to what the seat's aims ask of it: 1 when it is
 * there (or the aims ask nothing of it), falling by 1 for every 100 points it is away.
 */
function lineCloseness(state: GameState, me: ContenderId): number {
  let closeness = 1;
  const line = state.partyLine.economy;
  for (const { test } of aimsFor(state.scenario, me).conditions) {
    if (test.kind !== 'economic_line') continue;
    const short = lineShortfall(line, test);
    closeness = Math.min(closeness, Math.max(0, 1 - short / 100));
  }
  return closeness;
}

/** 0 far from the end, rising to 1 over the last ENDGAME_QUARTERS quarters (1 once it is over). */
function endgameWeight(state: GameState): number {
  if (state.outcome) return 1;
  const left = state.endQuarter - state.startQuarter - state.turn;
  return Math.max(0, Math.min(1, 1 - left / ENDGAME_QUARTERS));
}
