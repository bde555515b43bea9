// A strategist reads his own victory conditions: Trotsky's aims want the economic line at 0 or
// further Left at the end, so as the end nears a Left line motion is worth more to him, and so
// is an event's answer that moves the line Left.
import { describe, expect, it } from 'vitest';
import { scoreActions } from '../../src/ai/action-values.ts';
import { decide } from '../../src/ai/policy.ts';
import { makeOutlook } from '../../src/ai/evaluate.ts';
import { TEMPERAMENTS } from '../../src/ai/temperaments.ts';
import { CONTENDERS } from '../../src/sim/ids.ts';
import { createGame } from '../../src/sim/index.ts';
import type { Action } from '../../src/sim/types.ts';
import { SideStream } from '../../src/sim/rng.ts';
import { aiLens } from '../../src/sim/view.ts';
import { OPTIONS, scenario } from '../helpers.ts';
import { playUntil } from './play-until.ts';

const line = (direction: -1 | 1): Action => ({
  type: 'motion',
  actor: 'trotsky',
  motion: { kind: 'line', axis: 'economy', direction },
});

function leftMinusRight(seesThrough: boolean, quartersBeforeEnd: number): number {
  const state = createGame(scenario(), 'line-aim', OPTIONS);
  state.turn = state.endQuarter - state.startQuarter - quartersBeforeEnd;
  state.partyLine.economy = 30;
  const view = aiLens(state, 'trotsky');
  const o = makeOutlook(view, 'trotsky', TEMPERAMENTS.trotsky, seesThrough);
  const [left, right] = scoreActions(view, o, [line(-1), line(1)]);
  return left.value - right.value;
}

describe('a strategist plays to his aims on the line', () => {
  it('knows the line his aims ask for, and only a strategist reads it', () => {
    const state = createGame(scenario(), 'line-aim', OPTIONS);
    const view = aiLens(state, 'trotsky');
    expect(makeOutlook(view, 'trotsky', TEMPERAMENTS.trotsky, true).lineAim).toMatchObject({
      atMost: 0,
    });
    expect(makeOutlook(view, 'trotsky', TEMPERAMENTS.trotsky, false).lineAim).toBeNull();
    expect(
      makeOutlook(aiLens(state, 'stalin'), 'stalin', TEMPERAMENTS.stalin, true).lineAim,
    ).toBeNull();
  });

  it('still wants a step of margin in the last quarter: the Right votes its own motion with his', () => {
    const state = createGame(scenario(), 'line-aim', OPTIONS);
    state.turn = state.endQuarter - state.startQuarter;
    state.partyLine.economy = -10; // his aim met, but one Right motion would undo it
    const view = aiLens(state, 'trotsky');
    const o = makeOutlook(view, 'trotsky', TEMPERAMENTS.trotsky, true);
    const [left, right] = scoreActions(view, o, [line(-1), line(1)]);
    expect(left.value).toBeGreaterThan(right.value + 3);
    expect(left.reason).toBe('to have the party line where his aims need it at the end');
  });

  it('values a Left motion more in the last quarter than a temperament does, and more than early on', () => {
    const lastStrategist = leftMinusRight(true, 0);
    const lastTemperament = leftMinusRight(false, 0);
    const early = leftMinusRight(true, 20);
    expect(lastStrategist).toBeGreaterThan(lastTemperament + 3);
    expect(lastStrategist).toBeGreaterThan(early + 3);
  });
});

describe('one aim short near the end, a strategist plays for the line', () => {
  function outlook(quartersBeforeEnd: number, seated: boolean) {
    const state = createGame(scenario(), 'line-aim', OPTIONS);
    state.turn = state.endQuarter - state.startQuarter - quartersBeforeEnd;
    state.partyLine.economy = 30;
    // Out of the Politburo, a second aim is missing too.
    if (!seated) state.politburo.full = state.politburo.full.filter((p) => p !== 'trotsky');
    const view = aiLens(state, 'trotsky');
    return { view, o: makeOutlook(view, 'trotsky', TEMPERAMENTS.trotsky, true) };
  }

  it('knows when the line is all that is missing, and only in the last two years', () => {
    expect(outlook(3, true).o.lineDecides).toBe(true);
    expect(outlook(20, true).o.lineDecides).toBe(false);
    expect(outlook(3, false).o.lineDecides).toBe(false);
  });

  it('then a Left motion counts for more and everything else can wait', () => {
    const publish: Action = { type: 'publish', actor: 'trotsky', target: null };
    const { view, o } = outlook(3, true);
    const [left, article] = scoreActions(view, o, [line(-1), publish]);
    const [leftBefore, articleBefore] = scoreActions(view, { ...o, lineDecides: false }, [
      line(-1),
      publish,
    ]);
    expect(articleBefore.value).toBeGreaterThan(0);
    expect(left.value).toBeGreaterThan(leftBefore.value);
    expect(article.value).toBeCloseTo(articleBefore.value / 4);
  });
});

describe('a strategist answers an event with his aims in mind', () => {
  it("Trotsky's challenger backs the great turn when his Left line hangs on it", () => {
    // The Politburo votes on Stalin's great turn (line 10 points Left, Stalin's prestige up) in
    // the last quarter, with the line a few points Right of where Trotsky's aims need it.
    const state = playUntil(
      '1928-grain-crisis',
      'line-aim-turn',
      (s, d) => d.phase === 'events' && s.pendingEvents[0]?.id === 'great_break_article',
    );
    if (!state) throw new Error('Stalin never made his call for the great turn');
    state.contenders.trotsky.status = 'active';
    state.politburo.full.push('trotsky');
    state.pendingEvents[0].awaiting.unshift('trotsky');
    state.partyLine.economy = 4;
    // Stalin is short of supremacy (his seats in the Central Committee gone to the uncommitted),
    // so the line is all that Trotsky's aims lack.
    state.cc.unaligned += state.cc.stalin - 4;
    state.cc.stalin = 4;
    // He hates Stalin, so by its effects alone the turn is worth less to him than slowing down.
    state.contenders.trotsky.relations.stalin.grievance = 80;
    state.contenders.trotsky.relations.stalin.trust = 0;
    const vote = (policy: 'challenger' | 'historical') => {
      const a = decide(state, 'trotsky', policy, new SideStream('turn')).action;
      return a.type === 'answer' ? a.choice : a.type;
    };
    expect(vote('challenger')).toBe('great_turn');
    // A temperament does not read the aims: the man who hates Stalin slows him down.
    expect(vote('historical')).toBe('slow');
  });
});

describe('a strategist votes on the line with his aims in mind', () => {
  it("Trotsky's challenger votes down an ally's Right motion in the last quarter", () => {
    const state = createGame(scenario(), 'line-aim-ballot', OPTIONS);
    state.turn = state.endQuarter - state.startQuarter;
    state.partyLine.economy = -5;
    // Bukharin is Trotsky's ally and trusted friend, and tables a motion to move the line Right.
    state.alliances.push({ id: 998, members: ['trotsky', 'bukharin'], secret: false, since: 0 });
    state.contenders.trotsky.relations.bukharin = { trust: 90, grievance: 0 };
    state.phase = 'votes';
    state.motions = [
      {
        id: 999,
        proposer: 'bukharin',
        spec: { kind: 'line', axis: 'economy', direction: 1 },
        body: 'politburo',
        ballots: {},
      },
    ];
    // Everyone else has voted: the ballot waits for Trotsky.
    for (const c of CONTENDERS) if (c !== 'trotsky') state.motions[0].ballots[c] = 'yes';
    const ballot = (policy: 'challenger' | 'historical') => {
      const a = decide(state, 'trotsky', policy, new SideStream('ballot')).action;
      return a.type === 'ballot' ? a.choice : a.type;
    };
    // One step Right would carry the line out of his aims at the very end.
    expect(ballot('challenger')).toBe('no');
    // A temperament does not read the aims: he stands by his ally.
    expect(ballot('historical')).not.toBe('no');
  });
});
