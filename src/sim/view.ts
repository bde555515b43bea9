// What one contender may know (GAME.md, "What each contender knows"): its own network exactly,
// the others' only as estimates; secret understandings only to those in them.
// The UI and the AI read views; the raw state is revealed at game over.
import { yearOf, currentQuarter } from './calendar.ts';
import { CONTENDERS, REGIONS, type ContenderId, type RegionId } from './ids.ts';
import { alliesOf, clamp, controls, SECRETARY_SLOTS } from './query.ts';
import { hashUnit } from './rng.ts';
import type { GameState, Relation } from './types.ts';

/** Pride blinds: a proud contender misjudges the others' strength more. */
const PRIDE: Partial<Record<ContenderId, number>> = { trotsky: 1, zinoviev: 0.5 };

export interface PlayerView extends GameState {
  viewer: ContenderId;
  /** ± how many secretaries the viewer's estimates of others may be off by. */
  estimateError: number;
}

export function estimateError(state: GameState, viewer: ContenderId): number {
  let error = 2.5;
  if (controls(state, viewer, 'rabkrin')) error -= 1.5;
  if (controls(state, viewer, 'orgburo') || controls(state, viewer, 'general_secretary'))
    error -= 1;
  error += PRIDE[viewer] ?? 0;
  if (alliesOf(state, viewer).length === 0) error += 0.5;
  return clamp(error, 0, 4);
}

/** The part of the estimate key fixed for one viewer in one year. */
function viewerKey(state: GameState, viewer: ContenderId): number {
  return (
    seedHash(state.seed) ^
    Math.imul(yearOf(currentQuarter(state)), 0x9e3779b1) ^
    Math.imul(CONTENDERS.indexOf(viewer) + 1, 0x85ebca6b)
  );
}

/** truth ± error, with the error fixed by (viewer, year, target, region). */
function estimate(
  base: number,
  targetIndex: number,
  regionIndex: number,
  truth: number,
  error: number,
): number {
  const key =
    base ^ Math.imul(targetIndex + 1, 0xc2b2ae35) ^ Math.imul(regionIndex + 1, 0x27d4eb2f);
  return clamp(Math.round(truth + (mixUnit(key) * 2 - 1) * error), 0, SECRETARY_SLOTS);
}

/** The viewer's belief about another's secretaries in a region: off by a fixed, seeded error. */
export function estimateSecretaries(
  state: GameState,
  viewer: ContenderId,
  target: ContenderId,
  region: RegionId,
  error: number,
): number {
  const truth = state.regions[region].secretaries[target] ?? 0;
  if (viewer === target || error === 0) return truth;
  // The error changes once a year (new reports come in), not every time one looks.
  return estimate(
    viewerKey(state, viewer),
    CONTENDERS.indexOf(target),
    REGIONS.indexOf(region),
    truth,
    error,
  );
}

let lastSeed = '';
let lastSeedHash = 0;
function seedHash(seed: string): number {
  if (seed !== lastSeed) {
    lastSeed = seed;
    lastSeedHash = Math.floor(hashUnit(seed) * 4294967296);
  }
  return lastSeedHash;
}

/** A 32-bit integer to [0, 1), well mixed (murmur3's finaliser). */
function mixUnit(key: number): number {
  let h = key >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/**
 * Another's feelings as the viewer sees them: towards the viewer they show; towards third
 * parties they are private. Cached per relations record (its entries are changed in place, so
 * the cached object stays current) to spare the AI's inner loop the allocations.
 */
const relationsCache = new WeakMap<object, Map<ContenderId, Record<ContenderId, Relation>>>();
function relationsSeenBy(
  relations: Record<ContenderId, Relation>,
  owner: ContenderId,
  viewer: ContenderId,
): Record<ContenderId, Relation> {
  let byViewer = relationsCache.get(relations);
  if (!byViewer) {
    byViewer = new Map();
    relationsCache.set(relations, byViewer);
  }
  const cached = byViewer.get(viewer);
  if (cached && cached[viewer] === relations[viewer]) return cached;
  const seen = {} as Record<ContenderId, Relation>;
  for (const other of CONTENDERS) {
    if (other !== owner) seen[other] = other === viewer ? relations[other] : UNKNOWN_RELATION;
  }
  byViewer.set(viewer, seen);
  return seen;
}

export interface ViewOptions {
  /** The AI does not read the chronicle; leaving it out keeps its view cheap. */
  withLog?: boolean;
}

const HIDDEN_RNG = Object.freeze({ c: 0, s0: 0, s1: 0, s2: 0 }) as GameState['rng'];

/** What a contender does not know about another's feelings towards a third: a neutral guess. */
const UNKNOWN_RELATION: Relation = Object.freeze({ trust: 50, grievance: 0 }) as Relation;

export function view(state: GameState, viewer: ContenderId, options: ViewOptions = {}): PlayerView {
  const error = estimateError(state, viewer);
  const regions = {} as GameState['regions'];
  const base = viewerKey(state, viewer);
  const known = (
    truth: Partial<Record<ContenderId, number>>,
    c: ContenderId,
    ci: number,
    ri: number,
  ) =>
    c === viewer || error === 0 ? (truth[c] ?? 0) : estimate(base, ci, ri, truth[c] ?? 0, error);
  for (let ri = 0; ri < REGIONS.length; ri++) {
    const src = state.regions[REGIONS[ri]];
    const t = src.secretaries;
    // Every key present, in one order: objects of one shape keep the AI's inner loop fast.
    const secretaries = {
      stalin: known(t, 'stalin', 0, ri),
      trotsky: known(t, 'trotsky', 1, ri),
      zinoviev: known(t, 'zinoviev', 2, ri),
      kamenev: known(t, 'kamenev', 3, ri),
      bukharin: known(t, 'bukharin', 4, ri),
      rykov: known(t, 'rykov', 5, ri),
      tomsky: known(t, 'tomsky', 6, ri),
    };
    regions[REGIONS[ri]] = { weight: src.weight, mood: src.mood, secretaries };
  }
  const contenders = {} as GameState['contenders'];
  for (const c of CONTENDERS) {
    const real = state.contenders[c];
    contenders[c] =
      c === viewer ? real : { ...real, relations: relationsSeenBy(real.relations, c, viewer) };
  }
  return {
    ...state,
    viewer,
    // The dice to come are nobody's business: a view carries no usable stream state.
    rng: HIDDEN_RNG,
    estimateError: error,
    regions,
    contenders,
    alliances: state.alliances.filter((a) => !a.secret || a.members.includes(viewer)),
    offers: state.offers.filter((o) => o.from === viewer || o.to === viewer),
    log:
      options.withLog === false
        ? []
        : state.log.filter((l) => !l.visibleTo || l.visibleTo.includes(viewer)),
  };
}
