// One seeded random stream whose state lives in GameState (boardgame.io's prngstate habit).
// seedrandom's alea keeps a four-number state, so saving it after every draw costs nothing.
import seedrandom from 'seedrandom';
import type { GameState, RngState } from './types.ts';

interface AleaPrng {
  (): number;
  state(): RngState;
}

type AleaFactory = (seed: string, options: { state: boolean | RngState }) => AleaPrng;
const alea = (seedrandom as unknown as { alea: AleaFactory }).alea;

export function initialRngState(seed: string): RngState {
  return alea(seed, { state: true }).state();
}

/**
 * A float in [0, 1) from the game's stream; the stream's state is written back at once.
 * This is seedrandom's alea step (lib/alea.js, `next`), applied to the saved state directly so
 * that a draw builds no generator; tests/sim/determinism.test.ts pins it against seedrandom.
 */
export function draw(state: GameState): number {
  const r = state.rng;
  const t = 2091639 * r.s0 + r.c * 2.3283064365386963e-10; // 2^-32
  const c = t | 0;
  const value = t - c;
  state.rng = { c, s0: r.s1, s1: r.s2, s2: value };
  return value;
}

/** True with probability p (0..1). */
export function chance(state: GameState, p: number): boolean {
  return draw(state) < p;
}

/** An integer in [min, max], inclusive. */
export function drawInt(state: GameState, min: number, max: number): number {
  return min + Math.floor(draw(state) * (max - min + 1));
}

/**
 * A stream that is not the game's: the AI thinks with one derived from the seed, so its
 * deliberation never consumes the game's dice.
 */
export class SideStream {
  private readonly prng: AleaPrng;
  constructor(seed: string, state?: RngState) {
    this.prng = state ? alea('', { state }) : alea(seed, { state: true });
  }
  next(): number {
    return this.prng();
  }
  state(): RngState {
    return this.prng.state();
  }
}

/**
 * A deterministic number in [0, 1) from a key, without touching any stream: used for the
 * fixed error in what one contender believes about another (same key, same error).
 */
export function hashUnit(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995);
  h ^= h >>> 15;
  return (h >>> 0) / 4294967296;
}
