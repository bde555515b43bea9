// A view is the contender's own copy of what he may know: changing it never changes the game.
import { describe, expect, it } from 'vitest';
import { yearOf, currentQuarter } from '../../src/sim/calendar.ts';
import { CONTENDERS, REGIONS } from '../../src/sim/ids.ts';
import { createGame, stateHash, view } from '../../src/sim/index.ts';
import { SECRETARY_SLOTS } from '../../src/sim/query.ts';
import { estimateError } from '../../src/sim/view.ts';
import type { GameState } from '../../src/sim/types.ts';
import { playRandom, OPTIONS, scenario } from '../helpers.ts';

/** Change every number, string, boolean and array reachable from `value` that can be changed. */
function scribble(value: unknown, seen = new Set<unknown>()): number {
  if (value === null || typeof value !== 'object' || seen.has(value)) return 0;
  seen.add(value);
  if (Object.isFrozen(value)) return 0;
  let changed = 0;
  if (Array.isArray(value)) {
    for (const item of value) changed += scribble(item, seen);
    value.push('scribbled');
    return changed + 1;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const v = record[key];
    if (typeof v === 'number') record[key] = v + 1;
    else if (typeof v === 'string') record[key] = `${v}!`;
    else if (typeof v === 'boolean') record[key] = !v;
    else changed += scribble(v, seen);
    changed += 1;
  }
  return changed;
}

describe('views', () => {
  it('share nothing changeable with the game, for every viewer, mid-game', () => {
    let checked = 0;
    playRandom('view-alias', scenario(), (state) => {
      if (state.turn % 5 !== 2 || checked >= 12) return;
      const before = stateHash(state);
      for (const c of CONTENDERS) {
        const v = view(state, c);
        expect(scribble(v)).toBeGreaterThan(100);
      }
      expect(stateHash(state)).toBe(before);
      checked += 1;
    });
    expect(checked).toBe(12);
  });

  it('the records they share are frozen: writing to one throws', () => {
    const state = createGame(scenario(), 'frozen', OPTIONS);
    const v = view(state, 'trotsky');
    expect(v.log.length).toBeGreaterThan(0);
    expect(() => {
      (v.log[0] as { text: string }).text = 'rewritten';
    }).toThrow(TypeError);
    expect(state.log[0].text).not.toBe('rewritten');
  });

  it('hide the dice and others\u2019 secrets', () => {
    const state = createGame(scenario(), 'secrets', OPTIONS);
    state.alliances.push({ id: 99, members: ['zinoviev', 'kamenev'], secret: true, since: 0 });
    const v = view(state, 'trotsky');
    expect(v.rng).toEqual({ c: 0, s0: 0, s1: 0, s2: 0 });
    expect(v.alliances.some((a) => a.id === 99)).toBe(false);
    expect(view(state, 'kamenev').alliances.some((a) => a.id === 99)).toBe(true);
    // Zinoviev's feelings towards Stalin are his own business; towards Trotsky they show.
    const real = state.contenders.zinoviev.relations;
    real.stalin = { trust: 3, grievance: 97 };
    real.trotsky = { trust: 11, grievance: 66 };
    expect(v.contenders.zinoviev.relations.stalin).toEqual({ trust: 50, grievance: 0 });
    expect(view(state, 'trotsky').contenders.zinoviev.relations.trotsky).toEqual({
      trust: 11,
      grievance: 66,
    });
  });

  it('keep an estimate until something the viewer could learn changes, across quarters and years', () => {
    // At the start of each quarter: every estimate Trotsky makes, beside the truth and his band.
    type Seen = { year: number; error: number; truth: number[]; est: number[] };
    const look = (state: GameState): Seen => {
      const v = view(state, 'trotsky');
      const truth: number[] = [];
      const est: number[] = [];
      for (const r of REGIONS)
        for (const c of CONTENDERS) {
          if (c === 'trotsky') continue;
          truth.push(state.regions[r].secretaries[c] ?? 0);
          est.push(v.regions[r].secretaries[c] ?? 0);
        }
      return {
        year: yearOf(currentQuarter(state)),
        error: estimateError(state, 'trotsky'),
        truth,
        est,
      };
    };
    const seen: Seen[] = [];
    let turn = -1;
    playRandom('stable-estimates', scenario(), (state) => {
      if (state.turn === turn) return;
      turn = state.turn;
      seen.push(look(state));
    });
    let kept = 0;
    let acrossYears = 0;
    for (let i = 1; i < seen.length; i++) {
      const [a, b] = [seen[i - 1], seen[i]];
      if (a.error !== b.error || a.error === 0) continue;
      for (let k = 0; k < a.truth.length; k++) {
        if (a.truth[k] !== b.truth[k]) continue;
        expect(b.est[k]).toBe(a.est[k]);
        kept += 1;
        if (a.year !== b.year) acrossYears += 1;
      }
    }
    // Enough quarters with nothing new, some of them across a new year, to mean something.
    expect(kept).toBeGreaterThan(100);
    expect(acrossYears).toBeGreaterThan(20);
  });

  it('move an estimate when the rival appoints there: by what he added, the draw kept', () => {
    const state = createGame(scenario(), 'appoints', OPTIONS);
    expect(estimateError(state, 'trotsky')).toBeGreaterThan(0);
    const before = view(state, 'trotsky');
    let moved = 0;
    for (const r of REGIONS) {
      const now = state.regions[r].secretaries.stalin ?? 0;
      if (now + 2 > SECRETARY_SLOTS) continue;
      const later = structuredClone(state);
      later.turn += 4; // a year on, too: only the appointment may move it
      later.regions[r].secretaries.stalin = now + 2;
      const est = view(later, 'trotsky').regions[r].secretaries.stalin ?? 0;
      const was = before.regions[r].secretaries.stalin ?? 0;
      // Off by a fixed draw, clamped to 0..slots: two more, unless the clamp held it.
      if (was > 0 && est < SECRETARY_SLOTS) expect(est - was).toBe(2);
      else expect(est).toBeGreaterThanOrEqual(was);
      if (est !== was) moved += 1;
    }
    expect(moved).toBeGreaterThan(0);
  });
});
