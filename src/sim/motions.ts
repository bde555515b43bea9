// Politburo and Central Committee motions: which may be tabled, by whom, and where they are voted.
import {
  FIGURES,
  POSTS,
  CONTENDERS,
  isContender,
  type ContenderId,
  type PersonId,
  type PostId,
} from './ids.ts';
import {
  canAct,
  controls,
  inPolitburo,
  inPolitburoAny,
  isActive,
  MAX_POLITBURO,
  nameOf,
} from './query.ts';
import { postName } from '../content/people.ts';
import { currentQuarter, gatheringsInQuarter } from './calendar.ts';
import type { Body, GameState, MotionSpec } from './types.ts';

export const HEAT_TO_REMOVE_FROM_POLITBURO = 50;
export const HEAT_TO_REMOVE_FROM_CC = 60;
export const HEAT_TO_EXPEL = 70;
export const HEAT_TO_CENSURE = 15;
/** A post is taken only from someone under a cloud: a contender (or patron) this exposed. */
export const HEAT_TO_LOSE_POST = 30;
/**
 * Rivals' censures and denunciations can push a contender's heat only this far. Beyond it lies
 * open factional work: a platform, a congress's condemnation, events (the ban on factions).
 */
export const HEAT_CAP_FROM_RIVALS = 45;

/**
 * Quarters (this one included) in which rivals may not charge a man who has recanted, nor move
 * to drop him from the Central Committee or expel him: the party has taken his word.
 */
export const TRUCE_QUARTERS = 3;

/**
 * Events that brand a group as a faction, in the record's order: the Leningrad opposition of
 * 1925, the United Opposition of 1926, the "right deviation" condemned in 1928–29.
 */
export const FACTION_FLAGS: Readonly<Record<string, readonly ContenderId[]>> = {
  zinoviev_opposition: ['zinoviev'],
  kamenev_opposition: ['kamenev'],
  united_opposition: ['trotsky', 'zinoviev', 'kamenev'],
  right_deviation_condemned: ['bukharin', 'rykov', 'tomsky'],
};

/**
 * Has he broken the ban on factions in the open? Only such a man can be voted out of the
 * Politburo: rivals' charges wear a leader down, but the party removed its leaders only for
 * open factional work (Trotsky was condemned in 1924 and removed in 1926, after the United
 * Opposition).
 */
export function isBranded(state: GameState, c: ContenderId): boolean {
  if (state.contenders[c].branded) return true;
  for (const flag of state.flags) if (FACTION_FLAGS[flag]?.includes(c)) return true;
  return false;
}

/**
 * Is he shielded by the truce a recantation buys? Then rivals may not censure or denounce him,
 * nor move to drop him from the Central Committee or expel him from the party: in the record the
 * opposition's statement of October 1926 put off its leaders' expulsion for a year, until they
 * broke it. (It did not save a Politburo seat: Trotsky lost his a week later.)
 */
export function inTruce(state: GameState, c: ContenderId): boolean {
  return state.turn < state.contenders[c].truceUntil;
}

/**
 * How exposed a contender is to being cut down: heat, less the shield of popularity. Prestige
 * above 50 protects (half a point per point): Trotsky's fame kept him in the Politburo until
 * his standing had been worn down.
 */
export function exposure(state: GameState, c: ContenderId): number {
  const me = state.contenders[c];
  return me.heat - Math.max(0, me.prestige - 50) / 2;
}

/** Heat added by a rival's charge, never past HEAT_CAP_FROM_RIVALS (and never lowered). */
export function chargedHeat(heat: number, added: number): number {
  return heat >= HEAT_CAP_FROM_RIVALS ? heat : Math.min(HEAT_CAP_FROM_RIVALS, heat + added);
}

/** The posts of the party machine, which each new Central Committee elects at its first plenum. */
export const SECRETARIAT_POSTS: readonly PostId[] = ['general_secretary', 'orgburo'];

/**
 * Does a new Central Committee hold its first plenum this quarter (the quarter after a congress
 * elected it)? Not in a scenario's first quarter: its start already is that plenum's outcome.
 */
export function newCentralCommitteeMeets(state: GameState): boolean {
  if (state.turn === 0) return false;
  return gatheringsInQuarter(currentQuarter(state) - 1).some((g) => g.electsCentralCommittee);
}

/**
 * Is this post elected afresh this quarter? At a new Central Committee's first plenum the
 * Secretariat and the Orgburo can be given to anyone the vote favours, whatever the holder's
 * standing (in 1923 and 1924 the new Central Committees kept Stalin; they could have chosen
 * otherwise).
 */
export function secretariatElection(state: GameState, post: PostId): boolean {
  return SECRETARIAT_POSTS.includes(post) && newCentralCommitteeMeets(state);
}

/**
 * Is this the General Secretaryship, while Lenin lives? Then only a new Central Committee can
 * take it away (at its first plenum: `secretariatElection`), never a vote between congresses
 * however the holder stands. A simplification: no plenum tried to move Stalin (General
 * Secretary from April 1922) in Lenin's lifetime, and Lenin's postscript of January 1923, part
 * of his letter to the congress, asked the comrades to think of a way to remove him. Without
 * this, two charges of factionalism in the summer of 1922 handed the post to a rival in most
 * games a skilled Zinoviev or Kamenev played.
 */
export function leninsGeneralSecretary(state: GameState, post: PostId): boolean {
  return post === 'general_secretary' && state.figures.lenin.alive;
}

/** Can the post be moved by a vote now? Not from Lenin, and not from anyone in good standing. */
export function postIsOpen(state: GameState, post: PostId): boolean {
  const holder = state.posts[post];
  if (!holder) return true;
  if (holder === 'lenin') return !state.figures.lenin.alive;
  if (secretariatElection(state, post)) return true;
  if (leninsGeneralSecretary(state, post)) return false;
  const exposed = isContender(holder) ? holder : state.figures[holder].patron;
  if (!exposed) return true;
  return !canAct(state, exposed) || exposure(state, exposed) >= HEAT_TO_LOSE_POST;
}

export function bodyOf(spec: MotionSpec): Body {
  switch (spec.kind) {
    case 'remove_politburo':
    case 'remove_cc':
    case 'expel':
    case 'expand_politburo':
      return 'cc';
    case 'transfer_post':
      return spec.post === 'general_secretary' ? 'cc' : 'politburo';
    default:
      return 'politburo';
  }
}

/** A motion in words, with the names in force in `quarter` (Petrograd became Leningrad). */
export function motionTitle(spec: MotionSpec, quarter: number): string {
  switch (spec.kind) {
    case 'line': {
      // One step, not a programme: a man of the Right who pulls a line he finds too far Right
      // back a step is not for Trotsky's Permanent Revolution, so the title names a direction.
      const side =
        spec.axis === 'economy'
          ? spec.direction < 0
            ? 'faster industrialisation (Left)'
            : 'keeping the NEP (Right)'
          : spec.direction < 0
            ? 'world revolution (Left)'
            : 'Socialism in One Country (Right)';
      return `Move the party line one step towards ${side}`;
    }
    case 'transfer_post':
      return `Give the post of ${postName(spec.post, quarter)} to ${nameOf(spec.to)}`;
    case 'censure':
      return `Censure ${nameOf(spec.target)} for factionalism`;
    case 'remove_politburo':
      return `Remove ${nameOf(spec.target)} from the Politburo`;
    case 'remove_cc':
      return `Remove ${nameOf(spec.target)} from the Central Committee`;
    case 'expel':
      return `Expel ${nameOf(spec.target)} from the party`;
    case 'exile':
      return `Send ${nameOf(spec.target)} into exile`;
    case 'expand_politburo':
      return `Enlarge the Politburo with ${nameOf(spec.nominee)}`;
  }
}

/** The contender a motion is aimed at, if any. */
export function motionTarget(state: GameState, spec: MotionSpec): ContenderId | null {
  switch (spec.kind) {
    case 'censure':
    case 'remove_politburo':
    case 'remove_cc':
    case 'expel':
    case 'exile':
      return spec.target;
    case 'transfer_post': {
      const holder = state.posts[spec.post];
      if (!holder) return null;
      if ((CONTENDERS as readonly string[]).includes(holder)) return holder as ContenderId;
      return state.figures[holder as keyof GameState['figures']].patron;
    }
    default:
      return null;
  }
}

export function hasTabledThisTurn(state: GameState, actor: ContenderId): boolean {
  return state.motions.some((m) => m.proposer === actor);
}

/** A motion's identity: two motions with the same key ask the same thing. */
export function motionKey(spec: MotionSpec): string {
  switch (spec.kind) {
    case 'line':
      return `line:${spec.axis}:${spec.direction}`;
    case 'transfer_post':
      return `transfer_post:${spec.post}:${spec.to}`;
    case 'expand_politburo':
      return `expand_politburo:${spec.nominee}`;
    default:
      return `${spec.kind}:${spec.target}`;
  }
}

function holdsAnyPost(state: GameState, person: PersonId): boolean {
  for (const post of POSTS) if (state.posts[post] === person) return true;
  return false;
}

/** Every motion the actor may table now. */
export function motionOptions(state: GameState, actor: ContenderId): MotionSpec[] {
  if (!isActive(state, actor) || !inPolitburoAny(state, actor)) return [];
  if (hasTabledThisTurn(state, actor)) return [];
  const out: MotionSpec[] = [];
  for (const axis of ['economy', 'revolution'] as const) {
    for (const direction of [-1, 1] as const) {
      const line = state.partyLine[axis];
      if ((direction < 0 && line > -80) || (direction > 0 && line < 80)) {
        out.push({ kind: 'line', axis, direction });
      }
    }
  }
  const clients = FIGURES.filter(
    (f) => state.figures[f].patron === actor && state.figures[f].alive && f !== 'lenin',
  );
  const freeClients = clients.filter((f) => !holdsAnyPost(state, f));
  for (const post of POSTS) {
    if (controls(state, actor, post) || !postIsOpen(state, post)) continue;
    const candidates: PersonId[] = [actor, ...freeClients];
    for (const to of candidates) out.push({ kind: 'transfer_post', post, to });
  }
  for (const target of CONTENDERS) {
    if (target === actor) continue;
    const t = state.contenders[target];
    // Anyone in the leadership can be censured by a vote; outside it, only a known factionalist.
    if (
      canAct(state, target) &&
      !inTruce(state, target) &&
      (inPolitburoAny(state, target) || t.heat >= HEAT_TO_CENSURE)
    ) {
      out.push({ kind: 'censure', target });
    }
    if (
      inPolitburoAny(state, target) &&
      isBranded(state, target) &&
      exposure(state, target) >= HEAT_TO_REMOVE_FROM_POLITBURO
    ) {
      out.push({ kind: 'remove_politburo', target });
    }
    if (
      t.status === 'active' &&
      !inPolitburoAny(state, target) &&
      !inTruce(state, target) &&
      exposure(state, target) >= HEAT_TO_REMOVE_FROM_CC
    ) {
      out.push({ kind: 'remove_cc', target });
    }
    if (
      t.status === 'removed' &&
      !inTruce(state, target) &&
      exposure(state, target) >= HEAT_TO_EXPEL
    ) {
      out.push({ kind: 'expel', target });
    }
    if (t.status === 'expelled') out.push({ kind: 'exile', target });
  }
  // Only a newly elected Central Committee re-forms the Politburo: in a congress quarter.
  const congressQuarter = gatheringsInQuarter(currentQuarter(state)).some(
    (g) => g.electsCentralCommittee,
  );
  if (congressQuarter && state.politburo.full.length < MAX_POLITBURO && inPolitburo(state, actor)) {
    for (const nominee of clients) {
      if (!inPolitburo(state, nominee)) out.push({ kind: 'expand_politburo', nominee });
    }
  }
  if (state.motions.length === 0) return out;
  const tabled = new Set(state.motions.map((m) => motionKey(m.spec)));
  return out.filter((spec) => !tabled.has(motionKey(spec)));
}
