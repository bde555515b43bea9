// The planning AI: determinized Monte-Carlo over the seat's own view (the design note
// BALANCE.md, "A planning opponent"; Cowling, Powley & Whitehouse 2012). At an action-phase
// decision it takes the heuristic's best few moves and "end the turn", imagines several full
// states consistent with what the seat knows, plays each move in each of them a few quarters
// ahead with cheap policies for everyone, and keeps the move whose futures look best on
// average. The same futures (hidden state and dice) are used for every candidate, so the
// comparison between moves is not drowned by luck.
//
// Determinism: everything random comes from one stream the caller derives from the AI's own
// stream; the budget is a number of futures, never a time, so the same position, seed and
// budget always give the same move. The planner reads only the view it is given.
import { currentQuarter, nextGathering, quarterOf } from '../sim/calendar.ts';
import { cloneGame } from '../sim/flow.ts';
import { SideStream } from '../sim/rng.ts';
import type { Action, GameState } from '../sim/types.ts';
import type { PlayerView } from '../sim/view.ts';
import { determinize } from './determinize.ts';
import type { Heuristics, RunFuture } from './planner-types.ts';
import { rollout } from './rollout.ts';
import { readFuture, type FutureReading } from './value.ts';

export interface PlannerBudget {
  /** Futures played in all, shared among the candidates. */
  rollouts: number;
  /** How many of the heuristic's best moves are weighed (besides ending the turn). */
  shortlist: number;
  /** Quarters to look ahead, the current one included (more when a congress is near). */
  quarters: number;
  /**
   * Is "end the turn" weighed even when the heuristic does not rank it among its best? A
   * player of the seat must weigh it; the adviser, which shows moves to make, does not.
   */
  weighEnd: boolean;
}

/** The budgets in use: the lab's planner, the `hard` difficulty, and the player's adviser. */
export const PLANNER_BUDGETS = {
  planner: { rollouts: 36, shortlist: 5, quarters: 2, weighEnd: true },
  hard: { rollouts: 16, shortlist: 3, quarters: 2, weighEnd: true },
  // Six futures for each of the three moves it shows (the student waits for them).
  adviser: { rollouts: 18, shortlist: 3, quarters: 2, weighEnd: false },
} as const satisfies Record<string, PlannerBudget>;

/**
 * The value points (src/ai/value.ts) the heuristic's favourite is worth before any future is
 * played, falling with its rank: about the difference a few futures can tell from noise.
 */
const HEURISTIC_HEAD_START = 0.8;

/** A horizon is stretched to take in a congress this close (quarters from now), never more. */
const CONGRESS_REACH = 4;

/** One move the planner weighed, and what its futures said (averages over `futures`). */
export interface Considered {
  action: Action;
  /** The heuristic's reason for the move, in the AI log's words. */
  reason: string;
  /** Its place in the heuristic's ranking (0 = the heuristic's favourite). */
  heuristicRank: number;
  futures: number;
  /** What the move is ranked by: its futures' value with the heuristic's head start. */
  value: number;
  /** Its futures' mean value alone, without the head start. */
  futureValue: number;
  /** Share of futures in which the seat was winning at the horizon (supreme or aims met). */
  winning: number;
  /** Share of futures in which the seat still sat in the Politburo. */
  seated: number;
  /** Mean share of the seat's aims met. */
  aims: number;
  /** Mean share of the Central Committee. */
  ccShare: number;
  /** Mean share of the congress delegates the seat's secretaries deliver. */
  delegateShare: number;
  /** Mean power less the strongest rival's, prestige and heat (for the adviser's words). */
  powerGap: number;
  prestige: number;
  heat: number;
}

export interface Plan {
  /** Every move weighed, best first: the choice is the first. */
  considered: Considered[];
  /** Quarter ends each future was played through. */
  quarters: number;
}

/** The moves a plan weighs, and how far and in how many futures it plays them. */
export interface PlanShape {
  /** The heuristic's moves to weigh, each with its place in the heuristic's ranking. */
  candidates: { action: Action; reason: string; heuristicRank: number }[];
  /** Futures played for each candidate (0 when there is only one move). */
  samples: number;
  /** Quarter ends each future is played through. */
  quarters: number;
}

/** Which moves to weigh, in how many futures, how far ahead: read from the view alone. */
export function planShape(
  seen: PlayerView,
  budget: PlannerBudget,
  heuristics: Heuristics,
  own: 'challenger' | 'hard',
): PlanShape {
  const me = seen.viewer;
  const ranked = heuristics.shortlist(seen, me, own);
  if (ranked.length === 0) throw new Error(`plan: ${me} has no action-phase move`);
  const chosen = ranked.slice(0, budget.shortlist);
  const endAt = ranked.findIndex((r) => r.action.type === 'end');
  if (budget.weighEnd && endAt >= budget.shortlist) chosen.push(ranked[endAt]);
  const candidates = chosen.map((c) => ({
    action: c.action,
    reason: c.reason,
    heuristicRank: ranked.indexOf(c),
  }));
  // One move only: nothing to weigh.
  const samples =
    candidates.length === 1 ? 0 : Math.max(1, Math.floor(budget.rollouts / candidates.length));
  return { candidates, samples, quarters: horizon(seen, budget.quarters) };
}

/**
 * A share of a plan's futures, so that several threads can play them: part `index` of `of`
 * plays the futures whose number leaves that remainder.
 */
export interface PlanPart {
  index: number;
  of: number;
}

/**
 * Play the futures of a plan (or of one part of it): for each future, what it says of each
 * candidate, or null for a future another part plays. Every part draws every future's hidden
 * state and dice from `stream`, in order, so the parts together play exactly the futures one
 * thread would.
 */
export function playFutures(
  seen: PlayerView,
  shape: PlanShape,
  stream: SideStream,
  heuristics: Heuristics,
  own: 'challenger' | 'hard',
  rules: RunFuture,
  part: PlanPart = { index: 0, of: 1 },
): (FutureReading[] | null)[] {
  const me = seen.viewer;
  const out: (FutureReading[] | null)[] = [];
  for (let s = 0; s < shape.samples; s++) {
    const imagined = determinize(seen, stream);
    const thinkingSeed = `thinking|${stream.next()}`;
    if (s % part.of !== part.index) {
      out.push(null);
      continue;
    }
    out.push(
      shape.candidates.map((c) => {
        const future: GameState = cloneGame(imagined);
        rollout(
          future,
          c.action,
          { me, quarters: shape.quarters, ownPolicy: own, moves: heuristics.moves },
          new SideStream(thinkingSeed),
          rules,
        );
        return readFuture(future, me);
      }),
    );
  }
  return out;
}

/**
 * Every future in order, from the parts that played them (each future from the one part whose
 * list holds it, not null).
 */
export function gatherFutures(
  parts: readonly (readonly (FutureReading[] | null)[])[],
): FutureReading[][] {
  return (parts[0] ?? []).map((_, s) => {
    const readings = parts.map((p) => p[s]).find((r) => r !== null);
    if (!readings) throw new Error(`no part played future ${s}`);
    return readings;
  });
}

/**
 * What the futures say of each candidate, best first. `futures` holds, for each future in
 * order, its readings of the candidates (from one thread, or gathered from the parts).
 */
export function weighFutures(
  shape: PlanShape,
  budget: PlannerBudget,
  futures: readonly (readonly FutureReading[])[],
): Plan {
  const tally: Considered[] = shape.candidates.map((c) => ({
    action: c.action,
    reason: c.reason,
    heuristicRank: c.heuristicRank,
    futures: 0,
    value: 0,
    futureValue: 0,
    winning: 0,
    seated: 0,
    aims: 0,
    ccShare: 0,
    delegateShare: 0,
    powerGap: 0,
    prestige: 0,
    heat: 0,
  }));
  // Summed future by future, in order: the same sums, to the last bit, however many threads
  // played them.
  for (const readings of futures) {
    // Played apart (Web Workers), a future must still speak of the same moves, in order.
    if (readings.length !== tally.length)
      throw new Error(`a future read ${readings.length} moves where ${tally.length} were weighed`);
    tally.forEach((t, i) => {
      const r = readings[i];
      t.futures += 1;
      t.value += r.value;
      t.winning += r.winning ? 1 : 0;
      t.seated += r.seated ? 1 : 0;
      t.aims += r.aims;
      t.ccShare += r.ccShare;
      t.delegateShare += r.delegateShare;
      t.powerGap += r.powerGap;
      t.prestige += r.prestige;
      t.heat += r.heat;
    });
  }
  for (const t of tally) {
    const n = Math.max(1, t.futures);
    t.value /= n;
    t.winning /= n;
    t.seated /= n;
    t.aims /= n;
    t.ccShare /= n;
    t.delegateShare /= n;
    t.powerGap /= n;
    t.prestige /= n;
    t.heat /= n;
    t.futureValue = t.value;
  }
  // A few futures cannot tell near-equal moves apart: the heuristic's favourites get a small
  // head start, so the look-ahead overrules the heuristic only where it sees a clear
  // difference. Equal values keep the heuristic's order (a stable, seed-free tie-break).
  for (const t of tally) {
    t.value += HEURISTIC_HEAD_START * Math.max(0, 1 - t.heuristicRank / budget.shortlist);
  }
  tally.sort((a, b) => b.value - a.value || a.heuristicRank - b.heuristicRank);
  return { considered: tally, quarters: shape.quarters };
}

/**
 * Weigh the seat's action-phase moves from its view. `own` is the heuristic the seat's own
 * later moves follow in the futures (and whose shortlist is weighed).
 */
export function plan(
  seen: PlayerView,
  stream: SideStream,
  budget: PlannerBudget,
  heuristics: Heuristics,
  own: 'challenger' | 'hard',
  rules: RunFuture,
): Plan {
  const shape = planShape(seen, budget, heuristics, own);
  const futures = playFutures(seen, shape, stream, heuristics, own, rules);
  return weighFutures(shape, budget, gatherFutures([futures]));
}

/** How many moves the adviser shows. */
export const ADVISED_MOVES = 3;

/**
 * The moves the adviser shows a student, best first, from a plan's considered moves: a student
 * who asks wants moves to weigh, so "end your turn" is shown only when there are not `count`
 * others (with few futures, waiting often ties with acting and says nothing).
 */
export function movesToShow(considered: readonly Considered[], count: number): Considered[] {
  const acting = considered.filter((c) => c.action.type !== 'end');
  return (acting.length >= count ? acting : considered).slice(0, count);
}

/** The quarters to look ahead: the budget's, or up to a congress that is near. */
function horizon(seen: GameState, base: number): number {
  const next = nextGathering(seen);
  if (!next) return base;
  // The quarter a congress meets in must be played to its end: that is when it elects.
  const through = quarterOf(next.date) - currentQuarter(seen) + 1;
  return through > base && through <= CONGRESS_REACH ? through : base;
}
