// The feedback's pure parts, in Node (no browser): the summary reports only changes the player
// could know, a reason never argues for the other side, an event vote is counted per option,
// and a choice that crosses a heat line says so.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { builtinScenarios } from '../../src/io/scenario.ts';
import { gameMachine } from '../../src/machine/game-machine.ts';
import { heatLines, heatWarning } from '../../src/sim/feedback.ts';
import type { Ballot, VoteRecord } from '../../src/sim/types.ts';
import { buildBoardModel, type BoardModel } from '../../src/ui/board/model.ts';
import { summarise } from '../../src/ui/session/summary.ts';
import { eventVoteCounts, honestReason, isEventVote } from '../../src/ui/session/vote-words.ts';

function startedGame() {
  const scenario = builtinScenarios().find((s) => s.id === '1926-united-opposition')!;
  const actor = createActor(gameMachine, {
    input: {
      scenario,
      seed: 'feedback-model',
      options: { difficulty: 'historical', whatifs: [], faction: 'trotsky' },
      human: 'trotsky',
      pauseForUi: true,
    },
  });
  actor.start();
  return actor.getSnapshot().context;
}

/** The same board with one region's estimated holder changed, the player's own count not. */
function withNoise(m: BoardModel): BoardModel {
  const regions = m.regions.map((r, i) =>
    i === 0 ? { ...r, controller: r.controller === 'stalin' ? 'zinoviev' : 'stalin' } : r,
  ) as BoardModel['regions'];
  return { ...m, regions };
}

describe('the quarter summary', () => {
  it('does not report a changed error band as a region changing hands', () => {
    const ctx = startedGame();
    const before = buildBoardModel(ctx, 'trotsky');
    // A post won: every estimate is drawn with a narrower band, news of nothing.
    const after = { ...withNoise(before), estimateError: before.estimateError - 1 };
    const game = { ...ctx.game, log: [] };
    const text = summarise(before, after, game, game.turn).changes.map((c) => c.text);
    expect(text.join(' ')).not.toMatch(/changes hands/);
  });

  it('reports it with the band unchanged: only the truth moves an estimate then', () => {
    const ctx = startedGame();
    const before = buildBoardModel(ctx, 'trotsky');
    const after = withNoise(before);
    const game = { ...ctx.game, log: [] };
    const text = summarise(before, after, game, game.turn).changes.map((c) => c.text);
    expect(text.join(' ')).toMatch(/changes hands: .* \(by your estimate\)/);
  });

  it('reports it when the chronicle names the region, whatever the band', () => {
    const ctx = startedGame();
    const before = buildBoardModel(ctx, 'trotsky');
    const after = { ...withNoise(before), estimateError: before.estimateError - 1 };
    const name = after.regions[0].name;
    const game = {
      ...ctx.game,
      log: [
        {
          turn: ctx.game.turn,
          kind: 'action' as const,
          text: `Stalin places a loyal secretary in ${name}.`,
          outcome: { what: 'quarter' as const },
        },
      ],
    };
    const text = summarise(before, after, game, game.turn).changes.map((c) => c.text);
    expect(text.join(' ')).toMatch(new RegExp(`${name} changes hands: .* \\(by your estimate\\)`));
  });
});

describe('vote tables', () => {
  const ballot = (choice: Ballot['choice'], reason: string, voter = 'stalin'): Ballot => ({
    voter: voter as Ballot['voter'],
    choice,
    weight: 1,
    reason,
  });

  it('never shows a reason that argues for the other side, and marks the player', () => {
    expect(honestReason(ballot('no', 'trusts Trotsky'), 'trotsky')).not.toMatch(/trusts/);
    expect(honestReason(ballot('yes', 'opposes the policy'), 'trotsky')).not.toMatch(/opposes/);
    expect(honestReason(ballot('no', 'distrusts Trotsky'), 'trotsky')).toBe('distrusts Trotsky');
    expect(honestReason(ballot('yes', 'trusts Trotsky'), 'trotsky')).toBe('trusts Trotsky');
    expect(honestReason(ballot('no', 'trusts Stalin', 'trotsky'), 'trotsky')).toBe('your vote');
  });

  it('counts an event vote per option, the winner first', () => {
    const vote: VoteRecord = {
      id: 1,
      turn: 0,
      body: 'politburo',
      title: 'An event: B',
      proposer: null,
      spec: { kind: 'event_choice', event: 'no-such-event', option: 'b', tally: { a: 3, b: 4 } },
      ballots: [],
      yes: 4,
      no: 3,
      passed: true,
    };
    expect(isEventVote(vote)).toBe(true);
    if (!isEventVote(vote)) return;
    expect(eventVoteCounts(vote)).toEqual([
      { label: 'b', votes: 4, won: true },
      { label: 'a', votes: 3, won: false },
    ]);
  });
});

describe('danger before it bites', () => {
  it('warns in words when a choice crosses the removal line, and not below it', () => {
    const game = startedGame().game;
    const line = heatLines(game, 'trotsky').find((l) => l.base === 50)!;
    expect(line).toBeDefined();
    expect(heatWarning(game, 'trotsky', line.at - 10, line.at - 1)).toBeNull();
    expect(heatWarning(game, 'trotsky', line.at - 10, line.at + 2)).toBe(
      `This puts you at heat ${line.at + 2}, past ${line.at}: the Central Committee can vote you out of the Politburo, once you have signed an opposition platform.`,
    );
    // Once he has signed a platform, the line bites as it stands.
    game.contenders.trotsky.branded = true;
    expect(heatWarning(game, 'trotsky', line.at - 10, line.at + 2)).toBe(
      `This puts you at heat ${line.at + 2}, past ${line.at}: the Central Committee can vote you out of the Politburo.`,
    );
  });
});
