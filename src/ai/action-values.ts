// What each action-phase move is worth to an AI contender, from his own view: one case per
// kind of action and no default, so a new kind of action does not compile until the AI can
// weigh it. The temperament comes in the Outlook; src/ai/policy.ts adds the noise and chooses.
import { FIGURE_INFO, postName, regionInSentence, regionName } from '../content/people.ts';
import { currentQuarter } from '../sim/calendar.ts';
import { acceptanceLikelihood } from '../sim/actions/dealings.ts';
import { chanceOf, isPhaseAction } from '../sim/actions/table.ts';
import type { PhaseAction } from '../sim/actions/rule.ts';
import { exposure, HEAT_TO_LOSE_POST, motionTarget } from '../sim/motions.ts';
import {
  alliesOf,
  inPolitburo,
  nameOf,
  platformOf,
  postsControlledBy,
  secretariesOf,
  SECRETARY_SLOTS,
  unalignedSecretaries,
} from '../sim/query.ts';
import { lineShortfall } from '../sim/aims.ts';
import { politburoFollowing } from '../sim/scoring.ts';
import { forecastMotion, LINE_STEP } from '../sim/votes.ts';
import type { Action, GameState, MotionSpec } from '../sim/types.ts';
import type { ContenderId } from '../sim/ids.ts';
import { exposureGain, hostility, POST_VALUE, stakeWeight, type Outlook } from './evaluate.ts';

/** How much the fear of the ban on factions weighs against signing an ally's platform. */
const SIGNING_FEAR = 0.75;
/** Signing costs no action points, so it must outweigh the quarter's other moves to be made. */
const SIGNING_WEIGHT = 60;

export interface Scored {
  action: Action;
  value: number;
  reason: string;
}

/** A motion's worth to `o.me` before its vote is forecast (exported for tests). */
export function scoreMotion(
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
      if (spec.axis === 'economy' && o.lineAim) {
        const toAim = lineAimValue(view, o, spec.direction * LINE_STEP);
        if (toAim > value) reason = 'to have the party line where his aims need it at the end';
        value += toAim;
      }
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
      // A thin majority is widened while the new Central Committee sits: Stalin brought
      // Kuibyshev and Rudzutak into the Politburo at the 15th Congress (December 1927).
      if (nearlyOutvoted(view, me)) value += THIN_MAJORITY_WIDENED;
      reason = `to give his ally ${nameOf(spec.nominee)} a vote in the Politburo`;
      break;
  }
  return { value, reason };
}

/**
 * What moving the economic line by `shift` is worth to a strategist whose aims name the line
 * (Trotsky's: not on the Right at the end): a line motion, or an event's answer that moves it.
 * The line is graded at the end, and others pull it every quarter, so the closer the end the
 * more it counts. He wants a margin of one step even in the last quarter: the others' motions
 * of that quarter are voted with his, and the Right tables one nearly every quarter. A move
 * that would carry the line out of his range is worth as much against.
 */
export function lineAimValue(view: GameState, o: Outlook, shift: number): number {
  const aim = o.lineAim;
  if (!aim) return 0;
  const margin = LINE_STEP;
  const now = view.partyLine.economy;
  const after = Math.max(-100, Math.min(100, now + shift));
  const progress = lineShortfall(now, aim, margin) - lineShortfall(after, aim, margin);
  const urgency =
    o.quartersLeft <= 1 ? 1 : o.quartersLeft <= 4 ? 0.6 : o.quartersLeft <= 8 ? 0.3 : 0.1;
  // When the line is all that stands between him and his aims, it is worth the win.
  const stake = o.lineDecides ? 48 : 16;
  return (progress / LINE_STEP) * stake * urgency;
}

/** How much each offer a man let lapse in the last year divides the hope he takes the next. */
const IGNORED_OFFER_WEIGHT = 3;

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
        reason: `a loyal secretary in ${regionInSentence(action.region, currentQuarter(view))}${when}`,
      };
    }
    case 'recruit': {
      const r = view.regions[action.region];
      return {
        action,
        value: t.organisation * 0.6 * (r.weight / 12) * 7 * (1 + congressSoon),
        reason: `new members in ${regionInSentence(action.region, currentQuarter(view))} who owe the apparatus their cards`,
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
      // A man who let our last offers lapse is unlikely to take the next: each one in the last
      // year cuts the hope to a quarter, a third, ... (the points go to something that works).
      const ignored = o.offersIgnored[action.to] ?? 0;
      const value =
        (common * acceptanceLikelihood(view, action.to, o.me) * 8 * (1 - t.ideology * 0.3)) /
          (1 + IGNORED_OFFER_WEIGHT * ignored) -
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
        // A patron wins his man back at once: a Politburo vote is not to be lent out, least of
        // all when without it he no longer commands the Politburo (Stalin won Kalinin and
        // Voroshilov back from the Right in 1928).
        const outvoted = politburoFollowing(view, o.me) * 2 <= view.politburo.full.length;
        const close = nearlyOutvoted(view, o.me) ? WIN_BACK_CLOSE * p : 0;
        return {
          action,
          value: 8 * p * t.organisation + 2 + (outvoted ? 6 * p : 0) + close,
          reason: outvoted
            ? `without ${nameOf(action.figure)} he is outvoted in the Politburo`
            : `${nameOf(action.figure)} must not drift away`,
        };
      }
      const views = FIGURE_INFO[action.figure].views;
      const agreement = views ? 1 - Math.abs(views.economy - me.positions.economy) / 200 : 0;
      const against = patron && patron === o.leader ? 1.4 : 0.8;
      // A strategist counts Politburo votes: a vote taken from the man he must stop is worth
      // as much as a post (the rest weigh it by how much they care about the line).
      const strategist = o.focus !== null && patron === o.focus ? 8 : 0;
      // A vote that brings the man he must stop to within one of losing his Politburo majority
      // is worth more to anyone (the Right's lobbying of Kalinin and Voroshilov in 1928).
      const rival = o.focus ?? o.leader;
      const decisive =
        patron !== null && patron === rival && nearlyOutvoted(view, patron) ? DECISIVE_VOTE : 0;
      // A strategist times it: a man won early is won back by his patron, who then keeps him
      // out of reach for half a year. Votes count at the end and at the last great decisions.
      // Before a Politburo vote the calendar brings (it comes at the start of next quarter,
      // before anyone acts, and a man won now still votes with his new leader then), a vote
      // taken from the man he must stop is worth courting now, whatever the year.
      const voteAhead = o.voteAhead && patron !== null && patron === rival;
      const early =
        o.focus !== null && o.quartersLeft > COURTING_ENDGAME && !voteAhead ? EARLY_COURTING : 1;
      const beforeTheVote = voteAhead ? VOTE_AHEAD : 0;
      const why = decisive
        ? `without ${nameOf(action.figure)}, ${nameOf(patron!)} would be one vote from losing the Politburo`
        : `${nameOf(action.figure)} shares his view of the economy and has a vote in the Politburo`;
      return {
        action,
        value:
          p *
            (3 + 6 * t.ideology * agreement + strategist + decisive + beforeTheVote) *
            against *
            early -
          1,
        reason: voteAhead
          ? `${why}; the Politburo votes at the start of next quarter, and ${nameOf(action.figure)} won over now will still vote with him then`
          : why,
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
    case 'sign_platform': {
      // Loyalty to the ally and a taste for faction fights against the fear of the ban: the
      // temperaments of 1926 signed their allies' declarations; a strategist keeps his name off
      // unless the ally's cause is nearly his own.
      const apart = Math.abs(
        view.contenders[action.leader].positions.economy - me.positions.economy,
      );
      const agreement = 1 - apart / 200;
      const value =
        (t.loyalty * agreement + t.factionalism - t.caution * SIGNING_FEAR) * SIGNING_WEIGHT;
      return { action, value, reason: `to stand by ${nameOf(action.leader)} in the open` };
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

/**
 * What taking a Politburo vote from the man one must stop is worth when his majority hangs on
 * it, and (smaller: a patron's claim is already strong) what winning one's own man back is
 * worth then. Tuned so that the 1928 Politburo can be contested without the record's outcome
 * ceasing to be the likely one (docs/balance.md).
 */
const DECISIVE_VOTE = 10;
const WIN_BACK_CLOSE = 5;
/**
 * A strategist courts a rival's waverers in earnest only in the last year (COURTING_ENDGAME:
 * quarters left after this one); before it, at EARLY_COURTING of the value (docs/balance.md,
 * rules version 6).
 */
const COURTING_ENDGAME = 3;
const EARLY_COURTING = 0.3;
/**
 * What a vote taken from the man one must stop is worth more to a strategist in the quarter
 * before a Politburo vote (docs/balance.md, rules version 8: the 1928 Bukharin challenger from
 * 34 to 51 wins in 400 games).
 */
const VOTE_AHEAD = 10;
/** What enlarging the Politburo with a client is worth more when one's majority there is thin. */
const THIN_MAJORITY_WIDENED = 10;

/** Would `patron`'s Politburo majority be down to one vote if he lost one more follower? */
function nearlyOutvoted(view: GameState, patron: ContenderId): boolean {
  return (politburoFollowing(view, patron) - 1) * 2 <= view.politburo.full.length + 2;
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
  if (o.lineDecides) {
    // One aim short with the end near: whatever does not move the line can wait.
    for (const s of scored) {
      const a = s.action;
      const onTheLine =
        a.type === 'motion' && a.motion.kind === 'line' && a.motion.axis === 'economy';
      if (!onTheLine && s.value > 0) s.value *= 0.25;
    }
  }
  return scored;
}
