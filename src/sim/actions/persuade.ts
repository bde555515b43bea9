// Winning the party's ear: speeches to the rank and file, and articles or pamphlets in the press.
import { CONTENDER_INFO, FIGURE_INFO, regionInSentence } from '../../content/people.ts';
import { currentQuarter } from '../calendar.ts';
import { CONTENDERS, REGIONS, type RegionId } from '../ids.ts';
import { canAct, clamp, controls, nameOf, platformOf, round1 } from '../query.ts';
import type { GameState } from '../types.ts';
import { chronicle as log } from './changes.ts';
import type { ActionRule, Change } from './rule.ts';
import {
  courtChance,
  seatedWaverers,
  STEADY_QUARTERS,
  WON_OVER_QUARTERS,
  sympathyOf,
  withinReach,
} from '../waverers.ts';

export const INDUSTRIAL_REGIONS: readonly RegionId[] = ['moscow', 'leningrad', 'ukraine', 'urals'];

// "in the Urals", "in Petrograd": titles and the chronicle's lines alike.
const inWhere = (state: GameState, region: RegionId) =>
  regionInSentence(region, currentQuarter(state));

export const speak: ActionRule<'speak'> = {
  kind: 'Speak to the party in a region',
  group: 'persuade',
  profile: 4,
  options: (_state, actor) => REGIONS.map((region) => ({ type: 'speak', actor, region })),
  cost: () => 1,
  chance: (state, a) => {
    const me = state.contenders[a.actor];
    let p = 0.2 + CONTENDER_INFO[a.actor].oratory / 200 + me.prestige / 400;
    const home =
      (a.region === 'leningrad' && controls(state, a.actor, 'leningrad_party')) ||
      (a.region === 'moscow' && controls(state, a.actor, 'moscow_party')) ||
      (a.region === 'red_army' && controls(state, a.actor, 'war_commissar'));
    if (home) p += 0.15;
    if (INDUSTRIAL_REGIONS.includes(a.region) && controls(state, a.actor, 'trade_unions')) p += 0.1;
    if (me.health < 40) p -= 0.1;
    return clamp(round1(p * 100) / 100, 0.1, 0.95);
  },
  title: (state, a) => `Speak to the party in ${inWhere(state, a.region)}`,
  outcomes: (state, a) => {
    const success: Change[] = [
      { kind: 'mood', regions: [a.region], toward: a.actor, step: 12 },
      { kind: 'prestige', who: a.actor, delta: 1 },
    ];
    // Speaking for a platform is factional work: the party notices.
    if (platformOf(state, a.actor)) success.push({ kind: 'heat', who: a.actor, delta: 5 });
    return { success, failure: [{ kind: 'prestige', who: a.actor, delta: -1 }] };
  },
  note: () => '',
  enact: (state, a, ok) =>
    log(
      state,
      a,
      ok,
      ok
        ? `${nameOf(a.actor)} wins over the party meeting in ${inWhere(state, a.region)}.`
        : `${nameOf(a.actor)} speaks in ${inWhere(state, a.region)} to a cool reception.`,
      'speak',
    ),
};

export const publish: ActionRule<'publish'> = {
  kind: 'Publish an article or a pamphlet',
  group: (a) => (a.target ? 'attack' : 'persuade'),
  profile: 5,
  options: (state, actor) => [
    { type: 'publish', actor, target: null },
    ...CONTENDERS.filter((other) => other !== actor && canAct(state, other)).map((target) => ({
      type: 'publish' as const,
      actor,
      target,
    })),
  ],
  // Whoever runs Pravda has the press at hand.
  cost: (state, a) => (controls(state, a.actor, 'pravda') ? 1 : 2),
  chance: (state, a) => {
    let p = 0.3 + CONTENDER_INFO[a.actor].oratory / 300 + state.contenders[a.actor].prestige / 400;
    if (controls(state, a.actor, 'pravda')) p += 0.2;
    if (a.target) p -= state.contenders[a.target].prestige / 500;
    return clamp(round1(p * 100) / 100, 0.1, 0.95);
  },
  title: (_state, a) =>
    a.target
      ? `Publish a pamphlet against ${nameOf(a.target)}`
      : 'Publish an article on the party\u2019s course',
  outcomes: (_state, a) => ({
    success: a.target
      ? [
          { kind: 'prestige', who: a.target, delta: -6 },
          { kind: 'prestige', who: a.actor, delta: 2 },
          { kind: 'relation', from: a.target, to: a.actor, trust: -10, grievance: 15 },
        ]
      : [
          { kind: 'prestige', who: a.actor, delta: 4 },
          { kind: 'mood', regions: REGIONS, toward: a.actor, step: 4 },
        ],
    failure: [{ kind: 'prestige', who: a.actor, delta: -2 }],
  }),
  note: () => '',
  enact: (state, a, ok) => {
    const name = nameOf(a.actor);
    const text = !ok
      ? `${name}'s article falls flat.`
      : a.target
        ? `${name} publishes a pamphlet attacking ${nameOf(a.target)}'s record.`
        : `${name} publishes an article on the party's course; it is widely read.`;
    log(state, a, ok, text, 'publish');
  },
};

/**
 * Court a waverer in the Politburo: win over a man with views of his own, so that he votes
 * with you where you and his patron disagree (src/sim/waverers.ts). His patron can court him
 * back. The patron notices either way.
 */
export const court: ActionRule<'court'> = {
  kind: 'Court a waverer in the Politburo',
  whyNone: () =>
    'No waverer sits in the Politburo who is not already with you and whose views on the economy are near enough to yours (Kalinin, Voroshilov, Rudzutak, Kuibyshev, Ordzhonikidze have views of their own).',
  group: 'persuade',
  profile: 2,
  options: (state, actor) =>
    seatedWaverers(state)
      .filter((figure) => {
        const f = state.figures[figure];
        // His own client is worth courting only to win him back from someone else.
        const wanted =
          f.patron === actor ? sympathyOf(state, figure) !== null : f.sympathy !== actor;
        return wanted && withinReach(state, actor, figure);
      })
      .map((figure) => ({ type: 'court', actor, figure })),
  cost: () => 1,
  chance: (state, a) => courtChance(state, a.actor, a.figure),
  title: (state, a) =>
    state.figures[a.figure].patron === a.actor
      ? `Win back ${nameOf(a.figure)}`
      : `Court ${nameOf(a.figure)}, a waverer in the Politburo`,
  outcomes: (state, a) => {
    const patron = state.figures[a.figure].patron;
    if (!patron || patron === a.actor || !canAct(state, patron))
      return { success: [], failure: [] };
    // Poaching a man's client earns his resentment, whether or not it works.
    return {
      success: [{ kind: 'relation', from: patron, to: a.actor, trust: -5, grievance: 10 }],
      failure: [{ kind: 'relation', from: patron, to: a.actor, trust: -5, grievance: 5 }],
    };
  },
  note: (state, a) => {
    const views = FIGURE_INFO[a.figure].views;
    const patron = state.figures[a.figure].patron;
    if (patron === a.actor)
      return `If it works, ${nameOf(a.figure)} follows you again on every vote, and nobody can court him for half a year.`;
    return `If it works, ${nameOf(a.figure)} keeps his patron but votes with you whenever you and ${patron ? nameOf(patron) : 'the others'} disagree, and never against you. ${patron ? nameOf(patron) : 'His patron'} cannot win him back before the quarter is out. ${views?.why ?? ''}`;
  },
  enact: (state, a, ok) => {
    const f = state.figures[a.figure];
    const reclaim = f.patron === a.actor;
    if (ok) {
      f.sympathy = reclaim ? null : a.actor;
      f.steadyUntil = state.turn + (reclaim ? STEADY_QUARTERS : WON_OVER_QUARTERS);
    }
    log(
      state,
      a,
      ok,
      ok
        ? reclaim
          ? `${nameOf(a.actor)} brings ${nameOf(a.figure)} back into line.`
          : `${nameOf(a.actor)} wins ${nameOf(a.figure)} over: he will vote with him when it counts${f.patron && canAct(state, f.patron) ? `, and ${nameOf(f.patron)} cannot win him back before the quarter is out` : ''}.`
        : `${nameOf(a.actor)} courts ${nameOf(a.figure)}, who keeps his distance.`,
      'court',
    );
  },
};
