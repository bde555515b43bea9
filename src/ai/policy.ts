// The AI: score every legal action from the contender's own view, add a little temperament-shaped
// noise from the AI's own stream, and pick the best. Each choice carries a reason for the log.
import { CONTENDER_INFO } from '../content/people.ts';
import type { Effect } from '../content/types.ts';
import { legalActions, nextDecision } from '../sim/flow.ts';
import { isContender, type ContenderId } from '../sim/ids.ts';
import { motionTarget } from '../sim/motions.ts';
import { actionPointsFor } from '../sim/query.ts';
import { SideStream } from '../sim/rng.ts';
import { checkAll } from '../sim/effects.ts';
import { choiceFor } from '../sim/events.ts';
import { LINE_STEP, stanceOn } from '../sim/votes.ts';
import type { Action, GameState } from '../sim/types.ts';
import { aiLens } from '../sim/view.ts';
import { hostility, makeOutlook, offersIgnoredBy, type Outlook } from './evaluate.ts';
import {
  ADVISED_MOVES,
  gatherFutures,
  movesToShow,
  planShape,
  playFutures,
  PLANNER_BUDGETS,
  weighFutures,
  type PlannerBudget,
  type PlanPart,
} from './planner.ts';
import type { FutureReading } from './value.ts';
import type { PlayerView } from '../sim/view.ts';
import type { Heuristics, RunFuture } from './planner-types.ts';
import { lineAimValue, scoreActions, type Scored } from './action-values.ts';
import { TEMPERAMENTS, type Temperament } from './temperaments.ts';

export const POLICIES = [
  'easy',
  'historical',
  'hard',
  'challenger',
  'planner',
  'adviser',
  'random',
] as const;
export type PolicyId = (typeof POLICIES)[number];

export interface Choice {
  action: Action;
  reason: string;
}

/** The challenger plays to win with the contender's own gifts, whoever it is. */
function challengerTemper(me: ContenderId): Temperament {
  const info = CONTENDER_INFO[me];
  return {
    description: 'Plays to win.',
    ambition: 1,
    // The ban on factions ruins those who defy it openly: a strategist works inside the rules.
    caution: 0.7,
    loyalty: 0.5,
    organisation: Math.max(0.6, info.organisation / 100),
    oratory: Math.max(0.4, info.oratory / 100),
    factionalism: 0.05,
    aggression: 0.5,
    ideology: 0.2,
    pride: 0.2,
    grudges: 0.3,
  };
}

/** The policies that play to win with the seat's own gifts (challengerTemper), not its temperament. */
function playsToWin(policy: PolicyId): boolean {
  return policy === 'challenger' || policy === 'planner' || policy === 'adviser';
}

function temperFor(me: ContenderId, policy: PolicyId): Temperament {
  return playsToWin(policy) ? challengerTemper(me) : TEMPERAMENTS[me];
}

/** The strategists see through the others' misjudgements and aim at whoever runs the machine. */
function seesThrough(policy: PolicyId): boolean {
  return policy === 'hard' || playsToWin(policy);
}

const NOISE: Record<PolicyId, number> = {
  easy: 6,
  historical: 2,
  hard: 0.5,
  challenger: 0.5,
  planner: 0.5,
  adviser: 0.5,
  random: 0,
};

/** What an event option is worth to `me`: its effects on himself, and on friends and foes. */
function effectValue(view: GameState, o: Outlook, effects: readonly Effect[]): number {
  const me = o.me;
  const t = o.temper;
  const whoOf = (w: string): ContenderId | null =>
    w === 'chooser' ? me : isContender(w) ? w : null;
  let v = 0;
  for (const e of effects) {
    if (e.kind === 'prestige' || e.kind === 'health' || e.kind === 'heat') {
      const who = whoOf(e.who);
      if (!who) continue;
      if (who === me) {
        if (e.kind === 'prestige') v += e.delta;
        if (e.kind === 'health') v += e.delta * 0.5;
        if (e.kind === 'heat') v -= e.delta * (0.5 + t.caution);
      } else {
        // A blow to a rival is worth something in proportion to how much we want him down.
        const h = Math.max(-20, Math.min(60, hostility(view, o, who))) / 40;
        if (e.kind === 'prestige') v -= e.delta * h;
        if (e.kind === 'heat') v += e.delta * h * 0.6;
      }
    }
    if (e.kind === 'line') {
      v +=
        (e.delta *
          Math.sign(view.contenders[me].positions[e.axis] - view.partyLine[e.axis]) *
          t.ideology) /
        2;
      // A strategist whose aims need the line somewhere weighs the shift as he weighs a motion
      // on the line (Trotsky's challenger used to vote down the great turn out of hatred for
      // Stalin, and miss his Left line by a few points).
      if (e.axis === 'economy' && o.lineAim) v += lineAimValue(view, o, e.delta);
    }
    if (e.kind === 'post' && e.to === me) v += 10;
    if (e.kind === 'relation' && whoOf(e.to) === me && e.grievance) {
      const from = whoOf(e.from);
      if (from) v -= (e.grievance * Math.max(0, o.power[from] - o.power[me] + 10)) / 100;
    }
  }
  return v;
}

/** How much worse than his best answer a Politburo member's historical vote may be for him to cast it. */
const OWN_INTEREST = 5;

function chooseAnswer(
  view: GameState,
  me: ContenderId,
  policy: PolicyId,
  legal: Action[],
  stream: SideStream,
): Choice {
  // Only his own question's options: in an event that asks several men (the Right's choice of
  // 1928 asks Bukharin, Rykov and Tomsky), another's historical answer is not his.
  const choice = choiceFor(view, view.pendingEvents[0], me);
  const options = choice?.options ?? [];
  const t = temperFor(me, policy);
  const o = makeOutlook(view, me, t, seesThrough(policy));
  const hist = options.find((o) => o.historical);
  // A man who cast the record's vote only because he was already beaten does not cast it while
  // he stands: he picks among the other options (the Right and the great turn, 1929).
  const beaten = hist?.castOnlyOnceBeaten;
  const byTheRecord = policy === 'historical' || policy === 'easy';
  const standsUnbeaten =
    byTheRecord && beaten?.who.includes(me) === true && !checkAll(view, beaten.when);
  if (byTheRecord && !standsUnbeaten) {
    const p = policy === 'historical' ? 0.8 : 0.4;
    if (hist && stream.next() < p) {
      // One man's answer follows the record; a Politburo member's vote follows it only when it
      // does not cost him much by his own reckoning (effectValue, within OWN_INTEREST of his
      // best answer).
      const costly =
        choice?.who === 'politburo' &&
        effectValue(view, o, hist.effects) <
          Math.max(...options.map((x) => effectValue(view, o, x.effects))) - OWN_INTEREST;
      const action = legal.find((a) => a.type === 'answer' && a.choice === hist.id);
      if (action && !costly) return { action, reason: 'as in history' };
    }
  }
  let best = legal[0];
  let bestValue = -Infinity;
  for (const a of legal) {
    if (a.type !== 'answer') continue;
    if (standsUnbeaten && a.choice === hist?.id) continue;
    const option = options.find((o) => o.id === a.choice);
    const v = (option ? effectValue(view, o, option.effects) : 0) + stream.next() * NOISE[policy];
    if (v > bestValue) {
      best = a;
      bestValue = v;
    }
  }
  return { action: best, reason: 'weighs what it will cost him' };
}

function chooseBallot(
  view: GameState,
  me: ContenderId,
  policy: PolicyId,
  legal: Action[],
  o: Outlook,
): Choice {
  const first = legal[0] as Extract<Action, { type: 'ballot' }>;
  const motion = view.motions.find((m) => m.id === first.motion);
  if (!motion) return { action: first, reason: '' };
  const stance = stanceOn(view, me, motion.proposer, motion.spec, o.truePower);
  let score = stance.score;
  const target = motionTarget(view, motion.spec);
  if (target && target !== me && policy !== 'easy') score += hostility(view, o, target) / 3;
  if (motion.spec.kind === 'transfer_post' || motion.spec.kind === 'expand_politburo') {
    score -= Math.max(0, o.power[motion.proposer] - o.power[me]) * o.temper.ambition * 0.3;
  }
  // A strategist whose aims need the line somewhere votes on a line motion as he would table
  // one (Trotsky's challenger backed an ally's Right motion in the last quarter, and lost his
  // Left line by it).
  if (motion.spec.kind === 'line' && motion.spec.axis === 'economy' && o.lineAim) {
    score += lineAimValue(view, o, motion.spec.direction * LINE_STEP);
  }
  const choice = score > 5 ? 'yes' : score < -5 ? 'no' : 'abstain';
  const action = legal.find((a) => a.type === 'ballot' && a.choice === choice) ?? first;
  return { action, reason: stance.reason };
}

/** For diagnostics and tests: how `me` rates each legal action now, best first. */
export function rankActions(state: GameState, me: ContenderId, policy: PolicyId): Scored[] {
  const ignored = seesThrough(policy) ? offersIgnoredBy(state, me) : {};
  return rankFromView(aiLens(state, me), me, policy, ignored);
}

/** How `me` rates each legal action-phase move from his own view, best first. */
function rankFromView(
  v: GameState,
  me: ContenderId,
  policy: PolicyId,
  offersIgnored: Partial<Record<ContenderId, number>> = {},
): Scored[] {
  const legal = legalActions(v, me);
  if (legal.length === 0 || legal[0].type === 'answer' || legal[0].type === 'ballot') return [];
  const o = makeOutlook(v, me, temperFor(me, policy), seesThrough(policy), offersIgnored);
  return scoreActions(v, o, legal).sort((a, b) => b.value - a.value);
}

/** The heuristic, as the planner's rollouts and shortlist use it (passed in: no import cycle). */
export const HEURISTICS: Heuristics = {
  // Never the planner inside its own futures: the heuristic alone, for every policy.
  moves: (state, me, policy, stream) => decideWith(state, me, policy, stream, null, undefined),
  shortlist: rankFromView,
};

/**
 * The planner's budget for this decision, or null for the heuristic. A `hard` rival plans how
 * to open his quarter (his first move, with every point still in hand) and plays the rest by
 * his temperament: six planning rivals on the page's thread would stall the board for seconds.
 */
function plannerBudget(state: GameState, me: ContenderId, policy: PolicyId): PlannerBudget | null {
  if (policy === 'planner') return PLANNER_BUDGETS.planner;
  if (policy === 'adviser') return PLANNER_BUDGETS.adviser;
  if (policy === 'hard' && state.actionPoints[me] === actionPointsFor(state, me)) {
    return PLANNER_BUDGETS.hard;
  }
  return null;
}

/**
 * A planned move, as data: the seat's own view (its lens, exactly what the heuristic reads),
 * its policy and budget, and the seed of its thinking. The move follows from these alone, so
 * the page can have its Web Workers work it out (src/ui/adviser) and get the move decide()
 * would have made on its own thread, to the last bit.
 */
export interface PlanJob {
  seen: PlayerView;
  policy: PolicyId;
  budget: PlannerBudget;
  /** The planner's own stream's seed, drawn from the AI's stream (one draw). */
  seed: string;
}

/**
 * If `me` plans his move now, the seed of his thinking, else null. Draws it from the AI's
 * stream (the one draw decide() makes for a planned move), so it must be called only where
 * decide() would be, in its place.
 */
export function planSeed(
  state: GameState,
  me: ContenderId,
  policy: PolicyId,
  stream: SideStream,
): string | null {
  return plansMove(state, me, policy) ? thinkingSeed(stream) : null;
}

/**
 * The job of `me`'s planned move now, with the seed planSeed drew for it. Throws if he has no
 * planned move due (a damaged save, say): his view, policy and budget all come from the game.
 */
export function planJob(
  state: GameState,
  me: ContenderId,
  policy: PolicyId,
  seed: string,
): PlanJob {
  const budget = plansMove(state, me, policy) ? plannerBudget(state, me, policy) : null;
  if (!budget) throw new Error(`${me} has no planned move due now`);
  return { seen: aiLens(state, me), policy, budget, seed };
}

/** The planner thinks with a stream of its own, derived from the AI's by one draw. */
function thinkingSeed(stream: SideStream): string {
  return `planner|${stream.next()}`;
}

/** The heuristic a planning seat's own later moves follow in its futures. */
function ownHeuristic(policy: PolicyId): 'hard' | 'challenger' {
  return policy === 'hard' ? 'hard' : 'challenger';
}

/**
 * Play part of a job's futures (all of them with { index: 0, of: 1 }). Parts played apart and
 * gathered in order give exactly the futures one thread plays (src/ai/planner.ts, PlanPart).
 */
export function playPlanPart(
  job: PlanJob,
  rules: RunFuture,
  part: PlanPart,
): (FutureReading[] | null)[] {
  const own = ownHeuristic(job.policy);
  const shape = planShape(job.seen, job.budget, HEURISTICS, own);
  return playFutures(job.seen, shape, new SideStream(job.seed), HEURISTICS, own, rules, part);
}

/** The planned move, from every part of the job's futures (in part order). */
export function choiceFromPlan(
  job: PlanJob,
  parts: readonly (readonly (FutureReading[] | null)[])[],
): Choice {
  const shape = planShape(job.seen, job.budget, HEURISTICS, ownHeuristic(job.policy));
  const { considered } = weighFutures(shape, job.budget, gatherFutures(parts));
  // The `adviser` policy is a student who makes the first move the adviser shows him.
  const best = job.policy === 'adviser' ? movesToShow(considered, ADVISED_MOVES)[0] : considered[0];
  return { action: best.action, reason: best.reason };
}

/** The whole of a job's futures, on this thread. */
export function planOnThisThread(job: PlanJob, rules: RunFuture): Choice {
  return choiceFromPlan(job, [playPlanPart(job, rules, { index: 0, of: 1 })]);
}

/**
 * Does `me` plan this move (play futures out), rather than decide by the heuristic? Only
 * action-phase moves are planned; a `hard` seat plans only the opening move of its quarter.
 */
export function plansMove(state: GameState, me: ContenderId, policy: PolicyId): boolean {
  const due = nextDecision(state);
  return (
    due?.contender === me && due.phase === 'actions' && plannerBudget(state, me, policy) !== null
  );
}

/**
 * The AI's decision for `me` in the current state. Reads only `me`'s view. The planning
 * policies (`planner`, and `hard` at the opening of its quarter) play futures out through the
 * turn machine: `rules` is the machine's driver (src/machine/driver.ts, runFuture).
 */
export function decide(
  state: GameState,
  me: ContenderId,
  policy: PolicyId,
  stream: SideStream,
  rules?: RunFuture,
): Choice {
  return decideWith(state, me, policy, stream, plannerBudget(state, me, policy), rules);
}

/** decide(), with the planner's budget for action-phase moves, or null for the heuristic. */
function decideWith(
  state: GameState,
  me: ContenderId,
  policy: PolicyId,
  stream: SideStream,
  budget: PlannerBudget | null,
  rules: RunFuture | undefined,
): Choice {
  const v = aiLens(state, me);
  const legal = legalActions(v, me);
  if (legal.length === 0) throw new Error(`AI asked to decide for ${me}, who has no legal action`);
  if (policy === 'random') {
    return { action: legal[Math.floor(stream.next() * legal.length)], reason: 'acts on a whim' };
  }
  if (legal[0].type === 'answer') return chooseAnswer(v, me, policy, legal, stream);
  const t = temperFor(me, policy);
  const strategist = seesThrough(policy);
  const o = makeOutlook(v, me, t, strategist, strategist ? offersIgnoredBy(state, me) : {});
  if (legal[0].type === 'ballot') return chooseBallot(v, me, policy, legal, o);
  if (budget) {
    if (!rules) throw new Error(`the ${policy} policy plays futures out: pass the machine's rules`);
    return planOnThisThread({ seen: v, policy, budget, seed: thinkingSeed(stream) }, rules);
  }
  if (policy === 'easy' && stream.next() < 0.2) {
    return { action: legal[Math.floor(stream.next() * legal.length)], reason: 'acts rashly' };
  }
  const scored = scoreActions(v, o, legal);
  let best = scored[0];
  let bestValue = -Infinity;
  for (const s of scored) {
    const value = s.value + stream.next() * NOISE[policy];
    if (value > bestValue) {
      best = s;
      bestValue = value;
    }
  }
  return { action: best.action, reason: best.reason };
}
