// What one contender may know (GAME.md, "What each contender knows"): its own network exactly,
// the others' only as estimates; secret understandings only to those in them.
// The UI and the AI read views; the raw state is revealed at game over.
// A view shares nothing changeable with the game: changing a view never changes the game.
// Only the append-only records (chronicle, votes, power chart), frozen when written, are shared.
import { CONTENDERS, REGIONS, type ContenderId, type RegionId } from './ids.ts';
import { alliesOf, clamp, controls, SECRETARY_SLOTS } from './query.ts';
import { hashUnit } from './rng.ts';
import { cloneState } from './flow.ts';
import type { ContenderState, GameState, Relation } from './types.ts';

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

/**
 * The part of the estimate key fixed for one viewer for the whole game. Not the calendar: an
 * estimate moves only when something the viewer could learn moves (the true count in that
 * region, or his error band as posts and allies come and go), never because a year turned.
 */
function viewerKey(state: GameState, viewer: ContenderId): number {
  return (
    Math.floor(hashUnit(state.seed) * 4294967296) ^
    Math.imul(CONTENDERS.indexOf(viewer) + 1, 0x85ebca6b)
  );
}

/** truth ± error, with the error's draw fixed by (game, viewer, target, region). */
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
  // The same draw for the whole game: the estimate follows the truth and the error band only.
  return estimate(
    viewerKey(state, viewer),
    CONTENDERS.indexOf(target),
    REGIONS.indexOf(region),
    truth,
    error,
  );
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
 * What a contender does not know about another's feelings towards a third: a neutral guess.
 * Frozen, so every view may share it without one changing another's.
 */
const UNKNOWN_RELATION: Relation = Object.freeze({ trust: 50, grievance: 0 });

/**
 * A contender as the viewer sees him: his feelings towards the viewer show; towards third
 * parties they are private (a neutral guess). `owned`: copy what is shared (a view owns it);
 * otherwise the public numbers are read through (the AI's lens).
 */
function contenderSeenBy(
  real: ContenderState,
  owner: ContenderId,
  viewer: ContenderId,
  owned: boolean,
): ContenderState {
  if (owner === viewer && !owned) return real;
  const relations = {} as Record<ContenderId, Relation>;
  for (const other of CONTENDERS) {
    // The view has no key for a man's feelings about himself; the lens keeps one shape for
    // all (the key is never read), so the AI's inner loop stays fast.
    if (other === owner && owned) continue;
    const r = real.relations[other];
    const shown = other === viewer || owner === viewer;
    relations[other] = !shown || !r ? UNKNOWN_RELATION : owned ? { ...r } : r;
  }
  return {
    status: real.status,
    prestige: real.prestige,
    health: real.health,
    heat: real.heat,
    profile: real.profile,
    positions: owned ? { ...real.positions } : real.positions,
    relations,
    branded: real.branded,
    truceUntil: real.truceUntil,
  };
}

export interface ViewOptions {
  /** The AI does not read the chronicle; leaving it out keeps its view cheap. */
  withLog?: boolean;
}

/** The regions as the viewer sees them: his own secretaries exactly, the others' estimated. */
function regionsSeenBy(state: GameState, viewer: ContenderId, error: number): GameState['regions'] {
  const regions = {} as GameState['regions'];
  const base = viewerKey(state, viewer);
  for (let ri = 0; ri < REGIONS.length; ri++) {
    const src = state.regions[REGIONS[ri]];
    const t = src.secretaries;
    // Every contender's key present, in one order: objects of one shape keep the AI fast.
    const secretaries = {} as Record<ContenderId, number>;
    for (let ci = 0; ci < CONTENDERS.length; ci++) {
      const c = CONTENDERS[ci];
      const truth = t[c] ?? 0;
      secretaries[c] = c === viewer || error === 0 ? truth : estimate(base, ci, ri, truth, error);
    }
    regions[REGIONS[ri]] = { weight: src.weight, mood: src.mood, secretaries };
  }
  return regions;
}

/**
 * The AI's lens: exactly what view() shows the viewer (estimates, masked feelings, only his
 * own secret dealings, no dice), but what everyone may know is read through from the game
 * rather than copied, because the AI looks at every decision. The AI only reads (its code is
 * queries); tests check it sees the same as through view(), and never the hidden fields.
 */
export function aiLens(state: GameState, viewer: ContenderId): PlayerView {
  const error = estimateError(state, viewer);
  const contenders = {} as GameState['contenders'];
  for (const c of CONTENDERS)
    contenders[c] = contenderSeenBy(state.contenders[c], c, viewer, false);
  return {
    formatVersion: state.formatVersion,
    scenario: state.scenario,
    seed: state.seed,
    options: state.options,
    startQuarter: state.startQuarter,
    endQuarter: state.endQuarter,
    turn: state.turn,
    phase: state.phase,
    rng: HIDDEN_RNG,
    contenders,
    figures: state.figures,
    posts: state.posts,
    politburo: state.politburo,
    cc: state.cc,
    regions: regionsSeenBy(state, viewer, error),
    partyLine: state.partyLine,
    alliances: state.alliances.filter((a) => !a.secret || a.members.includes(viewer)),
    offers: state.offers.filter((o) => o.from === viewer || o.to === viewer),
    platforms: state.platforms,
    economy: state.economy,
    flags: state.flags,
    eventStatus: state.eventStatus,
    pendingEvents: state.pendingEvents,
    actionOrder: state.actionOrder,
    actionPoints: state.actionPoints,
    motions: state.motions,
    nextId: state.nextId,
    votes: state.votes,
    log: [],
    powerHistory: state.powerHistory,
    fallen: state.fallen,
    outcome: state.outcome,
    viewer,
    estimateError: error,
  };
}

const HIDDEN_RNG: GameState['rng'] = Object.freeze({ c: 0, s0: 0, s1: 0, s2: 0 });

export function view(state: GameState, viewer: ContenderId, options: ViewOptions = {}): PlayerView {
  const error = estimateError(state, viewer);
  const regions = regionsSeenBy(state, viewer, error);
  const contenders = {} as GameState['contenders'];
  for (const c of CONTENDERS) contenders[c] = contenderSeenBy(state.contenders[c], c, viewer, true);
  // Field by field: what everyone may know is copied (the view owns it); what the viewer may
  // not know is masked; the append-only records, frozen when written, are shared.
  return {
    formatVersion: state.formatVersion,
    scenario: state.scenario,
    seed: state.seed,
    options: { ...state.options, whatifs: [...state.options.whatifs] },
    startQuarter: state.startQuarter,
    endQuarter: state.endQuarter,
    turn: state.turn,
    phase: state.phase,
    // The dice to come are nobody's business: a view carries no usable stream state.
    rng: { c: 0, s0: 0, s1: 0, s2: 0 },
    contenders,
    figures: cloneState(state.figures),
    posts: { ...state.posts },
    politburo: { full: [...state.politburo.full], candidates: [...state.politburo.candidates] },
    cc: { ...state.cc },
    regions,
    partyLine: { ...state.partyLine },
    alliances: cloneState(state.alliances.filter((a) => !a.secret || a.members.includes(viewer))),
    offers: cloneState(state.offers.filter((o) => o.from === viewer || o.to === viewer)),
    platforms: cloneState(state.platforms),
    economy: { ...state.economy },
    flags: [...state.flags],
    eventStatus: { ...state.eventStatus },
    pendingEvents: cloneState(state.pendingEvents),
    actionOrder: [...state.actionOrder],
    actionPoints: { ...state.actionPoints },
    motions: cloneState(state.motions),
    nextId: state.nextId,
    votes: [...state.votes],
    log:
      options.withLog === false
        ? []
        : state.log.filter((l) => !l.visibleTo || l.visibleTo.includes(viewer)),
    powerHistory: [...state.powerHistory],
    fallen: [...state.fallen],
    outcome: cloneState(state.outcome),
    viewer,
    estimateError: error,
  };
}
