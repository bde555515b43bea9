// Politburo and Central Committee motions: which may be tabled, by whom, and where they are voted.
import { FIGURES, POSTS, CONTENDERS, type ContenderId, type PersonId } from './ids.ts';
import {
  canAct,
  controls,
  inPolitburo,
  inPolitburoAny,
  isActive,
  MAX_POLITBURO,
  nameOf,
} from './query.ts';
import { POST_INFO } from '../content/people.ts';
import type { Body, GameState, MotionSpec } from './types.ts';

export const HEAT_TO_REMOVE_FROM_POLITBURO = 40;
export const HEAT_TO_REMOVE_FROM_CC = 50;
export const HEAT_TO_EXPEL = 60;
export const HEAT_TO_CENSURE = 15;

export function bodyOf(spec: MotionSpec): Body {
  switch (spec.kind) {
    case 'remove_politburo':
    case 'remove_cc':
    case 'expel':
      return 'cc';
    case 'transfer_post':
      return spec.post === 'general_secretary' ? 'cc' : 'politburo';
    default:
      return 'politburo';
  }
}

export function motionTitle(spec: MotionSpec): string {
  switch (spec.kind) {
    case 'line': {
      const side =
        spec.axis === 'economy'
          ? spec.direction < 0
            ? 'faster industrialisation (Left)'
            : 'keeping the NEP (Right)'
          : spec.direction < 0
            ? 'world revolution (Permanent Revolution)'
            : 'Socialism in One Country';
      return `Move the party line towards ${side}`;
    }
    case 'transfer_post':
      return `Give the post of ${POST_INFO[spec.post].name} to ${nameOf(spec.to)}`;
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

function targetAlreadyMoved(state: GameState, spec: MotionSpec): boolean {
  return state.motions.some((m) => JSON.stringify(m.spec) === JSON.stringify(spec));
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
  for (const post of POSTS) {
    if (controls(state, actor, post)) continue;
    // Nobody moves to strip Lenin of a post while he lives.
    if (state.posts[post] === 'lenin' && state.figures.lenin.alive) continue;
    const candidates: PersonId[] = [
      actor,
      ...clients.filter((f) => !Object.values(state.posts).includes(f)),
    ];
    for (const to of candidates) out.push({ kind: 'transfer_post', post, to });
  }
  for (const target of CONTENDERS) {
    if (target === actor) continue;
    const t = state.contenders[target];
    // Anyone in the leadership can be censured by a vote; outside it, only a known factionalist.
    if (canAct(state, target) && (inPolitburoAny(state, target) || t.heat >= HEAT_TO_CENSURE)) {
      out.push({ kind: 'censure', target });
    }
    if (inPolitburoAny(state, target) && t.heat >= HEAT_TO_REMOVE_FROM_POLITBURO) {
      out.push({ kind: 'remove_politburo', target });
    }
    if (
      t.status === 'active' &&
      !inPolitburoAny(state, target) &&
      t.heat >= HEAT_TO_REMOVE_FROM_CC
    ) {
      out.push({ kind: 'remove_cc', target });
    }
    if (t.status === 'removed' && t.heat >= HEAT_TO_EXPEL) out.push({ kind: 'expel', target });
    if (t.status === 'expelled') out.push({ kind: 'exile', target });
  }
  if (state.politburo.full.length < MAX_POLITBURO && inPolitburo(state, actor)) {
    for (const nominee of clients) {
      if (!inPolitburo(state, nominee)) out.push({ kind: 'expand_politburo', nominee });
    }
  }
  return out.filter((spec) => !targetAlreadyMoved(state, spec));
}
