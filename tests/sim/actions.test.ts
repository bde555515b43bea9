// Each action is defined once (src/sim/actions): the figures the player reads before acting are
// the figures the rules apply. Every legal action of many positions is applied to a copy, and
// what changed must be exactly the preview's success or failure figures.
import { describe, expect, it } from 'vitest';
import { ACTION_RULES, applyActionPhase, previewAction } from '../../src/sim/actions/table.ts';
import type { Change, PhaseAction } from '../../src/sim/actions/rule.ts';
import { CONTENDERS, REGIONS } from '../../src/sim/ids.ts';
import { cloneGame, createGame, legalActions, nextDecision } from '../../src/sim/index.ts';
import { whyNotNow } from '../../src/sim/flow.ts';
import { GameDriver } from '../../src/machine/driver.ts';
import { HEAT_CAP_FROM_RIVALS } from '../../src/sim/motions.ts';
import { initialRngState } from '../../src/sim/rng.ts';
import type { GameState } from '../../src/sim/types.ts';
import { allScenarios, playRandom } from '../helpers.ts';

const clamp = (v: number) => Math.max(0, Math.min(100, v));

/** The numbers an action can change, as one flat record. */
function figures(s: GameState): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of CONTENDERS) {
    const me = s.contenders[c];
    out.set(`${c}.prestige`, me.prestige);
    out.set(`${c}.heat`, me.heat);
    out.set(`${c}.health`, me.health);
    for (const o of CONTENDERS) {
      if (o === c) continue;
      out.set(`${c}>${o}.trust`, me.relations[o].trust);
      out.set(`${c}>${o}.grievance`, me.relations[o].grievance);
    }
  }
  for (const r of REGIONS) out.set(`${r}.mood`, s.regions[r].mood);
  return out;
}

/** The figures after `changes`, worked out from the preview's words' numbers alone. */
function expected(before: GameState, changes: Change[]): Map<string, number> {
  const f = figures(before);
  const add = (key: string, delta: number) => f.set(key, clamp(f.get(key)! + delta));
  for (const c of changes) {
    switch (c.kind) {
      case 'prestige':
      case 'heat':
      case 'health':
        add(`${c.who}.${c.kind}`, c.delta);
        break;
      case 'charge': {
        const heat = f.get(`${c.who}.heat`)!;
        if (heat < HEAT_CAP_FROM_RIVALS)
          f.set(`${c.who}.heat`, Math.min(HEAT_CAP_FROM_RIVALS, heat + c.delta));
        break;
      }
      case 'relation':
        add(`${c.from}>${c.to}.trust`, c.trust);
        add(`${c.from}>${c.to}.grievance`, c.grievance);
        break;
      case 'mood': {
        const position = before.contenders[c.toward].positions.economy;
        for (const r of c.regions) {
          const mood = f.get(`${r}.mood`)!;
          if (c.within !== undefined && Math.abs(mood - position) >= c.within) continue;
          const gap = position - mood;
          f.set(
            `${r}.mood`,
            Math.abs(gap) <= c.step
              ? position
              : Math.round((mood + Math.sign(gap) * c.step) * 10) / 10,
          );
        }
        break;
      }
    }
  }
  return f;
}

function same(a: Map<string, number>, b: Map<string, number>): boolean {
  for (const [k, v] of a) if (Math.abs(v - b.get(k)!) > 1e-9) return false;
  return true;
}

describe('why an action is not possible now', () => {
  it('names the reason the rules have: the turn, the phase, the post, the points', () => {
    const game = allScenarios()[0];
    const s = createGame(game, 'why-not', { difficulty: 'historical', whatifs: [], faction: null });
    const driver = new GameDriver(s, CONTENDERS);
    // Play first legal moves until someone must act in the action phase.
    for (let i = 0; i < 500; i++) {
      const d = nextDecision(s);
      if (!d || d.phase === 'actions') break;
      driver.play(legalActions(s, d.contender)[0]);
    }
    const d = nextDecision(s)!;
    expect(d.phase).toBe('actions');
    const me = d.contender;
    const other = CONTENDERS.find((c) => c !== me)!;
    expect(whyNotNow(s, { type: 'rest', actor: other })).toBe('It is not your move now.');
    s.contenders[me].heat = 3;
    expect(whyNotNow(s, { type: 'recant', actor: me })).toBe(
      'Only when your heat is 15 or more (yours is 3).',
    );
    s.actionPoints[me] = 1;
    if (legalActions(s, me).some((a) => a.type === 'platform') === false) {
      expect(whyNotNow(s, { type: 'platform', actor: me })).toMatch(
        /needs 2 action points; you have 1 left|already signed/,
      );
    }
    expect(whyNotNow(s, { type: 'end', actor: me })).toBe('');
    driver.stop();
  });
});

describe('the action table', () => {
  it('has one entry for every kind of action-phase action, with a group and a title', () => {
    expect(Object.keys(ACTION_RULES).sort()).toEqual(
      [
        'accept_alliance',
        'appoint',
        'break_alliance',
        'conciliate',
        'court',
        'decline_alliance',
        'denounce',
        'end',
        'motion',
        'offer_alliance',
        'platform',
        'publish',
        'rally_army',
        'recant',
        'recruit',
        'rest',
        'sign_platform',
        'speak',
      ].sort(),
    );
  });

  it('applies exactly the figures its preview shows, for every legal action', () => {
    const seen = new Set<string>();
    let checked = 0;
    for (const sc of allScenarios()) {
      let decisions = 0;
      playRandom(`table-${sc.id}`, sc, (state) => {
        const d = nextDecision(state);
        if (!d || d.phase !== 'actions' || decisions++ % 7 !== 0) return;
        for (const action of legalActions(state, d.contender) as PhaseAction[]) {
          const preview = previewAction(state, action);
          expect(preview.effect.length + preview.title.length).toBeGreaterThan(0);
          // Try the action with several made-up dice: success and failure both come up.
          for (let k = 0; k < 3; k++) {
            const copy = cloneGame(state);
            copy.rng = initialRngState(`probe-${checked}-${k}`);
            applyActionPhase(copy, action);
            const after = figures(copy);
            const ok = same(after, expected(state, preview.success));
            const failed = preview.canFail && same(after, expected(state, preview.failure));
            expect(ok || failed, `${JSON.stringify(action)}: ${preview.effect}`).toBe(true);
            checked += 1;
          }
          seen.add(action.type);
        }
      });
    }
    expect([...seen].sort()).toEqual(
      Object.keys(ACTION_RULES)
        .filter((t) => seen.has(t))
        .sort(),
    );
    expect(seen.size).toBeGreaterThanOrEqual(13);
    expect(checked).toBeGreaterThan(2000);
  });
});
