// The fuzzer: many seeds × random legal actions to the end. No exception, no dead end, the
// invariants hold; a failure writes its seed and actions as a replay file to test-output/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stateHash } from '../../src/sim/hash.ts';
import { CONTENDERS, REGIONS } from '../../src/sim/ids.ts';
import { canAct, CC_SEATS, SECRETARY_SLOTS, ccTotal } from '../../src/sim/query.ts';
import type { Action, GameState } from '../../src/sim/types.ts';
import { playRandom, OPTIONS } from '../helpers.ts';

const SEEDS = Number(process.env.FUZZ_SEEDS ?? 200);

function invariantProblems(state: GameState, lastTurn: number): string[] {
  const problems: string[] = [];
  for (const r of REGIONS) {
    let used = 0;
    for (const c of CONTENDERS) {
      const n = state.regions[r].secretaries[c] ?? 0;
      if (n < 0) problems.push(`${r}: negative secretaries for ${c}`);
      used += n;
      if (n > 0 && ['expelled', 'exiled', 'dead'].includes(state.contenders[c].status)) {
        problems.push(`${r}: ${c} keeps secretaries after leaving the party`);
      }
    }
    if (used > SECRETARY_SLOTS) problems.push(`${r}: ${used} secretaries > ${SECRETARY_SLOTS}`);
    if (state.regions[r].weight < 1) problems.push(`${r}: no delegates`);
  }
  if (ccTotal(state) !== CC_SEATS) problems.push(`Central Committee has ${ccTotal(state)} seats`);
  for (const c of CONTENDERS) {
    const me = state.contenders[c];
    for (const key of ['prestige', 'health', 'heat'] as const) {
      if (!(me[key] >= 0 && me[key] <= 100)) problems.push(`${c}.${key} = ${me[key]}`);
    }
    if (!canAct(state, c) && state.politburo.full.includes(c))
      problems.push(`${c} sits in the Politburo while ${me.status}`);
    if (!canAct(state, c) && state.cc[c] > 0)
      problems.push(`${c} keeps CC seats while ${me.status}`);
  }
  if (state.turn < lastTurn) problems.push('time went backwards');
  return problems;
}

function fail(seed: string, actions: Action[], why: string): never {
  mkdirSync('test-output/fuzz-failures', { recursive: true });
  const file = `test-output/fuzz-failures/${seed}.json`;
  writeFileSync(
    file,
    JSON.stringify({
      formatVersion: 1,
      kind: 'heirs-replay',
      scenario: '1922-full',
      seed,
      options: OPTIONS,
      actions,
    }),
  );
  throw new Error(`${why} (replay written to ${file})`);
}

describe(`fuzzer: ${SEEDS} seeds of random legal play`, () => {
  it('every game ends, with the invariants intact at every step', () => {
    const endings = new Set<string>();
    for (let i = 0; i < SEEDS; i++) {
      const seed = `fuzz-${i}`;
      let lastTurn = 0;
      const played: Action[] = [];
      let result;
      try {
        result = playRandom(seed, undefined, (state, action) => {
          played.push(action);
          const problems = invariantProblems(state, lastTurn);
          lastTurn = state.turn;
          if (problems.length) throw new Error(problems.join('; '));
        });
      } catch (e) {
        fail(seed, played, e instanceof Error ? e.message : String(e));
      }
      if (result.state.phase !== 'over')
        fail(seed, played, `dead end in phase ${result.state.phase}`);
      if (!result.state.outcome) fail(seed, played, 'no outcome');
      endings.add(stateHash(result.state));
    }
    // Each seed must explore a game of its own: a driver that ignored the seed, or games that
    // ended before anyone chose anything, would give the same final state again and again.
    expect(endings.size).toBe(SEEDS);
  });
});
