// Votes: who must cast a ballot, how the uncommitted vote, the count, and what a passed motion does.
import { postName } from '../content/people.ts';
import { currentQuarter } from './calendar.ts';
import { CONTENDERS, isContender, type ContenderId, type PersonId } from './ids.ts';
import { bodyOf, chargedHeat, inTruce, motionTarget, motionTitle, postIsOpen } from './motions.ts';
import { addLog, adjustRelation, appendRecord, leavePolitburo, setStatus } from './mutate.ts';
import {
  allianceBetween,
  canAct,
  clamp,
  distance,
  inPolitburoAny,
  isActive,
  nameOf,
  powerTable,
  type PowerTable,
} from './query.ts';
import type { Ballot, BallotChoice, GameState, Motion, MotionSpec, VoteRecord } from './types.ts';
import { conviction, sympathyOf } from './waverers.ts';

/** Contenders who must cast a ballot on a motion (their blocs of CC seats follow them). */
export function votersFor(state: GameState, motion: Motion): ContenderId[] {
  if (motion.body === 'politburo') {
    return CONTENDERS.filter((c) => state.politburo.full.includes(c) && canAct(state, c));
  }
  return CONTENDERS.filter(
    (c) => isActive(state, c) && (state.cc[c] > 0 || inPolitburoAny(state, c)),
  );
}

export interface Stance {
  choice: BallotChoice;
  score: number;
  reason: string;
}

/**
 * How much an alliance inclines a man to back his ally's motion. Alliances were about people and
 * posts: on those an ally's motion is backed almost whatever it says. On the party line each
 * man weighed the policy itself (the triumvirs split over the line in 1925, Stalin turned against
 * the Right's line in 1928 while still sitting with them), so there an ally's word counts little.
 */
const ALLY_ON_PEOPLE = 35;
const ALLY_ON_THE_LINE = 5;

/**
 * How much a man wants another cut down, before alliances: his grievance and distrust, the
 * other's heat, and how far apart their views lie. Above 0, he is hostile.
 */
export function hostilityTo(state: GameState, voter: ContenderId, target: ContenderId): number {
  const toTarget = state.contenders[voter].relations[target];
  return (
    toTarget.grievance -
    (toTarget.trust - 50) +
    (state.contenders[target].heat - 30) / 2 +
    distance(state, voter, target) / 2
  );
}

/**
 * How a contender's interests, alliances and positions incline them on a motion. The AI adds
 * its temperament to this; congress blocs and the rules' defaults use it as it is.
 */
export function stanceOn(
  state: GameState,
  voter: ContenderId,
  proposer: ContenderId,
  spec: MotionSpec,
  power: PowerTable = powerTable(state),
): Stance {
  if (voter === proposer) return { choice: 'yes', score: 100, reason: 'proposed it' };
  const target = motionTarget(state, spec);
  if (target === voter) return { choice: 'no', score: -100, reason: 'defends himself' };
  const me = state.contenders[voter];
  const toProposer = me.relations[proposer];
  let score = (toProposer.trust - 50) / 2 - toProposer.grievance / 2;
  let reason = score >= 0 ? `trusts ${nameOf(proposer)}` : `distrusts ${nameOf(proposer)}`;
  if (allianceBetween(state, voter, proposer)) {
    score += spec.kind === 'line' ? ALLY_ON_THE_LINE : ALLY_ON_PEOPLE;
    reason = `backs his ally ${nameOf(proposer)}`;
  }
  if (spec.kind === 'line') {
    const mine = me.positions[spec.axis];
    const line = state.partyLine[spec.axis];
    const helps = (mine - line) * spec.direction;
    score += helps / 2;
    if (Math.abs(helps) > 15) reason = helps > 0 ? 'agrees with the policy' : 'opposes the policy';
  } else if (spec.kind === 'expand_politburo') {
    const fear = power[proposer] - power[voter];
    score -= fear / 2 + 10;
    if (fear > 10) reason = `fears ${nameOf(proposer)} packing the Politburo`;
  } else if (target) {
    const hostility = hostilityTo(state, voter, target);
    score += hostility / 2;
    if (allianceBetween(state, voter, target)) {
      score -= 60;
      reason = `stands by his ally ${nameOf(target)}`;
    } else if (Math.abs(hostility) > 20) {
      reason =
        hostility > 0 ? `wants ${nameOf(target)} cut down` : `will not sacrifice ${nameOf(target)}`;
    }
  } else if (spec.kind === 'transfer_post') {
    score -= (power[proposer] - power[voter]) / 3;
  }
  const choice: BallotChoice = score > 5 ? 'yes' : score < -5 ? 'no' : 'abstain';
  return { choice, score, reason };
}

function figureBallot(
  state: GameState,
  motion: Motion,
  figure: PersonId,
  contenderBallots: Ballot[],
): Ballot | null {
  if (isContender(figure)) return null;
  const f = state.figures[figure];
  if (!f.alive || f.incapacitated) return null;
  const target = motionTarget(state, motion.spec);
  // A waverer won over by another leader sides with him where he and the patron disagree,
  // and will not vote against him; on the economy he may also vote his own views.
  const sympathy = sympathyOf(state, figure);
  const sympathyVote = sympathy ? motion.ballots[sympathy] : undefined;
  const own = conviction(state, figure, motion.spec);
  if (sympathy && target === sympathy) {
    return figureVote(figure, 'no', `will not vote against ${nameOf(sympathy)}`);
  }
  if (f.patron && canAct(state, f.patron)) {
    if (target === f.patron)
      return figureVote(figure, 'no', `protects his patron ${nameOf(f.patron)}`);
    const patronVote = motion.ballots[f.patron];
    if (sympathy && sympathyVote && sympathyVote !== patronVote) {
      return figureVote(figure, sympathyVote, `sides with ${nameOf(sympathy)} against his patron`);
    }
    if (own && patronVote && own !== patronVote) {
      return figureVote(figure, own, 'votes his own views on the economy, not his patron\u2019s');
    }
    if (patronVote) return figureVote(figure, patronVote, `follows ${nameOf(f.patron)}`);
  }
  if (sympathy && sympathyVote)
    return figureVote(figure, sympathyVote, `sides with ${nameOf(sympathy)}`);
  if (own) return figureVote(figure, own, 'votes his own views on the economy');
  // Without a patron in the room, a figure goes with the majority of the leaders.
  let yes = 0;
  let no = 0;
  for (const b of contenderBallots) {
    if (b.choice === 'yes') yes += 1;
    if (b.choice === 'no') no += 1;
  }
  const choice: BallotChoice = yes > no ? 'yes' : no > yes ? 'no' : 'abstain';
  return { voter: figure, choice, weight: 1, reason: 'goes with the majority' };
}

/** A figure's ballot (a plain function: a closure here would be made at every vote). */
function figureVote(figure: PersonId, choice: BallotChoice, reason: string): Ballot {
  return { voter: figure, choice, weight: 1, reason };
}

/** Share (0..1) of unaligned Central Committee members who vote yes. */
export function unalignedYesShare(state: GameState, motion: Motion): number {
  const proposer = state.contenders[motion.proposer];
  const target = motionTarget(state, motion.spec);
  let share = 0.45 + (proposer.prestige - 50) / 200;
  if (target) {
    const t = state.contenders[target];
    share += (t.heat - 30) / 150 - (t.prestige - 50) / 250;
  }
  // The uncommitted prefer things as they are: moving a post or a seat needs a real case.
  if (motion.spec.kind === 'transfer_post' || motion.spec.kind === 'expand_politburo') share -= 0.1;
  if (motion.spec.kind === 'line') {
    let mood = 0;
    for (const r of Object.values(state.regions)) mood += r.mood;
    mood /= Object.keys(state.regions).length;
    share += ((mood - state.partyLine[motion.spec.axis]) * motion.spec.direction) / 300;
  }
  return clamp(share, 0.05, 0.95);
}

export function tallyMotion(
  state: GameState,
  motion: Motion,
  power: PowerTable = powerTable(state),
  withReasons = true,
): Omit<VoteRecord, 'id' | 'turn'> {
  const ballots: Ballot[] = [];
  // Forecasts (the AI's) need only the count; the reasons are for the record.
  if (motion.body === 'politburo') {
    for (const member of state.politburo.full) {
      if (!isContender(member)) continue;
      const choice = motion.ballots[member];
      if (choice && canAct(state, member))
        ballots.push({
          voter: member,
          choice,
          weight: 1,
          reason: withReasons ? ballotReason(state, motion, member, power) : '',
        });
    }
    const contenderBallots = [...ballots];
    for (const member of state.politburo.full) {
      const b = figureBallot(state, motion, member, contenderBallots);
      if (b) ballots.push(b);
    }
  } else {
    for (const c of CONTENDERS) {
      const choice = motion.ballots[c];
      if (!choice || !isActive(state, c)) continue;
      ballots.push({
        voter: c,
        choice,
        weight: Math.max(1, state.cc[c]),
        reason: withReasons ? ballotReason(state, motion, c, power) : '',
      });
    }
    const unaligned = state.cc.unaligned;
    if (unaligned > 0) {
      const yes = Math.round(unaligned * unalignedYesShare(state, motion));
      if (yes > 0)
        ballots.push({
          voter: 'unaligned' as PersonId,
          choice: 'yes',
          weight: yes,
          reason: 'uncommitted members persuaded',
        });
      if (unaligned - yes > 0) {
        ballots.push({
          voter: 'unaligned' as PersonId,
          choice: 'no',
          weight: unaligned - yes,
          reason: 'uncommitted members unconvinced',
        });
      }
    }
  }
  let yes = 0;
  let no = 0;
  for (const b of ballots) {
    if (b.choice === 'yes') yes += b.weight;
    if (b.choice === 'no') no += b.weight;
  }
  return {
    body: motion.body,
    title: motionTitle(motion.spec, currentQuarter(state)),
    proposer: motion.proposer,
    spec: motion.spec,
    ballots,
    yes,
    no,
    passed: yes > no,
  };
}

/**
 * The reason beside a contender's ballot. It must agree with the ballot: one who votes against
 * his usual leaning (his temperament, or a player's choice) is said to weigh it himself.
 */
function ballotReason(state: GameState, motion: Motion, c: ContenderId, power: PowerTable): string {
  const stance = stanceOn(state, c, motion.proposer, motion.spec, power);
  const cast = motion.ballots[c];
  if (!cast || cast === stance.choice) return stance.reason;
  return cast === 'abstain' ? 'holds back' : 'weighs his own interests';
}

/** Is a queued motion still meaningful (its target may have fallen earlier this phase)? */
export function motionStillValid(state: GameState, motion: Motion): boolean {
  if (!canAct(state, motion.proposer)) return false;
  const spec = motion.spec;
  switch (spec.kind) {
    case 'remove_politburo':
      return inPolitburoAny(state, spec.target);
    // A recantation after the motion was tabled buys its truce at once, as for a censure.
    case 'remove_cc':
      return state.contenders[spec.target].status === 'active' && !inTruce(state, spec.target);
    case 'expel':
      return state.contenders[spec.target].status === 'removed' && !inTruce(state, spec.target);
    case 'exile':
      return state.contenders[spec.target].status === 'expelled';
    case 'censure':
      // A recantation after the motion was tabled buys its truce at once ("this one included").
      return canAct(state, spec.target) && !inTruce(state, spec.target);
    case 'transfer_post':
      // A post moved earlier in this quarter stays put until the next one.
      if (
        state.votes.some(
          (v) =>
            v.turn === state.turn &&
            v.passed &&
            v.spec.kind === 'transfer_post' &&
            v.spec.post === spec.post,
        )
      ) {
        return false;
      }
      return (
        state.posts[spec.post] !== spec.to &&
        postIsOpen(state, spec.post) &&
        (isContender(spec.to) ? canAct(state, spec.to) : state.figures[spec.to].alive)
      );
    case 'expand_politburo':
      return !state.politburo.full.includes(spec.nominee) && state.figures[spec.nominee].alive;
    case 'line':
      return true;
  }
}

/** How far a passed line motion moves the party line on its axis. */
export const LINE_STEP = 20;

function applyPassed(state: GameState, motion: Motion, cause: string): void {
  const spec = motion.spec;
  const proposer = motion.proposer;
  switch (spec.kind) {
    case 'line': {
      const line = state.partyLine[spec.axis];
      state.partyLine[spec.axis] = clamp(line + spec.direction * LINE_STEP, -100, 100);
      for (const c of CONTENDERS) {
        if (!canAct(state, c)) continue;
        const me = state.contenders[c];
        const before = Math.abs(me.positions[spec.axis] - line);
        const after = Math.abs(me.positions[spec.axis] - state.partyLine[spec.axis]);
        me.prestige = clamp(me.prestige + (before > after ? 2 : -2), 0, 100);
      }
      return;
    }
    case 'transfer_post': {
      const target = motionTarget(state, spec);
      state.posts[spec.post] = spec.to;
      if (target) adjustRelation(state, target, proposer, -20, 20);
      addLog(state, {
        kind: 'vote',
        text: `${nameOf(spec.to)} becomes ${postName(spec.post, currentQuarter(state))}.`,
        cause,
        outcome: { what: 'post_filled', post: spec.post, holder: spec.to, by: 'vote' },
      });
      return;
    }
    case 'censure': {
      const t = state.contenders[spec.target];
      t.prestige = clamp(t.prestige - 6, 0, 100);
      t.heat = chargedHeat(t.heat, 10);
      adjustRelation(state, spec.target, proposer, -10, 15);
      return;
    }
    case 'remove_politburo':
      leavePolitburo(state, spec.target, cause);
      state.contenders[spec.target].prestige = clamp(
        state.contenders[spec.target].prestige - 10,
        0,
        100,
      );
      adjustRelation(state, spec.target, proposer, -20, 25);
      return;
    case 'remove_cc':
      setStatus(state, spec.target, 'removed', cause);
      adjustRelation(state, spec.target, proposer, -20, 25);
      return;
    case 'expel':
      setStatus(state, spec.target, 'expelled', cause);
      return;
    case 'exile':
      setStatus(state, spec.target, 'exiled', cause);
      return;
    case 'expand_politburo':
      state.politburo.candidates = state.politburo.candidates.filter((p) => p !== spec.nominee);
      state.politburo.full.push(spec.nominee);
      return;
  }
}

/**
 * How a motion would go if every contender voted as his stance inclines him: the ballots, and
 * the chance it passes in the steps a forecaster can trust (0.95, 0.7, 0.25, 0.05 by the margin).
 * The AI's forecast and the player's preview both ask this, from their own view.
 */
export function forecastMotion(
  view: GameState,
  proposer: ContenderId,
  spec: MotionSpec,
  power: PowerTable = powerTable(view),
): { chance: number; motion: Motion } {
  const motion: Motion = { id: -1, proposer, spec, body: bodyOf(spec), ballots: {} };
  for (const c of CONTENDERS) {
    if (canAct(view, c)) motion.ballots[c] = stanceOn(view, c, proposer, spec, power).choice;
  }
  const t = tallyMotion(view, motion, power, false);
  const margin = (t.yes - t.no) / Math.max(1, t.yes + t.no);
  const chance = margin > 0.15 ? 0.95 : margin > 0 ? 0.7 : margin > -0.15 ? 0.25 : 0.05;
  return { chance, motion };
}

/** Who a motion is about: its proposer, then its target if it has one. */
function involved(state: GameState, motion: Motion): ContenderId[] {
  const target = motionTarget(state, motion.spec);
  return target && target !== motion.proposer ? [motion.proposer, target] : [motion.proposer];
}

/** Count a motion whose ballots are all in, record the vote and apply it if it passed. */
export function resolveMotion(state: GameState, motion: Motion): void {
  if (!motionStillValid(state, motion)) {
    addLog(state, {
      kind: 'vote',
      text: `The motion "${motionTitle(motion.spec, currentQuarter(state))}" is withdrawn: events overtook it.`,
      outcome: {
        what: 'motion_withdrawn',
        motion: motion.spec.kind,
        contenders: involved(state, motion),
      },
    });
    return;
  }
  const record = tallyMotion(state, motion);
  const vote: VoteRecord = { id: motion.id, turn: state.turn, ...record };
  appendRecord(state.votes, vote);
  const cause = `vote:${vote.id}`;
  const where = motion.body === 'politburo' ? 'Politburo' : 'Central Committee';
  addLog(state, {
    kind: 'vote',
    text: `${where}: "${vote.title}" ${vote.passed ? 'passes' : 'fails'}, ${vote.yes}\u2013${vote.no}.`,
    actor: motion.proposer,
    cause,
    outcome: {
      what: 'vote',
      vote: vote.id,
      motion: motion.spec.kind,
      contenders: involved(state, motion),
      passed: vote.passed,
    },
  });
  if (vote.passed) {
    applyPassed(state, motion, cause);
  } else {
    const target = motionTarget(state, motion.spec);
    const p = state.contenders[motion.proposer];
    p.prestige = clamp(p.prestige - 2, 0, 100);
    if (target) adjustRelation(state, target, motion.proposer, -5, 10);
  }
}
