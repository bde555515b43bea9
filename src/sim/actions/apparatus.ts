// The party machine: placing loyal secretaries, who pick the delegates to the next congress.
import { CONTENDER_INFO, regionInSentence } from '../../content/people.ts';
import { currentQuarter } from '../calendar.ts';
import { CONTENDERS, REGIONS, type ContenderId, type RegionId } from '../ids.ts';
import {
  allianceBetween,
  clamp,
  controls,
  isActive,
  nameOf,
  round1,
  secretariesOf,
  SECRETARY_SLOTS,
  unalignedSecretaries,
} from '../query.ts';
import type { GameState } from '../types.ts';
import { chronicle as log } from './changes.ts';
import type { ActionRule } from './rule.ts';

// "in the Urals", "in Petrograd": titles and the chronicle's lines alike.
const inWhere = (state: GameState, region: RegionId) =>
  regionInSentence(region, currentQuarter(state));

/** The Secretariat and the Orgburo appoint anywhere; a city or the army's boss only there. */
export function canAppointIn(state: GameState, actor: ContenderId, region: RegionId): boolean {
  if (!isActive(state, actor)) return false;
  if (controls(state, actor, 'general_secretary') || controls(state, actor, 'orgburo')) return true;
  if (region === 'leningrad') return controls(state, actor, 'leningrad_party');
  if (region === 'moscow') return controls(state, actor, 'moscow_party');
  if (region === 'red_army') return controls(state, actor, 'war_commissar');
  return false;
}

/** The rival who loses a secretary if `actor` places one in the region now: none while an
 * unaligned seat is left, otherwise the rival (not an ally) with the most there. */
function displacedBy(state: GameState, region: RegionId, actor: ContenderId): ContenderId | null {
  if (unalignedSecretaries(state, region) > 0) return null;
  let victim: ContenderId | null = null;
  for (const c of CONTENDERS) {
    if (c === actor || allianceBetween(state, c, actor)) continue;
    if (secretariesOf(state, region, c) > (victim ? secretariesOf(state, region, victim) : 0))
      victim = c;
  }
  return victim;
}

/** One more secretary for `actor` in the region, if a seat can be had. Returns whose it was. */
function placeSecretary(
  state: GameState,
  region: RegionId,
  actor: ContenderId,
): ContenderId | null {
  const r = state.regions[region];
  const victim = displacedBy(state, region, actor);
  if (victim) r.secretaries[victim] = secretariesOf(state, region, victim) - 1;
  else if (unalignedSecretaries(state, region) === 0) return null;
  r.secretaries[actor] = (r.secretaries[actor] ?? 0) + 1;
  return victim;
}

/** A displaced rival's feelings towards the one who displaced him. */
const DISPLACED_TRUST = -5;
const DISPLACED_GRUDGE = 10;

export const appoint: ActionRule<'appoint'> = {
  kind: 'Appoint loyal secretaries',
  whyNone: () =>
    'You hold no post that appoints. The General Secretary and the Orgburo appoint anywhere; the Moscow or Leningrad party boss only in his city; the War Commissar only in the army. Your people may also hold every seat you could fill.',
  group: 'apparatus',
  profile: -2,
  options: (state, actor) =>
    REGIONS.filter(
      (region) =>
        canAppointIn(state, actor, region) && secretariesOf(state, region, actor) < SECRETARY_SLOTS,
    ).map((region) => ({ type: 'appoint', actor, region })),
  cost: () => 1,
  chance: (state, a) => {
    let p = 0.45 + CONTENDER_INFO[a.actor].organisation / 200;
    const unaligned = unalignedSecretaries(state, a.region);
    const rivalHeld = SECRETARY_SLOTS - unaligned - secretariesOf(state, a.region, a.actor);
    if (unaligned === 0) p -= 0.15;
    else if (rivalHeld >= 6) p -= 0.05;
    return clamp(round1(p * 100) / 100, 0.1, 0.95);
  },
  title: (state, a) => `Appoint a loyal secretary in ${inWhere(state, a.region)}`,
  outcomes: (state, a) => {
    const victim = displacedBy(state, a.region, a.actor);
    return {
      success: victim
        ? [
            {
              kind: 'relation',
              from: victim,
              to: a.actor,
              trust: DISPLACED_TRUST,
              grievance: DISPLACED_GRUDGE,
            },
          ]
        : [],
      failure: [],
    };
  },
  note: () =>
    'One more of your people in the region: they pick its delegates to the next congress. Replaces an unaligned secretary, or a rival\u2019s if none is left.',
  enact: (state, a, ok) => {
    const name = nameOf(a.actor);
    const place = inWhere(state, a.region);
    if (!ok) {
      log(
        state,
        a,
        ok,
        `${name} tries to place a loyal secretary in ${place}, but the local committee resists.`,
        'appoint',
      );
      return;
    }
    const victim = placeSecretary(state, a.region, a.actor);
    const displaced = victim ? `, replacing one of ${nameOf(victim)}'s people` : '';
    log(state, a, ok, `${name} places a loyal secretary in ${place}${displaced}.`, 'appoint');
  },
};

/** Delegates a recruitment drive adds to a region, up to the most a region may send. */
const RECRUITS = 2;
const MAX_WEIGHT = 40;

export const recruit: ActionRule<'recruit'> = {
  kind: 'Recruit new members (the Lenin Enrolment)',
  whyNone: () => 'Only the General Secretary can enrol new members.',
  group: 'apparatus',
  profile: -1,
  options: (state, actor) =>
    isActive(state, actor) && controls(state, actor, 'general_secretary')
      ? REGIONS.map((region) => ({ type: 'recruit', actor, region }))
      : [],
  cost: () => 2,
  chance: () => 0.7,
  title: (state, a) => `Recruit new members in ${inWhere(state, a.region)}`,
  outcomes: (_state, a) => {
    const always = [{ kind: 'mood' as const, regions: [a.region], toward: a.actor, step: 5 }];
    return { success: always, failure: always };
  },
  note: () =>
    `The region sends ${RECRUITS} more delegates; the chance is that a new secretary is loyal to you.`,
  enact: (state, a, loyal) => {
    const r = state.regions[a.region];
    r.weight = Math.min(r.weight + RECRUITS, MAX_WEIGHT);
    if (loyal) placeSecretary(state, a.region, a.actor);
    log(
      state,
      a,
      loyal,
      `${nameOf(a.actor)} enrols new members in ${inWhere(state, a.region)}${loyal ? '; they owe their cards to the apparatus' : ''}.`,
      'recruit',
    );
  },
};

/**
 * The army card: the War Commissar calls on the Red Army's party organisation to stand behind
 * him. It brings fame and the army's delegates, but every rival hears a Bonaparte in the making
 * (the fear that made the others unite against Trotsky in 1923–25), and the party calls it
 * factional work in uniform. Trotsky never played it; this is the game's what-if.
 */
export const rallyArmy: ActionRule<'rally_army'> = {
  kind: 'Rally the army behind you',
  whyNone: () => 'Only the War Commissar himself can call on the army.',
  group: 'apparatus',
  profile: 15,
  options: (state, actor) =>
    isActive(state, actor) && state.posts.war_commissar === actor
      ? [{ type: 'rally_army', actor }]
      : [],
  cost: () => 2,
  chance: (state, a) => {
    const me = state.contenders[a.actor];
    const p = 0.3 + CONTENDER_INFO[a.actor].oratory / 400 + me.prestige / 400;
    return clamp(round1(p * 100) / 100, 0.1, 0.85);
  },
  title: () => 'Rally the Red Army\u2019s party organisation behind you',
  outcomes: (state, a) => {
    // Every rival fears a Bonaparte, whether or not the army answers.
    const fear = CONTENDERS.filter((c) => c !== a.actor && isActive(state, c)).map((c) => ({
      kind: 'relation' as const,
      from: c,
      to: a.actor,
      trust: -10,
      grievance: 10,
    }));
    return {
      success: [
        ...fear,
        { kind: 'prestige', who: a.actor, delta: 8 },
        { kind: 'heat', who: a.actor, delta: 10 },
        { kind: 'mood', regions: ['red_army'], toward: a.actor, step: 25 },
      ],
      failure: [...fear, { kind: 'heat', who: a.actor, delta: 12 }],
    };
  },
  note: () =>
    'The army\u2019s cells move towards your views, so its open delegates may follow you at the next congress. The heat is the charge of Bonapartism: it is not capped like a rival\u2019s censure.',
  enact: (state, a, ok) =>
    log(
      state,
      a,
      ok,
      ok
        ? `${nameOf(a.actor)} tours the garrisons and the army\u2019s party cells cheer him. The others whisper "Bonaparte".`
        : `${nameOf(a.actor)} appeals to the army\u2019s party cells, but the commissars hold back. The others whisper "Bonaparte".`,
      'rally_army',
    ),
};
