// Read-only questions about a state that many rules ask. No randomness, no mutation.
import { CONTENDER_INFO } from '../content/people.ts';
import {
  CONTENDERS,
  POSTS,
  REGIONS,
  isContender,
  type ContenderId,
  type PersonId,
  type PostId,
  type RegionId,
} from './ids.ts';
import type { Alliance, GameState } from './types.ts';

export const SECRETARY_SLOTS = 10;
/** Share of a region's delegates that its secretaries pick (the circular flow of power). */
export const APPARATUS_SHARE = 0.8;
export const CC_SEATS = 40;
export const MAX_POLITBURO = 11;

export function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}

/** Rounded to a tenth: keeps stored numbers short and identical across engines. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export function nameOf(id: PersonId | 'unaligned'): string {
  if (id === 'unaligned') return 'unaligned';
  if (isContender(id)) return CONTENDER_INFO[id].name;
  return id.charAt(0).toUpperCase() + id.slice(1);
}

export function canAct(state: GameState, id: ContenderId): boolean {
  const status = state.contenders[id].status;
  return status === 'active' || status === 'removed';
}

export function isActive(state: GameState, id: ContenderId): boolean {
  return state.contenders[id].status === 'active';
}

export function inPolitburo(state: GameState, id: PersonId): boolean {
  return state.politburo.full.includes(id);
}

export function inPolitburoAny(state: GameState, id: PersonId): boolean {
  return state.politburo.full.includes(id) || state.politburo.candidates.includes(id);
}

/** The contender who benefits from a post: its holder, or the patron of the figure holding it. */
export function controllerOf(state: GameState, post: PostId): ContenderId | null {
  const holder = state.posts[post];
  if (!holder) return null;
  if (isContender(holder)) return canAct(state, holder) ? holder : null;
  const patron = state.figures[holder].patron;
  return patron && canAct(state, patron) ? patron : null;
}

export function holdsDirectly(state: GameState, id: ContenderId, post: PostId): boolean {
  return state.posts[post] === id;
}

export function controls(state: GameState, id: ContenderId, post: PostId): boolean {
  return controllerOf(state, post) === id;
}

export function postsControlledBy(state: GameState, id: ContenderId): PostId[] {
  return POSTS.filter((p) => controllerOf(state, p) === id);
}

export function secretariesOf(state: GameState, region: RegionId, id: ContenderId): number {
  return state.regions[region].secretaries[id] ?? 0;
}

export function unalignedSecretaries(state: GameState, region: RegionId): number {
  let used = 0;
  for (const c of CONTENDERS) used += secretariesOf(state, region, c);
  // In a view, estimates can add up to more than the slots: nobody unaligned is left, then.
  return Math.max(0, SECRETARY_SLOTS - used);
}

/** The patron with the most secretaries in a region, if they hold at least four. */
export function regionController(state: GameState, region: RegionId): ContenderId | null {
  let best: ContenderId | null = null;
  let bestCount = 3;
  for (const c of CONTENDERS) {
    const n = secretariesOf(state, region, c);
    if (n > bestCount) {
      best = c;
      bestCount = n;
    }
  }
  return best;
}

/** Delegates a patron's secretaries deliver from every region. */
export function controlledDelegates(state: GameState, id: ContenderId): number {
  if (!canAct(state, id)) return 0;
  let total = 0;
  for (const r of REGIONS) {
    const region = state.regions[r];
    total += (region.weight * APPARATUS_SHARE * secretariesOf(state, r, id)) / SECRETARY_SLOTS;
  }
  return total;
}

export function totalDelegates(state: GameState): number {
  let total = 0;
  for (const r of REGIONS) total += state.regions[r].weight;
  return total;
}

export function ccTotal(state: GameState): number {
  let total = state.cc.unaligned;
  for (const c of CONTENDERS) total += state.cc[c];
  return total;
}

export function allianceBetween(
  state: GameState,
  a: ContenderId,
  b: ContenderId,
): Alliance | undefined {
  return state.alliances.find(
    (al) =>
      (al.members[0] === a && al.members[1] === b) || (al.members[0] === b && al.members[1] === a),
  );
}

export function alliesOf(state: GameState, id: ContenderId): ContenderId[] {
  const out: ContenderId[] = [];
  for (const al of state.alliances) {
    if (al.members[0] === id) out.push(al.members[1]);
    else if (al.members[1] === id) out.push(al.members[0]);
  }
  return out;
}

export function platformOf(state: GameState, id: ContenderId) {
  return state.platforms.find((p) => p.members.includes(id));
}

/** 0..100: how far apart two contenders stand on the two great questions. */
export function distance(state: GameState, a: ContenderId, b: ContenderId): number {
  const pa = state.contenders[a].positions;
  const pb = state.contenders[b].positions;
  return (Math.abs(pa.economy - pb.economy) + Math.abs(pa.revolution - pb.revolution)) / 4;
}

/** The action points a contender starts the action phase with. */
export function actionPointsFor(state: GameState, id: ContenderId): number {
  const c = state.contenders[id];
  if (!canAct(state, id)) return 0;
  let ap = c.status === 'removed' ? 2 : 3;
  if (holdsDirectly(state, id, 'general_secretary')) ap += 1;
  if (holdsDirectly(state, id, 'sovnarkom')) ap += 1;
  if (c.health < 35) ap -= 1;
  return Math.max(1, ap);
}

/** What a post is worth in the power index: the Secretariat most, then the government. */
function postWeight(post: PostId): number {
  return post === 'general_secretary' ? 8 : post === 'sovnarkom' ? 5 : 3;
}

/**
 * A single number for "how strong is this contender now" (0..100): Central Committee share,
 * delegates, prestige, posts and a Politburo seat. Used for the chart, fates and the AI.
 * Worked out for him alone (the rules ask it contender by contender); equal to powerTable's.
 */
export function powerIndex(state: GameState, id: ContenderId): number {
  if (!canAct(state, id)) return 0;
  let postPoints = 0;
  for (const p of POSTS) {
    if (controllerOf(state, p) === id) postPoints += postPointsOf(state, p, id);
  }
  return powerOf(
    state,
    id,
    Math.max(1, ccTotal(state)),
    Math.max(1, totalDelegates(state)),
    postPoints,
  );
}

export type PowerTable = Record<ContenderId, number>;

/** What a post its controller holds adds to his power: all of it held directly, half through a client. */
function postPointsOf(state: GameState, post: PostId, controller: ContenderId): number {
  return state.posts[post] === controller ? postWeight(post) : postWeight(post) / 2;
}

/** The power index of one contender who can act, given the totals every contender shares. */
function powerOf(
  state: GameState,
  id: ContenderId,
  ccAll: number,
  delegatesAll: number,
  postPoints: number,
): number {
  return powerFrom(state, id, ccAll, controlledDelegates(state, id) / delegatesAll, postPoints);
}

/** powerOf, given his share of the delegates. */
function powerFrom(
  state: GameState,
  id: ContenderId,
  ccAll: number,
  delegateShare: number,
  postPoints: number,
): number {
  const c = state.contenders[id];
  const ccShare = state.cc[id] / ccAll;
  const seat = inPolitburo(state, id) ? 6 : state.politburo.candidates.includes(id) ? 2 : 0;
  return round1(
    ccShare * 35 + delegateShare * 25 + c.prestige * 0.15 + Math.min(postPoints, 15) + seat,
  );
}

/**
 * powerIndex for every contender at once. The parts every contender shares (the totals, who
 * controls each post) are worked out once: the AI asks for this at nearly every decision.
 */
export function powerTable(state: GameState): PowerTable {
  const ccAll = Math.max(1, ccTotal(state));
  const delegatesAll = Math.max(1, totalDelegates(state));
  const postPoints = {
    stalin: 0,
    trotsky: 0,
    zinoviev: 0,
    kamenev: 0,
    bukharin: 0,
    rykov: 0,
    tomsky: 0,
  };
  for (const p of POSTS) {
    const controller = controllerOf(state, p);
    if (controller) postPoints[controller] += postPointsOf(state, p, controller);
  }
  // Every contender's delegates in one pass over the regions, each summed in the order
  // controlledDelegates sums his (the same numbers to the last bit).
  const delegates = CONTENDERS.map(() => 0);
  for (const r of REGIONS) {
    const region = state.regions[r];
    for (let ci = 0; ci < CONTENDERS.length; ci++) {
      delegates[ci] +=
        (region.weight * APPARATUS_SHARE * (region.secretaries[CONTENDERS[ci]] ?? 0)) /
        SECRETARY_SLOTS;
    }
  }
  const table = {} as PowerTable;
  for (let ci = 0; ci < CONTENDERS.length; ci++) {
    const id = CONTENDERS[ci];
    table[id] = canAct(state, id)
      ? powerFrom(state, id, ccAll, delegates[ci] / delegatesAll, postPoints[id])
      : 0;
  }
  return table;
}
