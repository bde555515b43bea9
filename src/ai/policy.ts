// The AI: score every legal action from the contender's own view, add a little temperament-shaped
// noise from the AI's own stream, and pick the best. Each choice carries a reason for the log.
import { CONTENDER_INFO, FIGURE_INFO, postName, regionName } from '../content/people.ts';
import { currentQuarter } from '../sim/calendar.ts';
import { EVENT_BY_ID } from '../content/events.ts';
import type { Effect } from '../content/types.ts';
import { acceptanceLikelihood } from '../sim/actions/dealings.ts';
import { chanceOf, isPhaseAction } from '../sim/actions/table.ts';
import type { PhaseAction } from '../sim/actions/rule.ts';
import { legalActions } from '../sim/flow.ts';
import { isContender, type ContenderId } from '../sim/ids.ts';
import { exposure, HEAT_TO_LOSE_POST, motionTarget } from '../sim/motions.ts';
import {
  actionPointsFor,
  alliesOf,
  inPolitburo,
  nameOf,
  platformOf,
  postsControlledBy,
  secretariesOf,
  SECRETARY_SLOTS,
  unalignedSecretaries,
} from '../sim/query.ts';
import { SideStream } from '../sim/rng.ts';
import { eventForm } from '../sim/events.ts';
import { forecastMotion, stanceOn } from '../sim/votes.ts';
import type { Action, GameState, MotionSpec } from '../sim/types.ts';
import { aiLens } from '../sim/view.ts';
import {
  exposureGain,
  hostility,
  makeOutlook,
  POST_VALUE,
  stakeWeight,
  type Outlook,
} from './evaluate.ts';
import { plan, PLANNER_BUDGETS, type PlannerBudget } from './planner.ts';
import type { Heuristics, StartRules } from './planner-types.ts';
import { TEMPERAMENTS, type Temperament } from './temperaments.ts';

export const POLICIES = ['easy', 'historical', 'hard', 'challenger', 'planner', 'random'] as const;
export type PolicyId = (typeof POLICIES)[number];

export interface Choice {
  action: Action;
  reason: string;
}

export interface Scored {
  action: Action;
  value: number;
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

function temperFor(me: ContenderId, policy: PolicyId): Temperament {
  return policy === 'challenger' || policy === 'planner' ? challengerTemper(me) : TEMPERAMENTS[me];
}

/** The strategists see through the others' misjudgements and aim at whoever runs the machine. */
function seesThrough(policy: PolicyId): boolean {
  return policy === 'hard' || policy === 'challenger' || policy === 'planner';
}

const NOISE: Record<PolicyId, number> = {
  easy: 6,
  historical: 2,
  hard: 0.5,
  challenger: 0.5,
  planner: 0.5,
  random: 0,
};

function scoreMotion(
  view: GameState,
  o: Outlook,
  spec: MotionSpec,
): { value: number; reason: string } {
  const t = o.temper;
  const me = o.me;
  let value = 0;
  let reason = '';
  switch (spec.kind) {
    case 'line': {
      const mine = view.contenders[me].positions[spec.axis];
      const gap = (mine - view.partyLine[spec.axis]) * spec.direction;
      value = (Math.min(40, gap) / 4) * t.ideology;
      reason = 'to bring the party line closer to his own';
      break;
    }
    case 'transfer_post': {
      const target = motionTarget(view, spec);
      value = POST_VALUE[spec.post] * (0.4 + t.ambition * 0.6);
      // Without the appointments machine a strategist wants it above all else.
      const machinePost = spec.post === 'general_secretary' || spec.post === 'orgburo';
      if (machinePost && !o.hasMachine && o.focus) value *= 1.6;
      if (target) value += hostility(view, o, target) / 4;
      if (spec.to !== me) value *= 0.8 + t.organisation * 0.3;
      reason = `to put the post of ${postName(spec.post, currentQuarter(view))} in safe hands`;
      break;
    }
    case 'censure':
      // A patient man lets others lead the attack.
      value =
        (hostility(view, o, spec.target) / 3 +
          exposureGain(view, spec.target, 10, -6) * stakeWeight(view, o, spec.target)) *
        (1.2 - t.caution * 0.5);
      reason = `to brand ${nameOf(spec.target)} a factionalist`;
      break;
    case 'remove_politburo':
      value = hostility(view, o, spec.target) * 0.9;
      reason = `to drive ${nameOf(spec.target)} out of the leadership`;
      break;
    case 'remove_cc':
      value = hostility(view, o, spec.target) * 0.7;
      reason = `to finish ${nameOf(spec.target)}'s career in the Central Committee`;
      break;
    case 'expel':
      value = hostility(view, o, spec.target) * 0.6;
      reason = `to expel ${nameOf(spec.target)} for breaking the ban on factions`;
      break;
    case 'exile':
      value = 5 + hostility(view, o, spec.target) * 0.3 * t.ambition;
      reason = `to remove ${nameOf(spec.target)} from Moscow for good`;
      break;
    case 'expand_politburo':
      value = 14 * t.organisation * t.ambition;
      reason = `to give his ally ${nameOf(spec.nominee)} a vote in the Politburo`;
      break;
  }
  return { value, reason };
}

/**
 * What an action is worth to the AI: one case per kind of action-phase action, and no default,
 * so a new kind of action does not compile until the AI can weigh it.
 */
function scoreAction(view: GameState, o: Outlook, action: PhaseAction): Scored {
  const t = o.temper;
  const me = view.contenders[o.me];
  const congressSoon = o.congressIn <= 3 ? 0.5 : 0;
  switch (action.type) {
    case 'appoint': {
      const r = view.regions[action.region];
      const room = unalignedSecretaries(view, action.region) > 0 ? 1.2 : 0.8;
      // A strategist who has seized the machine uses it before it is taken back.
      const seized = o.focus !== null && o.hasMachine ? 1.5 : 1;
      const value =
        seized *
        t.organisation *
        chanceOf(view, action) *
        (r.weight / 8) *
        7 *
        room *
        (1 + congressSoon) *
        (1 - secretariesOf(view, action.region, o.me) / (SECRETARY_SLOTS + 2));
      const when = congressSoon
        ? ': delegates for the coming congress'
        : ': a safe vote for the future';
      return {
        action,
        value,
        reason: `a loyal secretary in ${regionName(action.region, currentQuarter(view))}${when}`,
      };
    }
    case 'recruit': {
      const r = view.regions[action.region];
      return {
        action,
        value: t.organisation * 0.6 * (r.weight / 12) * 7 * (1 + congressSoon),
        reason: `new members in ${regionName(action.region, currentQuarter(view))} who owe the apparatus their cards`,
      };
    }
    case 'speak': {
      const r = view.regions[action.region];
      const gap = Math.min(1, Math.abs(r.mood - me.positions.economy) / 40);
      const fame = me.prestige < 85 ? 0.3 : 0;
      const value = t.oratory * chanceOf(view, action) * (fame + gap) * (r.weight / 10) * 3;
      return {
        action,
        value,
        reason: `to win the ${regionName(action.region, currentQuarter(view))} rank and file to his view`,
      };
    }
    case 'publish': {
      if (!action.target) {
        // Prestige is a shield: a strategist holding the machine keeps his standing high.
        const shield = o.hasMachine && o.focus !== null && me.prestige < 80 ? 4 : 0;
        return {
          action,
          value: t.oratory * chanceOf(view, action) * 5 + shield,
          reason: 'to set out his view to the whole party',
        };
      }
      const p = chanceOf(view, action);
      const value =
        t.aggression * p * (hostility(view, o, action.target) / 6) +
        p * exposureGain(view, action.target, 0, -6) * stakeWeight(view, o, action.target);
      return { action, value, reason: `to expose ${nameOf(action.target)}'s record` };
    }
    case 'denounce': {
      const p = chanceOf(view, action);
      const value =
        t.aggression * p * (hostility(view, o, action.target) / 7) +
        p * exposureGain(view, action.target, 15, -5) * stakeWeight(view, o, action.target) -
        (1 - p) * 3 -
        t.caution * 2;
      return { action, value, reason: `${nameOf(action.target)} is the danger now` };
    }
    case 'motion': {
      const { value, reason } = scoreMotion(view, o, action.motion);
      return { action, value, reason };
    }
    case 'offer_alliance': {
      const leader = o.leader;
      if (!leader || action.to === leader) return { action, value: -5, reason: '' };
      const common = (hostility(view, o, leader) + 10) / 10;
      const value =
        common * acceptanceLikelihood(view, action.to, o.me) * 8 * (1 - t.ideology * 0.3) -
        alliesOf(view, o.me).length * 3;
      return { action, value, reason: `to stand together against ${nameOf(leader)}` };
    }
    case 'accept_alliance': {
      const value =
        (acceptanceLikelihood(view, o.me, action.from) - 0.35) * 20 -
        hostility(view, o, action.from) / 10;
      return {
        action,
        value,
        reason: `${nameOf(action.from)} is useful against ${o.leader ? nameOf(o.leader) : 'the others'}`,
      };
    }
    case 'conciliate': {
      // Worth it only for a future ally with votes, against the leader, who does not trust us yet.
      const leader = o.focus ?? o.leader;
      if (!leader || action.target === leader || alliesOf(view, o.me).includes(action.target)) {
        return { action, value: -3, reason: '' };
      }
      const votes = (inPolitburo(view, action.target) ? 5 : 0) + view.cc[action.target] / 2;
      const common = Math.max(0, hostility(view, o, leader)) / 20;
      const distrust = 1 - acceptanceLikelihood(view, action.target, o.me);
      const value = votes * common * distrust * chanceOf(view, action) * (1 - t.ideology * 0.5) - 1;
      return {
        action,
        value,
        reason: `${nameOf(action.target)} may yet be won over against ${nameOf(leader)}`,
      };
    }
    case 'court': {
      const p = chanceOf(view, action);
      const patron = view.figures[action.figure].patron;
      if (patron === o.me) {
        // A patron wins his man back at once: a Politburo vote is not to be lent out.
        return {
          action,
          value: 8 * p * t.organisation + 2,
          reason: `${nameOf(action.figure)} must not drift away`,
        };
      }
      const views = FIGURE_INFO[action.figure].views;
      const agreement = views ? 1 - Math.abs(views.economy - me.positions.economy) / 200 : 0;
      const against = patron && patron === o.leader ? 1.4 : 0.8;
      // A strategist counts Politburo votes: a vote taken from the man he must stop is worth
      // as much as a post (the rest weigh it by how much they care about the line).
      const strategist = o.focus !== null && patron === o.focus ? 8 : 0;
      return {
        action,
        value: p * (3 + 6 * t.ideology * agreement + strategist) * against - 1,
        reason: `${nameOf(action.figure)} shares his view of the economy and has a vote in the Politburo`,
      };
    }
    case 'rally_army': {
      // Worth it to a bold man losing the struggle, who can afford the fear it stirs.
      const p = chanceOf(view, action);
      const losing = o.leader ? Math.max(0, o.power[o.leader] - o.power[o.me]) / 5 : 0;
      const value = p * (4 + losing) * (1 - t.caution) - t.loyalty * 4 - me.heat / 10;
      return { action, value, reason: 'the army remembers who led it to victory' };
    }
    case 'decline_alliance':
      return { action, value: 0.2, reason: `does not trust ${nameOf(action.from)}` };
    case 'break_alliance': {
      const gap = o.power[action.with] - o.power[o.me];
      const value =
        gap * t.ambition * 0.6 - t.loyalty * 20 - 5 + (action.with === o.leader ? 10 : 0);
      return { action, value, reason: `${nameOf(action.with)} has grown too strong` };
    }
    case 'platform': {
      const pushed = me.heat >= 30 || !inPolitburo(view, o.me) ? 2.5 : 1;
      const losing = o.leader ? Math.max(0, o.power[o.leader] - o.power[o.me]) / 10 : 0;
      const lonely = alliesOf(view, o.me).length === 0 ? 8 : 0;
      const value =
        t.factionalism * pushed * (losing + 2) * 4 -
        t.caution * 10 -
        lonely -
        (platformOf(view, o.me) ? 99 : 0);
      return { action, value, reason: 'the party must hear the truth, ban on factions or not' };
    }
    case 'recant': {
      // Confess when the next step down is near: losing a post, a seat or the party card.
      const danger = exposure(view, o.me) - (HEAT_TO_LOSE_POST - 10);
      const stakes = postsControlledBy(view, o.me).length * 4 + (inPolitburo(view, o.me) ? 8 : 4);
      const value = danger > 0 ? (danger / 10) * stakes * t.caution * (1 - t.pride) - 3 : -5;
      return { action, value, reason: 'to bend rather than break' };
    }
    case 'rest':
      return {
        action,
        value: me.health < 70 ? (70 - me.health) / 5 : -5,
        reason: 'his health is failing',
      };
    case 'end':
      return { action, value: 0.5, reason: 'waits' };
  }
}

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
    }
    if (e.kind === 'post' && e.to === me) v += 10;
    if (e.kind === 'relation' && whoOf(e.to) === me && e.grievance) {
      const from = whoOf(e.from);
      if (from) v -= (e.grievance * Math.max(0, o.power[from] - o.power[me] + 10)) / 100;
    }
  }
  return v;
}

function chooseAnswer(
  view: GameState,
  me: ContenderId,
  policy: PolicyId,
  legal: Action[],
  stream: SideStream,
): Choice {
  const first = legal[0] as Extract<Action, { type: 'answer' }>;
  const pending = view.pendingEvents[0];
  const def = EVENT_BY_ID[first.event];
  const form = eventForm(def, pending?.adapted ?? false);
  const options = form.choices.flatMap((c) => c.options);
  const t = temperFor(me, policy);
  const o = makeOutlook(view, me, t, seesThrough(policy));
  if (policy === 'historical' || policy === 'easy') {
    const hist = options.find((o) => o.historical);
    const p = policy === 'historical' ? 0.8 : 0.4;
    if (hist && stream.next() < p) {
      const action = legal.find((a) => a.type === 'answer' && a.choice === hist.id);
      if (action) return { action, reason: 'as in history' };
    }
  }
  let best = legal[0];
  let bestValue = -Infinity;
  for (const a of legal) {
    if (a.type !== 'answer') continue;
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
  const choice = score > 5 ? 'yes' : score < -5 ? 'no' : 'abstain';
  const action = legal.find((a) => a.type === 'ballot' && a.choice === choice) ?? first;
  return { action, reason: stance.reason };
}

/** Every legal action-phase action with its value; motions carry their forecast vote. */
export function scoreActions(v: GameState, o: Outlook, legal: Action[]): Scored[] {
  const scored = legal.filter(isPhaseAction).map((a) => scoreAction(v, o, a));
  // Motions: only the most promising few are worth forecasting the vote for.
  const motions = scored
    .filter((s) => s.action.type === 'motion')
    .sort((a, b) => b.value - a.value);
  for (const s of motions.slice(0, 4)) {
    const spec = (s.action as Extract<Action, { type: 'motion' }>).motion;
    const p = forecastMotion(v, o.me, spec, o.truePower).chance;
    s.value = s.value * p - (1 - p) * 4;
  }
  for (const s of motions.slice(4)) s.value = -1;
  return scored;
}

/** For diagnostics and tests: how `me` rates each legal action now, best first. */
export function rankActions(state: GameState, me: ContenderId, policy: PolicyId): Scored[] {
  return rankFromView(aiLens(state, me), me, policy);
}

/** How `me` rates each legal action-phase move from his own view, best first. */
function rankFromView(v: GameState, me: ContenderId, policy: PolicyId): Scored[] {
  const legal = legalActions(v, me);
  if (legal.length === 0 || legal[0].type === 'answer' || legal[0].type === 'ballot') return [];
  const o = makeOutlook(v, me, temperFor(me, policy), seesThrough(policy));
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
  if (policy === 'hard' && state.actionPoints[me] === actionPointsFor(state, me)) {
    return PLANNER_BUDGETS.hard;
  }
  return null;
}

/**
 * The AI's decision for `me` in the current state. Reads only `me`'s view. The planning
 * policies (`planner`, and `hard` at the opening of its quarter) play futures out through the
 * turn machine: `rules` is the machine's driver (src/machine/driver.ts, startRules).
 */
export function decide(
  state: GameState,
  me: ContenderId,
  policy: PolicyId,
  stream: SideStream,
  rules?: StartRules,
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
  rules: StartRules | undefined,
): Choice {
  const v = aiLens(state, me);
  const legal = legalActions(v, me);
  if (legal.length === 0) throw new Error(`AI asked to decide for ${me}, who has no legal action`);
  if (policy === 'random') {
    return { action: legal[Math.floor(stream.next() * legal.length)], reason: 'acts on a whim' };
  }
  if (legal[0].type === 'answer') return chooseAnswer(v, me, policy, legal, stream);
  const t = temperFor(me, policy);
  const o = makeOutlook(v, me, t, seesThrough(policy));
  if (legal[0].type === 'ballot') return chooseBallot(v, me, policy, legal, o);
  if (budget) {
    if (!rules) throw new Error(`the ${policy} policy plays futures out: pass the machine's rules`);
    // The planner thinks with a stream of its own, derived from the AI's by one draw.
    const thinking = new SideStream(`planner|${stream.next()}`);
    const own = policy === 'hard' ? 'hard' : 'challenger';
    const best = plan(v, thinking, budget, HEURISTICS, own, rules).considered[0];
    return { action: best.action, reason: best.reason };
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
