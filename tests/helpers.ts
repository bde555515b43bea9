// Shared test helpers: the built-in scenario, and a game played by a simple deterministic driver.
import seedrandom from 'seedrandom';
import { builtinScenarios, findBuiltinScenario } from '../src/io/scenario.ts';
import type { ScenarioData } from '../src/content/types.ts';
import { GameDriver } from '../src/machine/driver.ts';
import { canAct, createGame, legalActions, nextDecision } from '../src/sim/index.ts';
import { CONTENDERS, REGIONS } from '../src/sim/ids.ts';
import type { Action, GameOptions, GameState } from '../src/sim/types.ts';

export function scenario(id = '1922-full'): ScenarioData {
  const r = findBuiltinScenario(id);
  if (!r.ok) throw new Error(r.error.what);
  return r.value;
}

export const allScenarios = () => builtinScenarios();

export const OPTIONS: GameOptions = { difficulty: 'historical', whatifs: [], faction: null };

/** Play to the end choosing uniformly among legal actions with a test-side stream. */
export function playRandom(
  seed: string,
  sc: ScenarioData = scenario(),
  onStep?: (state: GameState, action: Action) => void,
  options: GameOptions = OPTIONS,
): { state: GameState; actions: Action[] } {
  const pick = seedrandom(`driver|${seed}`);
  const state = createGame(sc, seed, options);
  const driver = new GameDriver(state);
  const actions: Action[] = [];
  for (let i = 0; i < 50_000; i++) {
    const d = nextDecision(state);
    if (!d) break;
    // No decision may fall to a contender who has left the party.
    if (!canAct(state, d.contender))
      throw new Error(
        `${d.contender} asked to decide while ${state.contenders[d.contender].status}`,
      );
    const legal = legalActions(state, d.contender);
    const action = legal[Math.floor(pick() * legal.length)];
    driver.play(action);
    actions.push(action);
    onStep?.(state, action);
  }
  driver.stop();
  return { state, actions };
}

/**
 * A game whose people and places are made plain, for rule tests worked out by hand: everyone's
 * prestige 50, heat 30, positions and the party line at 0, trust 50 and no grievance all round,
 * no alliances, platforms or offers; every region sends 10 delegates with mood 0 and no
 * secretaries; the Central Committee's 40 seats are all uncommitted. Politburo, posts and
 * figures stay as the scenario has them. Tests then set just the fields their rule reads.
 */
export function plainState(scenarioId = '1922-full'): GameState {
  const state = createGame(scenario(scenarioId), 'plain', OPTIONS);
  for (const c of CONTENDERS) {
    const me = state.contenders[c];
    me.prestige = 50;
    me.heat = 30;
    me.positions = { economy: 0, revolution: 0 };
    for (const other of CONTENDERS) {
      if (other !== c) me.relations[other] = { trust: 50, grievance: 0 };
    }
    state.cc[c] = 0;
  }
  state.cc.unaligned = 40;
  for (const r of REGIONS) state.regions[r] = { weight: 10, mood: 0, secretaries: {} };
  state.partyLine = { economy: 0, revolution: 0 };
  state.alliances = [];
  state.platforms = [];
  state.offers = [];
  return state;
}
