// How an AI contender judges the board from its own view: threats, hostility, and the value
// of each kind of action. Pure functions of the view and the temperament.
import { nextGathering, currentQuarter } from '../sim/calendar.ts';
import { quarterOf } from '../sim/calendar.ts';
import { CONTENDERS, POSTS, type ContenderId, type PostId } from '../sim/ids.ts';
import { chargedHeat, exposure, HEAT_TO_LOSE_POST } from '../sim/motions.ts';
import {
  allianceBetween,
  canAct,
  CC_SEATS,
  controllerOf,
  distance,
  powerTable,
  type PowerTable,
} from '../sim/query.ts';
import type { GameState } from '../sim/types.ts';
import { politburoVotesDue } from '../sim/events.ts';
import { aimsFor, gradeAims } from '../sim/aims.ts';
import { computeOutcome } from '../sim/scoring.ts';
import type { Temperament } from './temperaments.ts';

export const POST_VALUE: Record<PostId, number> = {
  general_secretary: 30,
  orgburo: 15,
  sovnarkom: 14,
  war_commissar: 12,
  leningrad_party: 10,
  moscow_party: 10,
  pravda: 10,
  rabkrin: 8,
  comintern: 6,
  trade_unions: 6,
};

export interface Outlook {
  me: ContenderId;
  temper: Temperament;
  /** Perceived power of every contender (0 for those out of the game). */
  power: Record<ContenderId, number>;
  /** Power as the view's numbers give it, without temperament's misjudgement (for vote forecasts). */
  truePower: PowerTable;
  /** The strongest rival who is not an ally. */
  leader: ContenderId | null;
  /** Quarters until the next congress or conference (99 if none). */
  congressIn: number;
  /**
   * A strategist's main target: whoever runs the appointments machine, if not us (the
   * challenger and hard policies); null for temperaments that simply react.
   */
  focus: ContenderId | null;
  /** Does this contender control a post that appoints secretaries anywhere? */
  hasMachine: boolean;
  /**
   * How many of his offers of alliance each rival let lapse unanswered in the last year: a
   * strategist stops courting a man who ignores him. Empty for temperaments, and wherever the
   * chronicle is not at hand (the planner's shortlist reads a view without it).
   */
  offersIgnored: Partial<Record<ContenderId, number>>;
  /**
   * Where a strategist's own aims want the economic line at the end (src/content/aims.ts), or
   * null: only those who play to win read their victory conditions; temperaments do not.
   */
  lineAim: { atMost?: number; atLeast?: number } | null;
  /** Quarters left after this one before the game is graded. */
  quartersLeft: number;
  /**
   * A strategist's reading of the calendar: does a Politburo vote come at the start of next
   * quarter, before anyone can act (the notice the player reads: politburoVotesDue)?
   */
  voteAhead: boolean;
  /**
   * In the last LINE_ENDGAME quarters: would his aims be met now but for the economic line?
   * Then the line is the whole difference between winning and losing.
   */
  lineDecides: boolean;
  /**
   * What this decision has already worked out about each rival, from `view` (the view the
   * outlook was made from): the scorer asks the same of the same man for many actions. It
   * lives and dies with the outlook, one decision, so nothing carries over to another.
   */
  memo: {
    view: GameState;
    hostility: Partial<Record<ContenderId, number>>;
    stakeWeight: Partial<Record<ContenderId, number>>;
  };
}

/** How far back a strategist remembers an unanswered offer: a year. */
const SNUB_MEMORY = 4;

/**
 * The offers of alliance `me` made that lapsed unanswered in the last year, by the man who let
 * them lapse. Read from the chronicle's lines both sides were shown (src/sim/resolution.ts).
 */
export function offersIgnoredBy(
  state: GameState,
  me: ContenderId,
): Partial<Record<ContenderId, number>> {
  const out: Partial<Record<ContenderId, number>> = {};
  for (let i = state.log.length - 1; i >= 0; i--) {
    const line = state.log[i];
    if (line.turn < state.turn - SNUB_MEMORY) break;
    const o = line.outcome;
    if (o.what === 'offer_lapsed' && o.contenders[0] === me) {
      out[o.contenders[1]] = (out[o.contenders[1]] ?? 0) + 1;
    }
  }
  return out;
}

export function makeOutlook(
  view: GameState,
  me: ContenderId,
  temper: Temperament,
  seesThrough: boolean,
  offersIgnored: Partial<Record<ContenderId, number>> = {},
): Outlook {
  const truePower = powerTable(view);
  const power = {} as Record<ContenderId, number>;
  for (const c of CONTENDERS) {
    const p = truePower[c];
    // The others misjudge: the grey bureaucrat looks harmless, the war commissar a Bonaparte.
    // A misjudgement fades as the Central Committee fills with the man's people: by the time
    // he holds a quarter of it, everyone can see him for what he is (Zinoviev and Kamenev, 1925).
    const bonaparte = view.posts.war_commissar === c ? 1.2 : 1;
    const visible = Math.min(1, Math.max(0, (view.cc[c] / CC_SEATS - 0.15) / 0.15));
    // How loud he is: a low profile hides strength, a high one magnifies it.
    const loudness = 0.6 + (0.8 * view.contenders[c].profile) / 100;
    const seenAs = loudness + (1 - loudness) * visible;
    power[c] = c === me || seesThrough ? p : p * seenAs * bonaparte;
  }
  let leader: ContenderId | null = null;
  for (const c of CONTENDERS) {
    if (c === me || !canAct(view, c) || allianceBetween(view, me, c)) continue;
    if (!leader || power[c] > power[leader]) leader = c;
  }
  const next = nextGathering(view);
  const congressIn = next ? quarterOf(next.date) - currentQuarter(view) : 99;
  const machine = [controllerOf(view, 'general_secretary'), controllerOf(view, 'orgburo')];
  const hasMachine = machine.includes(me);
  let focus: ContenderId | null = null;
  if (seesThrough) {
    // The target is whoever runs the machine; once it is ours, whoever leads the rest.
    focus = machine.find((c) => c !== null && c !== me) ?? leader;
    if (focus && allianceBetween(view, me, focus)) focus = leader;
  }
  const memo = { view, hostility: {}, stakeWeight: {} };
  const lineAim = seesThrough ? lineAimOf(view, me) : null;
  const quartersLeft = view.endQuarter - currentQuarter(view);
  const lineDecides =
    lineAim !== null && quartersLeft <= LINE_ENDGAME && onlyTheLineMissing(view, me);
  const nextQuarter = currentQuarter(view) + 1;
  const voteAhead =
    seesThrough &&
    nextQuarter <= view.endQuarter &&
    politburoVotesDue(view, nextQuarter).length > 0;
  return {
    me,
    temper,
    power,
    truePower,
    leader,
    congressIn,
    focus,
    hasMachine,
    offersIgnored,
    lineAim,
    quartersLeft,
    voteAhead,
    lineDecides,
    memo,
  };
}

/**
 * How many quarters before the end a strategist one aim short starts playing for the line: two
 * years, time for the motions it takes to move the line from the Right (+30) past 0 while
 * others pull it back.
 */
const LINE_ENDGAME = 7;

/** Would `me`'s aims be met if the game were graded now, but for the economic line? */
function onlyTheLineMissing(view: GameState, me: ContenderId): boolean {
  const { fates } = computeOutcome(view, '');
  const conditions = aimsFor(view.scenario, me).conditions;
  const grade = gradeAims(view, fates)[me];
  return conditions.every(
    (line, i) => line.test.kind === 'economic_line' || grade.conditions[i].met,
  );
}

/** The economic line a contender's aims ask for at the end, if they ask one. */
function lineAimOf(view: GameState, me: ContenderId): { atMost?: number; atLeast?: number } | null {
  for (const line of aimsFor(view.scenario, me).conditions) {
    if (line.test.kind === 'economic_line') return line.test;
  }
  return null;
}

/** How much `me` wants `target` brought down (can be negative for friends). */
export function hostility(view: GameState, o: Outlook, target: ContenderId): number {
  if (o.memo.view !== view) return hostilityNow(view, o, target);
  return (o.memo.hostility[target] ??= hostilityNow(view, o, target));
}

function hostilityNow(view: GameState, o: Outlook, target: ContenderId): number {
  if (!canAct(view, target)) return -50;
  const rel = view.contenders[o.me].relations[target];
  let h = (o.power[target] - o.power[o.me]) * o.temper.ambition;
  if (target === o.leader) h += 15 * o.temper.ambition;
  if (target === o.focus) h += 25;
  h += (rel.grievance / 2 - (rel.trust - 50) / 2) * o.temper.grudges;
  h += distance(view, o.me, target) * o.temper.ideology * 0.4;
  if (allianceBetween(view, o.me, target)) h -= 40 * o.temper.loyalty + 10;
  return h;
}

/**
 * What exposing `target` would open up: the best post he controls that a vote could take once
 * his heat reaches HEAT_TO_LOSE_POST (0 when he is already exposed or holds nothing).
 */
export function postStake(view: GameState, target: ContenderId): number {
  if (exposure(view, target) >= HEAT_TO_LOSE_POST) return 0;
  let best = 0;
  for (const post of POSTS) {
    if (controllerOf(view, post) === target) best = Math.max(best, POST_VALUE[post]);
  }
  return best;
}

/**
 * How much closer a blow brings `target` to losing his posts: the heat it adds (rivals' charges
 * stop at the cap) plus the popularity shield it wears away (half of the prestige lost above 50).
 */
export function exposureGain(
  view: GameState,
  target: ContenderId,
  heat: number,
  prestige: number,
): number {
  const me = view.contenders[target];
  const heatGain = chargedHeat(me.heat, heat) - me.heat;
  return heatGain + shield(me.prestige) - shield(Math.max(0, me.prestige + prestige));
}

/** The popularity shield against removal: half of the prestige above 50. */
function shield(prestige: number): number {
  return Math.max(0, prestige - 50) / 2;
}

/** What a point of exposure of `target` is worth to us: the post it would open, if we want it. */
export function stakeWeight(view: GameState, o: Outlook, target: ContenderId): number {
  if (o.memo.view !== view) return stakeWeightNow(view, o, target);
  return (o.memo.stakeWeight[target] ??= stakeWeightNow(view, o, target));
}

function stakeWeightNow(view: GameState, o: Outlook, target: ContenderId): number {
  if (allianceBetween(view, o.me, target)) return 0;
  return (postStake(view, target) / 10) * o.temper.ambition * (target === o.focus ? 1 : 0.4);
}
