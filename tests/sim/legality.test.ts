// isLegal (src/sim/flow.ts) is the machine's check on every move it is sent: it must accept
// exactly what legalActions offers, compared as the canonical JSON of the move would be.
import { describe, expect, it } from 'vitest';
import { canonicalJson, sameJson } from '../../src/sim/hash.ts';
import { isLegal, legalActions, nextDecision } from '../../src/sim/flow.ts';
import { CONTENDERS } from '../../src/sim/ids.ts';
import type { Action, GameState } from '../../src/sim/types.ts';
import { cloneGame } from '../../src/sim/index.ts';
import { playRandom } from '../helpers.ts';

/** Positions of a random game, every few decisions, each with its legal moves. */
function positions(): { state: GameState; legal: Action[] }[] {
  const out: { state: GameState; legal: Action[] }[] = [];
  let n = 0;
  playRandom('legality', undefined, (state) => {
    const d = nextDecision(state);
    if (d && n++ % 7 === 0)
      out.push({ state: cloneGame(state), legal: legalActions(state, d.contender) });
  });
  return out;
}

describe('isLegal', () => {
  const sample = positions();

  it('accepts every move legalActions offers, and each kind of decision is covered', () => {
    const kinds = new Set<string>();
    for (const { state, legal } of sample) {
      for (const a of legal) {
        expect(isLegal(state, a)).toBe(true);
        kinds.add(a.type === 'answer' || a.type === 'ballot' ? a.type : 'action');
      }
    }
    expect([...kinds].sort()).toEqual(['action', 'answer', 'ballot']);
  });

  it('refuses a move with a field changed, added or missing, another actor, or an unknown kind', () => {
    for (const { state, legal } of sample) {
      const a = legal[0] as Record<string, unknown> & Action;
      const other = CONTENDERS.find((c) => c !== a.actor)!;
      expect(isLegal(state, { ...a, actor: other } as Action)).toBe(false);
      expect(isLegal(state, { ...a, extra: 1 } as unknown as Action)).toBe(false);
      expect(isLegal(state, { ...a, type: 'toString' } as unknown as Action)).toBe(false);
      expect(isLegal(state, { ...a, type: 'seize_power' } as unknown as Action)).toBe(false);
      const keys = Object.keys(a).filter((k) => k !== 'type' && k !== 'actor');
      for (const k of keys) {
        const missing = { ...a };
        delete missing[k];
        const changed = { ...a, [k]: 'nowhere' };
        const offered = (x: unknown) => legal.some((l) => canonicalJson(l) === canonicalJson(x));
        expect(isLegal(state, missing as Action)).toBe(offered(missing));
        expect(isLegal(state, changed as Action)).toBe(offered(changed));
      }
    }
  });
});

describe('sameJson', () => {
  it('agrees with comparing canonical JSON', () => {
    const values: unknown[] = [
      0,
      -0,
      1,
      '1',
      null,
      true,
      [],
      {},
      [1, 2],
      [2, 1],
      { a: 1, b: { c: [1, { d: 2 }] } },
      { b: { c: [1, { d: 2 }] }, a: 1 },
      { a: 1, b: { c: [1, { d: 3 }] } },
      { a: 1, b: undefined },
      { a: 1 },
      { a: [1] },
      { a: { 0: 1 } },
    ];
    for (const x of values) {
      for (const y of values) {
        expect(sameJson(x, y), `${canonicalJson(x)} vs ${canonicalJson(y)}`).toBe(
          canonicalJson(x) === canonicalJson(y),
        );
      }
    }
  });
});
