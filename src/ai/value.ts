// How good the end of an imagined future is for one seat: the planner's value function.
// Graded as if the game ended there (fate, score and the seat's own aims, from the same
// functions the real ending uses), plus the slower signals that decide the next years:
// Central Committee share, power against the strongest rival, and how close to the axe.
import { gradeAims } from '../sim/aims.ts';
import { CONTENDERS, type ContenderId } from '../sim/ids.ts';
import { exposure, HEAT_TO_LOSE_POST } from '../sim/motions.ts';
import { canAct, ccTotal, inPolitburo, powerTable } from '../sim/query.ts';
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
}

/** What each part is worth: a win outweighs everything; a seat in the Politburo comes next. */
const WIN = 40;
const AIMS = 20;
const SEATED = 12;
const CC = 40;
/** Per point of the game's score (fate points + power/2 + prestige/10). */
const SCORE = 0.25;
/** Per point of power above (or below) the strongest rival still in the game. */
const POWER_GAP = 0.4;
/** Per point of exposure past the line where rivals' motions begin to take posts. */
const EXPOSED = 0.6;

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
  const danger = canAct(state, me)
    ? Math.max(0, exposure(state, me) - (HEAT_TO_LOSE_POST - 10))
    : 30;
  const value =
    (winning ? WIN : 0) +
    AIMS * metShare +
    (seated ? SEATED : 0) +
    CC * ccShare +
    SCORE * outcome.scores[me] +
    POWER_GAP * (power[me] - rival) -
    EXPOSED * danger;
  return { value, winning, seated, aims: metShare, ccShare };
}
