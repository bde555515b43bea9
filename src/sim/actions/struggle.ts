// The open struggle: denouncing rivals, tabling motions, platforms against the line, and the
// ways back (confessing one's errors, resting), and ending the turn.
import { POST_INFO } from '../../content/people.ts';
import { currentQuarter } from '../calendar.ts';
import { CONTENDERS } from '../ids.ts';
import {
  bodyOf,
  HEAT_CAP_FROM_RIVALS,
  inTruce,
  motionOptions,
  motionTitle,
  TRUCE_QUARTERS,
} from '../motions.ts';
import { nextId } from '../mutate.ts';
import { alliesOf, canAct, clamp, controls, nameOf, platformOf, round1 } from '../query.ts';
import type { ContenderId } from '../ids.ts';
import { REGIONS } from '../ids.ts';
import type { GameState } from '../types.ts';
import { chronicle as log } from './changes.ts';
import type { ActionRule } from './rule.ts';

/** Heat below which there is nothing to confess. */
export const RECANT_MIN_HEAT = 15;
/** Where a contender's heat lets the Politburo remove him (see motions.ts). */
const REMOVAL_LINE = 50;

export const denounce: ActionRule<'denounce'> = {
  kind: 'Denounce a rival for factionalism',
  whyNone: () => 'No rival is left who can be denounced.',
  group: 'attack',
  profile: 5,
  options: (state, actor) =>
    CONTENDERS.filter((t) => t !== actor && canAct(state, t) && !inTruce(state, t)).map(
      (target) => ({
        type: 'denounce',
        actor,
        target,
      }),
    ),
  cost: () => 1,
  chance: (state, a) => {
    const me = state.contenders[a.actor];
    const target = state.contenders[a.target];
    let p = 0.3 + (me.prestige - target.prestige) / 200 + target.heat / 200;
    if (controls(state, a.actor, 'rabkrin')) p += 0.15;
    return clamp(round1(p * 100) / 100, 0.05, 0.9);
  },
  title: (_state, a) => `Denounce ${nameOf(a.target)} for factionalism`,
  outcomes: (_state, a) => {
    // The accused resents it whether or not the charge sticks.
    const grudge = {
      kind: 'relation' as const,
      from: a.target,
      to: a.actor,
      trust: -15,
      grievance: 20,
    };
    return {
      success: [
        grudge,
        { kind: 'charge', who: a.target, delta: 15 },
        { kind: 'prestige', who: a.target, delta: -5 },
      ],
      failure: [
        grudge,
        { kind: 'prestige', who: a.actor, delta: -3 },
        { kind: 'heat', who: a.actor, delta: 3 },
      ],
    };
  },
  note: () =>
    `At heat ${REMOVAL_LINE} a contender who has signed an opposition platform can be removed from the Politburo; a rival's charges alone stop at ${HEAT_CAP_FROM_RIVALS} (only a platform or a congress's verdict pushes heat higher).`,
  enact: (state, a, ok) =>
    log(
      state,
      a,
      ok,
      ok
        ? `${nameOf(a.actor)} denounces ${nameOf(a.target)} for factionalism, and the charge sticks.`
        : `${nameOf(a.actor)} accuses ${nameOf(a.target)} of factionalism, but few believe it.`,
      'denounce',
    ),
};

/** What a failed motion costs whoever proposed it. */
const FAILED_MOTION_PRESTIGE = 2;

export const motion: ActionRule<'motion'> = {
  kind: 'Table a motion',
  whyNone: () =>
    'No motion is open to you now. A rival can be voted out only once his heat passes his line; a post can be moved only from someone under a cloud (heat 30 or more), and while Lenin lives the General Secretaryship only by a new Central Committee, the quarter after a congress.',
  group: 'motions',
  profile: 3,
  options: (state, actor) =>
    motionOptions(state, actor).map((spec) => ({ type: 'motion', actor, motion: spec })),
  cost: () => 1,
  chance: () => 1,
  title: (state, a) => `Motion: ${motionTitle(a.motion, currentQuarter(state))}`,
  outcomes: () => ({ success: [] }),
  note: (_state, a) => {
    const body = bodyOf(a.motion) === 'cc' ? 'the Central Committee' : 'the Politburo';
    const extra =
      a.motion.kind === 'transfer_post'
        ? ` What the post gives: ${POST_INFO[a.motion.post].power}`
        : '';
    return `Put to ${body} at the end of the quarter; every member votes. If it fails, whoever proposed it loses ${FAILED_MOTION_PRESTIGE} prestige.${extra}`;
  },
  enact: (state, a, ok) => {
    state.motions.push({
      id: nextId(state),
      proposer: a.actor,
      spec: a.motion,
      body: bodyOf(a.motion),
      ballots: { [a.actor]: 'yes' },
    });
    log(
      state,
      a,
      ok,
      `${nameOf(a.actor)} tables a motion: ${motionTitle(a.motion, currentQuarter(state))}.`,
      'motion',
    );
  },
};

const NO_PLATFORM_IN_TRUCE =
  'You have admitted your errors and promised to abide by the party\u2019s decisions: no platform while the truce it bought lasts.';

/** Views on the economy further than this from the author's: an ally who will not sign. */
const SIGNER_SPREAD = 60;

/**
 * How long an ally may still add his name to a platform: the quarter it was published and the
 * next (the United Opposition's declaration of July 1926 gathered its signatures over weeks).
 */
export const SIGNING_QUARTERS = 1;

/**
 * Why `ally` could not put his name to `leader`'s platform at all, or '' if he could. An
 * opposition platform attacks the apparatus and the line, so a man who runs the apparatus
 * (controls the Secretariat or the Orgburo) does not sign it, nor one whose views on the economy
 * lie more than SIGNER_SPREAD from the author's: an alliance of convenience is not a common
 * programme (Stalin was Zinoviev's ally in 1923 and never signed against the Secretariat he ran).
 */
function cannotCosign(state: GameState, ally: ContenderId, leader: ContenderId): string {
  if (controls(state, ally, 'general_secretary') || controls(state, ally, 'orgburo'))
    return 'he runs the apparatus the platform attacks';
  // A man who has admitted his errors promised to abide by the party's decisions: while the
  // truce it bought lasts he cannot put his name to a platform.
  if (inTruce(state, ally)) return 'he has admitted his errors, and the truce binds him';
  const apart = Math.abs(
    state.contenders[ally].positions.economy - state.contenders[leader].positions.economy,
  );
  if (apart > SIGNER_SPREAD) return 'his views on the economy are too far from yours';
  return '';
}

/** The author's allies who may add their names to his platform (each decides for himself). */
function mayCosign(state: GameState, leader: ContenderId): ContenderId[] {
  return alliesOf(state, leader).filter(
    (c) => canAct(state, c) && !platformOf(state, c) && cannotCosign(state, c, leader) === '',
  );
}

/** "A", "A and B", "A, B and C". */
const inWords = (names: string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/**
 * Who may sign, in the player's words: "You sign it alone. Kamenev, your ally, may add his name
 * …; Stalin, your ally, will not: …". Nobody is signed up without his consent: an ally signs
 * in his own turn (sign_platform), or not at all.
 */
function whoMaySign(state: GameState, actor: ContenderId): string {
  const mayIds = mayCosign(state, actor);
  const may = mayIds.map(nameOf);
  const refusing = alliesOf(state, actor)
    .filter((c) => canAct(state, c) && !platformOf(state, c) && !mayIds.includes(c))
    .map((c) => `${nameOf(c)}, your ally, will not: ${cannotCosign(state, c, actor)}`);
  const invited =
    may.length === 0
      ? ''
      : ` ${inWords(may)} may add ${may.length === 1 ? 'his name' : 'their names'} this quarter or the next, if ${may.length === 1 ? 'he chooses' : 'they choose'}.`;
  const refused = refusing.length === 0 ? '' : ` ${refusing.join('; ')}.`;
  return `You sign it alone.${invited}${refused}`;
}

export const platform: ActionRule<'platform'> = {
  kind: 'Publish an opposition platform',
  whyNone: () => 'You have already signed an opposition platform.',
  group: 'attack',
  profile: 15,
  options: (state, actor) => (platformOf(state, actor) ? [] : [{ type: 'platform', actor }]),
  cost: () => 2,
  chance: () => 1,
  title: () => 'Publish an opposition platform',
  outcomes: (_state, a) => ({
    success: [
      { kind: 'heat', who: a.actor, delta: 25 },
      { kind: 'prestige', who: a.actor, delta: 3 },
      { kind: 'mood', regions: REGIONS, toward: a.actor, step: 6, within: 40 },
    ],
  }),
  note: (state, a) =>
    `${whoMaySign(state, a.actor)} The next congress will vote to condemn it, and from now on the Central Committee can vote you (and each ally who signs) out of the Politburo once your heat reaches the line.`,
  enact: (state, a, ok) => {
    // Signing is open factional work: from now on the Politburo can be purged of him.
    state.contenders[a.actor].branded = true;
    for (const al of state.alliances) if (al.members.includes(a.actor)) al.secret = false;
    state.platforms.push({
      leader: a.actor,
      members: [a.actor],
      since: state.turn,
      condemned: false,
    });
    const may = mayCosign(state, a.actor);
    log(
      state,
      a,
      ok,
      `${nameOf(a.actor)} publishes an opposition platform. The ban on factions hangs over him.${may.length > 0 ? ` His allies (${inWords(may.map(nameOf))}) may add their names.` : ''}`,
      'platform',
    );
  },
};

/** A platform `actor` may still sign: an ally's, open for signatures, not yet condemned. */
export function openPlatformOf(state: GameState, actor: ContenderId, leader: ContenderId) {
  return state.platforms.find(
    (p) =>
      p.leader === leader &&
      !p.condemned &&
      state.turn <= p.since + SIGNING_QUARTERS &&
      !p.members.includes(actor),
  );
}

export const signPlatform: ActionRule<'sign_platform'> = {
  // No `kind`: an invitation that is not there is not greyed out every quarter; whyNone still
  // answers a player (or a replay) who asks for it.
  whyNone: (state, actor) =>
    platformOf(state, actor)
      ? 'You have already signed an opposition platform.'
      : inTruce(state, actor)
        ? NO_PLATFORM_IN_TRUCE
        : 'No ally of yours has published a platform you could sign (it stays open for signatures the quarter it appears and the next).',
  group: 'attack',
  profile: 10,
  // Who may sign is one rule (cannotCosign), read here and in the author's preview.
  options: (state, actor) =>
    platformOf(state, actor)
      ? []
      : mayCosignAnyOf(state, actor).map((leader) => ({ type: 'sign_platform', actor, leader })),
  // Putting one's name to a text takes no time; the cost is in what follows.
  cost: () => 0,
  chance: () => 1,
  title: (_state, a) => `Sign ${nameOf(a.leader)}’s opposition platform`,
  outcomes: (_state, a) => ({
    success: [
      { kind: 'heat', who: a.actor, delta: 25 },
      { kind: 'prestige', who: a.actor, delta: 3 },
    ],
  }),
  note: (_state, a) =>
    `Your understanding with ${nameOf(a.leader)} becomes public, and you stand with his group: the next congress will vote to condemn the platform, and from now on the Central Committee can vote you out of the Politburo once your heat reaches the line.`,
  enact: (state, a, ok) => {
    const p = openPlatformOf(state, a.actor, a.leader);
    if (!p) return;
    p.members.push(a.actor);
    state.contenders[a.actor].branded = true;
    for (const al of state.alliances)
      if (al.members.includes(a.actor) && al.members.includes(a.leader)) al.secret = false;
    log(
      state,
      a,
      ok,
      `${nameOf(a.actor)} signs ${nameOf(a.leader)}’s opposition platform. The ban on factions hangs over him too.`,
      'sign_platform',
    );
  },
};

/** The allies whose open platforms `actor` could sign now. */
function mayCosignAnyOf(state: GameState, actor: ContenderId): ContenderId[] {
  if (!canAct(state, actor)) return [];
  return alliesOf(state, actor).filter(
    (leader) =>
      openPlatformOf(state, actor, leader) !== undefined &&
      cannotCosign(state, actor, leader) === '',
  );
}

export const recant: ActionRule<'recant'> = {
  kind: 'Admit your errors (self-criticism)',
  whyNone: (state, actor) =>
    inTruce(state, actor)
      ? 'You have confessed already: a second confession adds nothing while the truce it bought lasts.'
      : `Only when your heat is ${RECANT_MIN_HEAT} or more (yours is ${Math.round(state.contenders[actor].heat)}).`,
  group: 'self',
  profile: 3,
  // Once per truce: confessing again while the last confession's truce lasts would wipe heat
  // away for a point each time.
  options: (state, actor) =>
    state.contenders[actor].heat >= RECANT_MIN_HEAT && !inTruce(state, actor)
      ? [{ type: 'recant', actor }]
      : [],
  cost: () => 1,
  chance: () => 1,
  title: () => 'Admit your errors (self-criticism)',
  outcomes: (_state, a) => ({
    success: [
      { kind: 'heat', who: a.actor, delta: -15 },
      { kind: 'prestige', who: a.actor, delta: -4 },
    ],
  }),
  note: () =>
    `You leave any opposition platform (a platform you lead is dissolved), and for ${TRUCE_QUARTERS} quarters, this one included, rivals may not censure or denounce you, nor move to drop you from the Central Committee or expel you. The road Zinoviev and Kamenev took in 1926 and 1928.`,
  enact: (state, a, ok) => {
    state.contenders[a.actor].truceUntil = state.turn + TRUCE_QUARTERS;
    // Renouncing factional work means leaving the platform (and ending it, if one led it).
    const mine = platformOf(state, a.actor);
    if (mine) {
      mine.members = mine.members.filter((m) => m !== a.actor);
      if (mine.leader === a.actor) state.platforms = state.platforms.filter((p) => p !== mine);
    }
    log(
      state,
      a,
      ok,
      `${nameOf(a.actor)} admits his errors before the Central Committee and promises to abide by the party's decisions.`,
      'recant',
    );
  },
};

export const rest: ActionRule<'rest'> = {
  kind: 'Rest and recover',
  whyNone: () => 'Your health is full.',
  group: 'self',
  profile: -2,
  options: (state, actor) =>
    state.contenders[actor].health < 100 ? [{ type: 'rest', actor }] : [],
  cost: () => 1,
  chance: () => 1,
  title: () => 'Rest and recover',
  outcomes: (_state, a) => ({ success: [{ kind: 'health', who: a.actor, delta: 15 }] }),
  note: () => '',
  enact: (state, a, ok) =>
    log(state, a, ok, `${nameOf(a.actor)} rests and recovers strength.`, 'rest'),
};

export const end: ActionRule<'end'> = {
  group: 'self',
  profile: 0,
  options: (_state, actor) => [{ type: 'end', actor }],
  cost: () => 0,
  chance: () => 1,
  title: () => 'End your turn',
  outcomes: () => ({ success: [] }),
  note: () => 'Unspent action points are lost.',
  enact: (state, a) => {
    state.actionPoints[a.actor] = 0;
  },
};
