// Dealings between contenders: secret understandings offered, accepted, refused and broken,
// and the slow work of winning a rival's trust.
import { CONTENDERS } from '../ids.ts';
import { allianceBetween, canAct, clamp, nameOf, round1 } from '../query.ts';
import type { ContenderId } from '../ids.ts';
import { nextId } from '../mutate.ts';
import type { GameState } from '../types.ts';
import { chronicle as log } from './changes.ts';
import type { ActionRule } from './rule.ts';

/** How ready `who` is to accept an alliance with `from` (0..1): trust, grudges, shared views. */
export function acceptanceLikelihood(
  state: GameState,
  who: ContenderId,
  from: ContenderId,
): number {
  const rel = state.contenders[who].relations[from];
  const pw = state.contenders[who].positions;
  const pf = state.contenders[from].positions;
  const ideology =
    (Math.abs(pw.economy - pf.economy) + Math.abs(pw.revolution - pf.revolution)) / 400;
  return clamp(0.25 + (rel.trust - 50) / 100 - rel.grievance / 100 - ideology * 0.5, 0.02, 0.95);
}

function offerPending(state: GameState, a: ContenderId, b: ContenderId): boolean {
  return state.offers.some((o) => (o.from === a && o.to === b) || (o.from === b && o.to === a));
}

const others = (state: GameState, actor: ContenderId) =>
  CONTENDERS.filter((other) => other !== actor && canAct(state, other));

export const offerAlliance: ActionRule<'offer_alliance'> = {
  kind: 'Offer a secret understanding',
  whyNone: () =>
    'Everyone who can still act already has an understanding with you, or an offer from you waiting.',
  group: 'alliances',
  profile: 0,
  options: (state, actor) =>
    others(state, actor)
      .filter((to) => !allianceBetween(state, actor, to) && !offerPending(state, actor, to))
      .map((to) => ({ type: 'offer_alliance', actor, to })),
  cost: () => 1,
  // Not a roll: the chance shown is how likely he is to accept when he answers.
  chance: (state, a) => round1(acceptanceLikelihood(state, a.to, a.actor) * 100) / 100,
  title: (_state, a) => `Offer ${nameOf(a.to)} a secret understanding`,
  outcomes: () => ({ success: [] }),
  note: (_state, a) =>
    `${nameOf(a.to)} can take it up in his next turn; if he has better things to do, it lapses at the end of next quarter. Allies vote together and back each other against motions.`,
  enact: (state, a, ok) => {
    state.offers.push({ from: a.actor, to: a.to, turn: state.turn });
    log(
      state,
      a,
      ok,
      `${nameOf(a.actor)} sends word to ${nameOf(a.to)}, proposing an understanding.`,
      'alliance',
      [a.actor, a.to],
    );
  },
};

/** Trust an alliance adds, both ways. */
const ALLIANCE_TRUST = 10;

export const acceptAlliance: ActionRule<'accept_alliance'> = {
  group: 'alliances',
  profile: 0,
  options: (state, actor) =>
    state.offers
      .filter((o) => o.to === actor)
      .map((o) => ({ type: 'accept_alliance', actor, from: o.from })),
  cost: () => 0,
  chance: () => 1,
  title: (_state, a) => `Accept ${nameOf(a.from)}\u2019s offer`,
  outcomes: (_state, a) => ({
    success: [
      { kind: 'relation', from: a.actor, to: a.from, trust: ALLIANCE_TRUST, grievance: 0 },
      { kind: 'relation', from: a.from, to: a.actor, trust: ALLIANCE_TRUST, grievance: 0 },
    ],
  }),
  note: () => 'A secret alliance.',
  enact: (state, a, ok) => {
    state.offers = state.offers.filter((o) => !(o.from === a.from && o.to === a.actor));
    state.alliances.push({
      id: nextId(state),
      members: [a.from, a.actor],
      secret: true,
      since: state.turn,
    });
    log(
      state,
      a,
      ok,
      `${nameOf(a.actor)} and ${nameOf(a.from)} reach a secret understanding.`,
      'alliance',
      [a.actor, a.from],
    );
  },
};

export const declineAlliance: ActionRule<'decline_alliance'> = {
  group: 'alliances',
  profile: 0,
  options: (state, actor) =>
    state.offers
      .filter((o) => o.to === actor)
      .map((o) => ({ type: 'decline_alliance', actor, from: o.from })),
  cost: () => 0,
  chance: () => 1,
  title: (_state, a) => `Turn down ${nameOf(a.from)}\u2019s offer`,
  outcomes: (_state, a) => ({
    success: [{ kind: 'relation', from: a.from, to: a.actor, trust: -5, grievance: 5 }],
  }),
  note: () => '',
  enact: (state, a, ok) => {
    state.offers = state.offers.filter((o) => !(o.from === a.from && o.to === a.actor));
    log(state, a, ok, `${nameOf(a.actor)} turns down ${nameOf(a.from)}'s approach.`, 'alliance', [
      a.actor,
      a.from,
    ]);
  },
};

export const breakAlliance: ActionRule<'break_alliance'> = {
  group: 'alliances',
  profile: 0,
  options: (state, actor) =>
    state.alliances
      .filter((al) => al.members.includes(actor))
      .map((al) => ({
        type: 'break_alliance',
        actor,
        with: al.members[0] === actor ? al.members[1] : al.members[0],
      })),
  cost: () => 0,
  chance: () => 1,
  title: (_state, a) => `Break with ${nameOf(a.with)}`,
  outcomes: (_state, a) => ({
    success: [{ kind: 'relation', from: a.with, to: a.actor, trust: -30, grievance: 25 }],
  }),
  note: () => 'The alliance ends.',
  enact: (state, a, ok) => {
    state.alliances = state.alliances.filter(
      (al) => !(al.members.includes(a.actor) && al.members.includes(a.with)),
    );
    log(state, a, ok, `${nameOf(a.actor)} breaks with ${nameOf(a.with)}.`, 'alliance');
  },
};

export const conciliate: ActionRule<'conciliate'> = {
  kind: 'Make peace overtures',
  whyNone: () => 'Everyone already trusts you fully.',
  group: 'alliances',
  profile: 1,
  options: (state, actor) =>
    others(state, actor)
      .filter((target) => {
        const rel = state.contenders[target].relations[actor];
        return rel.trust < 90 || rel.grievance > 0;
      })
      .map((target) => ({ type: 'conciliate', actor, target })),
  cost: () => 1,
  chance: (state, a) => {
    const rel = state.contenders[a.target].relations[a.actor];
    return clamp(round1((0.75 - rel.grievance / 150) * 100) / 100, 0.2, 0.9);
  },
  title: (_state, a) => `Make peace overtures to ${nameOf(a.target)}`,
  outcomes: (_state, a) => ({
    success: [{ kind: 'relation', from: a.target, to: a.actor, trust: 10, grievance: -10 }],
    failure: [{ kind: 'prestige', who: a.actor, delta: -1 }],
  }),
  note: () => 'Alliances need trust.',
  enact: (state, a, ok) =>
    log(
      state,
      a,
      ok,
      ok
        ? `${nameOf(a.actor)} makes peace overtures to ${nameOf(a.target)}, who warms to him.`
        : `${nameOf(a.actor)} makes peace overtures to ${nameOf(a.target)}, who is not moved.`,
      'conciliate',
    ),
};
