// A new game from a validated scenario, a seed and the options.
import { CONTENDER_INFO } from '../content/people.ts';
import type { ScenarioData } from '../content/types.ts';
import { quarterOf } from './calendar.ts';
import { beginQuarter } from './turn.ts';
import { applyEffects } from './effects.ts';
import { CONTENDERS, FIGURES, REGIONS, type ContenderId, type FigureId } from './ids.ts';
import { initialRngState } from './rng.ts';
import type { ContenderState, FigureState, GameOptions, GameState, Relation } from './types.ts';

/** The deck's events already past when the scenario opens: fired, or (marked so) skipped. */
function eventStatusAtStart(scenario: ScenarioData): GameState['eventStatus'] {
  const status: GameState['eventStatus'] = {};
  for (const entry of scenario.firedEvents) {
    if (entry.startsWith('skipped:')) status[entry.slice('skipped:'.length)] = 'skipped';
    else status[entry] = 'fired';
  }
  return status;
}

export function createGame(scenario: ScenarioData, seed: string, options: GameOptions): GameState {
  const state = scenarioState(scenario, seed, options);
  // A new game stands at the opening of its first quarter, in the machine's first state.
  beginQuarter(state);
  return state;
}

/**
 * The game as the scenario sets it, before its first quarter opens: the first quarter's events
 * that ask nobody run as the game is created, so this is the picture they change (the UI's
 * first comparison, for the falls they bring).
 */
export function scenarioState(
  scenario: ScenarioData,
  seed: string,
  options: GameOptions,
): GameState {
  const contenders = {} as Record<ContenderId, ContenderState>;
  for (const id of CONTENDERS) {
    const s = scenario.contenders[id];
    const relations = {} as Record<ContenderId, Relation>;
    for (const other of CONTENDERS) {
      if (other !== id) relations[other] = { trust: 50, grievance: 0 };
    }
    contenders[id] = {
      status: s.status,
      prestige: s.prestige,
      health: s.health,
      heat: s.heat,
      profile: CONTENDER_INFO[id].profile,
      positions: { economy: s.economy, revolution: s.revolution },
      relations,
      branded: false,
      truceUntil: -1,
    };
  }
  for (const r of scenario.relations) {
    contenders[r.from].relations[r.to] = { trust: r.trust, grievance: r.grievance };
  }
  const figures = {} as Record<FigureId, FigureState>;
  for (const id of FIGURES) {
    const f = scenario.figures[id];
    figures[id] = {
      patron: f?.patron ?? null,
      sympathy: null,
      steadyUntil: -1,
      alive: f?.alive ?? true,
      incapacitated: f?.incapacitated ?? false,
    };
  }
  const cc = { unaligned: scenario.cc.unaligned ?? 0 } as GameState['cc'];
  for (const id of CONTENDERS) cc[id] = scenario.cc[id] ?? 0;

  const regions = {} as GameState['regions'];
  for (const r of REGIONS) {
    const src = scenario.regions[r];
    regions[r] = { weight: src.weight, mood: src.mood, secretaries: { ...src.secretaries } };
  }

  const state: GameState = {
    formatVersion: 1,
    scenario: scenario.id,
    seed,
    options: { ...options, whatifs: [...options.whatifs] },
    startQuarter: quarterOf(scenario.start),
    endQuarter: quarterOf(scenario.end),
    turn: 0,
    phase: 'events',
    rng: initialRngState(seed),
    contenders,
    figures,
    posts: { ...scenario.posts },
    politburo: {
      full: [...scenario.politburo.full],
      candidates: [...scenario.politburo.candidates],
    },
    cc,
    regions,
    partyLine: { ...scenario.partyLine },
    alliances: scenario.alliances.map((a, i) => ({
      id: i + 1,
      members: [a.members[0], a.members[1]],
      secret: a.secret,
      since: 0,
    })),
    offers: [],
    platforms: [],
    economy: {
      ...scenario.economy,
      procured: 0,
      needs: 0,
      rationing: false,
      lastPolicy: null,
    },
    flags: [...scenario.flags],
    eventStatus: eventStatusAtStart(scenario),
    pendingEvents: [],
    actionOrder: [],
    actionPoints: {},
    motions: [],
    nextId: scenario.alliances.length,
    votes: [],
    log: [],
    powerHistory: [],
    fallen: [],
    outcome: null,
  };
  for (const id of options.whatifs) {
    const def = scenario.whatifs.find((w) => w.id === id);
    if (def) applyEffects(state, def.effects, null, `whatif:${id}`);
  }
  return state;
}
