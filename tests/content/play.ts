// A deterministic driver for content tests: always the first legal action (as the brief for
// the event tests asks), with hooks to stop at a given quarter or edit the state on the way.
import { findBuiltinScenario } from '../../src/io/scenario.ts';
import type { ScenarioData } from '../../src/content/types.ts';
import { currentQuarter, quarterOf } from '../../src/sim/calendar.ts';
import { GameDriver } from '../../src/machine/driver.ts';
import { createGame, legalActions, nextDecision } from '../../src/sim/index.ts';
import type { GameState } from '../../src/sim/types.ts';

export function builtin(id: string): ScenarioData {
  const r = findBuiltinScenario(id);
  if (!r.ok) throw new Error(r.error.what);
  return r.value;
}

/** A deep copy of a scenario, to edit before a game starts. */
export function editScenario(id: string, edit: (s: ScenarioData) => void): ScenarioData {
  const copy = JSON.parse(JSON.stringify(builtin(id))) as ScenarioData;
  edit(copy);
  return copy;
}

export function newGame(sc: ScenarioData | string, whatifs: string[] = [], seed = 'content') {
  const scenario = typeof sc === 'string' ? builtin(sc) : sc;
  return createGame(scenario, seed, { difficulty: 'historical', whatifs, faction: null });
}

/**
 * Play by always taking the first legal action. Stops at the end of the game, or as soon as
 * `stop` returns true (checked after every action and automatic step).
 */
export function playFirst(state: GameState, stop?: (s: GameState) => boolean): GameState {
  const driver = new GameDriver(state);
  for (let i = 0; i < 50_000; i++) {
    if (stop?.(state)) break;
    const d = nextDecision(state);
    if (!d) break;
    const legal = legalActions(state, d.contender);
    if (legal.length === 0) throw new Error(`no legal action for ${d.contender} in ${d.phase}`);
    driver.play(legal[0]);
  }
  driver.stop();
  return state;
}

/** Play on until the action phase of the quarter that contains `yyyyMm` (events already resolved). */
export function playToActions(state: GameState, yyyyMm: string): GameState {
  const q = quarterOf(yyyyMm);
  return playFirst(state, (s) => currentQuarter(s) === q && s.phase === 'actions');
}

export function fired(state: GameState, id: string): boolean {
  const status = state.eventStatus[id];
  return status === 'queued' || status === 'fired';
}

export function skipped(state: GameState, id: string): boolean {
  return state.eventStatus[id] === 'skipped';
}
