// Shared test helpers: the built-in scenario, and a game played by a simple deterministic driver.
import seedrandom from 'seedrandom';
import { builtinScenarios, findBuiltinScenario } from '../src/io/scenario.ts';
import type { ScenarioData } from '../src/content/types.ts';
import {
  advance,
  applyActionInPlace,
  canAct,
  createGame,
  legalActions,
  nextDecision,
} from '../src/sim/index.ts';
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
): { state: GameState; actions: Action[] } {
  const pick = seedrandom(`driver|${seed}`);
  const state = createGame(sc, seed, OPTIONS);
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
    applyActionInPlace(state, action);
    advance(state);
    actions.push(action);
    onStep?.(state, action);
  }
  return { state, actions };
}
