// The planning AI (src/ai/planner.ts): it must read only its own seat's view, think only with
// its own stream, leave the game untouched, and give the same move for the same position,
// seed and budget.
import { describe, expect, it } from 'vitest';
import { decide, HEURISTICS, plansMove } from '../../src/ai/policy.ts';
import { adviceFrom, adviceFutures, advise } from '../../src/ai/advice.ts';
import {
  ADVISED_MOVES,
  gatherFutures,
  movesToShow,
  plan,
  PLANNER_BUDGETS,
} from '../../src/ai/planner.ts';
import { GameDriver, runFuture } from '../../src/machine/driver.ts';
import { frozen } from '../../src/sim/mutate.ts';
import { CONTENDERS, REGIONS, type ContenderId } from '../../src/sim/ids.ts';
import {
  canonicalJson,
  cloneGame,
  createGame,
  nextDecision,
  stateHash,
} from '../../src/sim/index.ts';
import { actionPointsFor, SECRETARY_SLOTS, unalignedSecretaries } from '../../src/sim/query.ts';
import { SideStream } from '../../src/sim/rng.ts';
import type { GameState } from '../../src/sim/types.ts';
import { aiLens, estimateError, estimateSecretaries, view } from '../../src/sim/view.ts';
import { OPTIONS, scenario } from '../helpers.ts';
import { trotskysFirstMove } from './play-until.ts';

/** Action-phase positions from all-AI historical games, each with the seat to move. */
function actionPositions(every: number): { state: GameState; who: ContenderId }[] {
  const out: { state: GameState; who: ContenderId }[] = [];
  for (const [id, seed] of [
    ['1922-full', 'planner-a'],
    ['1926-united-opposition', 'planner-b'],
  ] as const) {
    const driver = new GameDriver(createGame(scenario(id), seed, OPTIONS));
    const stream = new SideStream(`test|${seed}`);
    let n = 0;
    for (let d = driver.decision(); d; d = driver.decision()) {
      const state = driver.game;
      if (d.phase === 'actions' && n++ % every === 0) {
        out.push({ state: cloneGame(state), who: d.contender });
      }
      driver.play(decide(state, d.contender, 'historical', stream).action);
    }
    driver.stop();
  }
  return out;
}

/**
 * Change what `who` cannot know while his view stays the same: others' feelings for third
 * parties, secret alliances and offers between others, the dice, and rivals' true secretaries
 * wherever his estimate would not move (a figure his error band hides). Returns the poisoned
 * copy and how many secretaries were moved.
 */
function poison(state: GameState, who: ContenderId): { state: GameState; moved: number } {
  const s = cloneGame(state);
  for (const c of CONTENDERS) {
    if (c === who) continue;
    for (const o of CONTENDERS) {
      if (o !== c && o !== who) s.contenders[c].relations[o] = { trust: 3, grievance: 97 };
    }
  }
  const others = CONTENDERS.filter((c) => c !== who);
  s.alliances.push({ id: 9999, members: [others[0], others[1]], secret: true, since: 0 });
  s.offers.push({ from: others[2], to: others[3], turn: s.turn });
  s.rng = { c: 7, s0: 0.1, s1: 0.2, s2: 0.3 };
  let moved = 0;
  const error = estimateError(state, who);
  for (const region of REGIONS) {
    for (const c of others) {
      const before = estimateSecretaries(state, who, c, region, error);
      const held = s.regions[region].secretaries;
      for (const step of [1, -1]) {
        const truth = held[c] ?? 0;
        const next = truth + step;
        if (next < 0 || next > SECRETARY_SLOTS) continue;
        if (step > 0 && unalignedSecretaries(s, region) === 0) continue;
        held[c] = next;
        if (estimateSecretaries(s, who, c, region, error) === before) {
          moved += 1;
          break;
        }
        held[c] = truth;
      }
    }
  }
  return { state: s, moved };
}

const seen = (state: GameState, who: ContenderId) =>
  canonicalJson({ ...view(state, who, { withLog: false }), rng: null });

describe('the planning AI', () => {
  const sample = actionPositions(40);

  it('never reads what its seat cannot know', () => {
    expect(sample.length).toBeGreaterThan(8);
    let movedInAll = 0;
    for (const { state, who } of sample.slice(0, 12)) {
      const { state: poisoned, moved } = poison(state, who);
      // The poison is invisible from the seat...
      expect(seen(poisoned, who)).toBe(seen(state, who));
      expect(canonicalJson(poisoned)).not.toBe(canonicalJson(state));
      movedInAll += moved;
      // ...and so must not change its move.
      const a = decide(state, who, 'planner', new SideStream('same'), runFuture);
      const b = decide(poisoned, who, 'planner', new SideStream('same'), runFuture);
      expect(b.action, `${who} in turn ${state.turn}`).toEqual(a.action);
    }
    // Hidden secretaries really were moved somewhere, so the test can catch a leak of them.
    expect(movedInAll).toBeGreaterThan(0);
  });

  it('plans from the view alone: the real state and its seat\u2019s view give the same plan', () => {
    for (const { state, who } of sample.slice(0, 6)) {
      const fromLens = plan(
        aiLens(state, who),
        new SideStream('v'),
        PLANNER_BUDGETS.hard,
        HEURISTICS,
        'challenger',
        runFuture,
      );
      const fromView = plan(
        view(state, who, { withLog: false }),
        new SideStream('v'),
        PLANNER_BUDGETS.hard,
        HEURISTICS,
        'challenger',
        runFuture,
      );
      expect(canonicalJson(fromView)).toBe(canonicalJson(fromLens));
    }
  });

  it('gives the same move for the same position, seed and budget, and leaves the game untouched', () => {
    for (const { state, who } of sample.slice(0, 6)) {
      const hash = stateHash(state);
      const rng = { ...state.rng };
      const a = decide(state, who, 'planner', new SideStream('det'), runFuture);
      const b = decide(state, who, 'planner', new SideStream('det'), runFuture);
      expect(b).toEqual(a);
      expect(stateHash(state)).toBe(hash);
      expect(state.rng).toEqual(rng);
      // Deliberating on a frozen game would throw at the first write.
      expect(() =>
        decide(frozen(cloneGame(state)), who, 'planner', new SideStream('det'), runFuture),
      ).not.toThrow();
    }
  });

  it('weighs the heuristic\u2019s best moves and ending the turn, each in the same number of futures', () => {
    const { state, who } = sample[1];
    const budget = PLANNER_BUDGETS.planner;
    const p = plan(
      aiLens(state, who),
      new SideStream('n'),
      budget,
      HEURISTICS,
      'challenger',
      runFuture,
    );
    expect(p.considered.length).toBeGreaterThan(1);
    expect(p.considered.length).toBeLessThanOrEqual(budget.shortlist + 1);
    expect(p.considered.some((c) => c.action.type === 'end')).toBe(true);
    const futures = Math.floor(budget.rollouts / p.considered.length);
    for (const c of p.considered) {
      expect(c.futures).toBe(futures);
      expect(c.seated).toBeGreaterThanOrEqual(0);
      expect(c.seated).toBeLessThanOrEqual(1);
    }
    // Best first.
    for (let i = 1; i < p.considered.length; i++) {
      expect(p.considered[i - 1].value).toBeGreaterThanOrEqual(p.considered[i].value);
    }
  });

  it('spends no futures on ending the turn for the adviser, unless the heuristic ranks it among its best', () => {
    const { state, who } = sample[1];
    const budget = PLANNER_BUDGETS.adviser;
    const seen = aiLens(state, who);
    const ranked = HEURISTICS.shortlist(seen, who, 'challenger');
    const endRank = ranked.findIndex((r) => r.action.type === 'end');
    // The position must be one where ending the turn is not among the best three.
    expect(endRank).toBeGreaterThanOrEqual(budget.shortlist);
    const p = plan(seen, new SideStream('n'), budget, HEURISTICS, 'challenger', runFuture);
    // The three best of the heuristic, in the planner's order.
    const keys = (actions: unknown[]) => actions.map((a) => canonicalJson(a)).sort();
    expect(keys(p.considered.map((c) => c.action))).toEqual(
      keys(ranked.slice(0, budget.shortlist).map((r) => r.action)),
    );
    expect(p.considered.some((c) => c.action.type === 'end')).toBe(false);
    for (const c of p.considered) expect(c.futures).toBe(budget.rollouts / budget.shortlist);
  });
});

describe('a future played by the machine (runFuture)', () => {
  it('plays the first move, then every seat by the future\u2019s moves, up to the horizon', () => {
    const { state, who } = actionPositions(3)[0];
    const future = cloneGame(state);
    const first = HEURISTICS.shortlist(aiLens(future, who), who, 'challenger')[0].action;
    const asked: ContenderId[] = [];
    const moved: unknown[] = [];
    const lastTurn = future.turn + 1;
    const stream = new SideStream('horizon');
    let pending: typeof first | null = first;
    runFuture(future, {
      lastTurn,
      move: (game, contender) => {
        asked.push(contender);
        expect(game.turn).toBeLessThanOrEqual(lastTurn);
        const action = pending ?? decide(game, contender, 'historical', stream).action;
        pending = null;
        moved.push(action);
        return action;
      },
    });
    // The candidate came first, as the seat's own move.
    expect(moved[0]).toEqual(first);
    expect(asked[0]).toBe(who);
    // Every seat moved, and the future stopped at the first decision after its horizon.
    expect(new Set(asked).size).toBeGreaterThan(3);
    expect(future.turn).toBe(lastTurn + 1);
    expect(nextDecision(future)).not.toBeNull();
    // Only the copy moved.
    expect(state.turn).toBeLessThan(future.turn);
  });

  it('throws at once when a move cannot be made, rather than returning a future cut short', () => {
    const { state } = actionPositions(3)[0];
    const future = cloneGame(state);
    expect(() =>
      runFuture(future, {
        lastTurn: future.turn + 1,
        move: () => {
          throw new Error('no move here');
        },
      }),
    ).toThrow('no move here');
  });
});

describe('which moves a planning seat plans', () => {
  it('the planner every action-phase move; hard only the opening move of its quarter; the others none', () => {
    const { state, who } = actionPositions(3)[0];
    expect(state.actionPoints[who]).toBe(actionPointsFor(state, who));
    expect(plansMove(state, who, 'planner')).toBe(true);
    expect(plansMove(state, who, 'adviser')).toBe(true);
    expect(plansMove(state, who, 'hard')).toBe(true);
    expect(plansMove(state, who, 'historical')).toBe(false);
    expect(plansMove(state, who, 'challenger')).toBe(false);
    // Not his move: nothing to plan.
    const other = CONTENDERS.find((c) => c !== who)!;
    expect(plansMove(state, other, 'planner')).toBe(false);
    // Once he has spent a point, hard plays the rest of his quarter by its heuristic.
    const after = cloneGame(state);
    const driver = new GameDriver(after);
    const spend = HEURISTICS.shortlist(aiLens(after, who), who, 'hard').find(
      (r) => r.action.type !== 'end',
    )!.action;
    driver.play(spend);
    driver.stop();
    expect(nextDecision(after)?.contender).toBe(who);
    expect(plansMove(after, who, 'hard')).toBe(false);
    expect(plansMove(after, who, 'planner')).toBe(true);
  });
});

describe('the adviser', () => {
  it('offers moves to weigh: "end your turn" only when there are not three others', () => {
    const seen = view(trotskysFirstMove('adviser-moves'), 'trotsky');
    const advice = advise(seen, 'adviser-moves', runFuture, {
      rollouts: 8,
      shortlist: 4,
      quarters: 1,
      weighEnd: false,
    });
    expect(advice.moves).toHaveLength(3);
    for (const m of advice.moves) expect(m.action.type).not.toBe('end');
  });

  it('is played in the lab by the adviser policy: a student who makes its first move', () => {
    const game = trotskysFirstMove('adviser-policy');
    const choice = decide(game, 'trotsky', 'adviser', new SideStream('ai'), runFuture);
    // The policy thinks with a stream drawn from the AI's, as the planner does.
    const thinking = new SideStream(`planner|${new SideStream('ai').next()}`);
    const p = plan(
      aiLens(game, 'trotsky'),
      thinking,
      PLANNER_BUDGETS.adviser,
      HEURISTICS,
      'challenger',
      runFuture,
    );
    const shown = movesToShow(p.considered, ADVISED_MOVES);
    expect(shown).toHaveLength(3);
    expect(choice.action).toEqual(shown[0].action);
    expect(choice.action.type).not.toBe('end');
  });

  it('gives the same advice whether one thread plays the futures or several share them', () => {
    const seen = view(trotskysFirstMove('adviser-parts'), 'trotsky', { withLog: false });
    const budget = { ...PLANNER_BUDGETS.adviser, rollouts: 9, quarters: 1 };
    const whole = advise(seen, 'parts', runFuture, budget);
    expect(whole.futuresEach).toBe(3);
    for (const of of [2, 3]) {
      const parts = Array.from({ length: of }, (_, index) =>
        adviceFutures(seen, 'parts', runFuture, { index, of }, budget),
      );
      // Each part plays only its own futures.
      parts.forEach((p, index) =>
        p.forEach((readings, s) => expect(readings === null).toBe(s % of !== index)),
      );
      expect(adviceFrom(seen, gatherFutures(parts), budget)).toEqual(whole);
    }
  });
});
