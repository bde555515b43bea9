// Play a built-in scenario with every seat on the historical AI until a chosen decision comes
// up: the AI tests look at one man's choices from a position the game itself reached.
import { decide } from '../../src/ai/policy.ts';
import { GameDriver } from '../../src/machine/driver.ts';
import { createGame, nextDecision } from '../../src/sim/index.ts';
import { SideStream } from '../../src/sim/rng.ts';
import type { ContenderId } from '../../src/sim/ids.ts';
import type { Decision, GameState } from '../../src/sim/types.ts';
import { builtin } from '../content/play.ts';

/**
 * The game of `scenarioId` with `seed`, edited before the first move, at the first decision for
 * which `stop` holds; null if the game ends first.
 */
export function playUntil(
  scenarioId: string,
  seed: string,
  stop: (state: GameState, decision: Decision) => boolean,
  edit: (state: GameState) => void = () => {},
): GameState | null {
  const state = createGame(builtin(scenarioId), seed, {
    difficulty: 'historical',
    whatifs: [],
    faction: null,
  });
  edit(state);
  const stream = new SideStream(seed);
  const driver = new GameDriver(state);
  for (let i = 0; i < 5000; i++) {
    const d = nextDecision(state);
    if (!d) return null;
    if (stop(state, d)) return state;
    driver.play(decide(state, d.contender, 'historical', stream).action);
  }
  return null;
}

/** The 1928 scenario, edited, played by the historical AI until `who` first acts. */
export function firstToAct1928(
  who: ContenderId,
  seed: string,
  edit: (state: GameState) => void,
): GameState {
  const state = playUntil(
    '1928-grain-crisis',
    seed,
    (_s, d) => d.contender === who && d.phase === 'actions',
    edit,
  );
  if (!state) throw new Error(`${who} never came to act`);
  return state;
}

/** 1922-full, Trotsky's seat played by a student, every seat by history up to his first action. */
export function trotskysFirstMove(seed: string): GameState {
  const game = createGame(builtin('1922-full'), seed, {
    difficulty: 'historical',
    whatifs: [],
    faction: 'trotsky',
  });
  const stream = new SideStream(seed);
  const driver = new GameDriver(game);
  for (let d = driver.decision(); d; d = driver.decision()) {
    if (d.contender === 'trotsky' && d.phase === 'actions') break;
    driver.play(decide(game, d.contender, 'historical', stream).action);
  }
  driver.stop();
  return game;
}
