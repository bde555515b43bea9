// The browser UI's pure parts, in Node: the teacher's link, what the board shows (the player's
// view only), the chronicle (no AI reason may leak a secret), the saves list (damaged kept).
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { builtinScenarios } from '../../src/io/scenario.ts';
import { gameMachine } from '../../src/machine/game-machine.ts';
import { CONTENDERS, REGIONS } from '../../src/sim/ids.ts';
import { buildBoardModel } from '../../src/ui/board/model.ts';
import { chronicleLines } from '../../src/ui/session/chronicle.ts';
import { buildLink, parseLink } from '../../src/ui/session/link.ts';

function startedGame(seed = 'ui-model') {
  const scenario = builtinScenarios()[0];
  const actor = createActor(gameMachine, {
    input: {
      scenario,
      seed,
      options: { difficulty: 'historical', whatifs: [], faction: 'trotsky' },
      human: 'trotsky',
      pauseForUi: true,
    },
  });
  actor.start();
  return actor.getSnapshot().context;
}

describe("the teacher's link", () => {
  it('round-trips a setup and ignores what it does not know', () => {
    const url = buildLink('http://localhost:4173/?old=1#x', {
      scenario: '1926-united-opposition',
      seed: 'class 7B',
      faction: 'bukharin',
      difficulty: 'hard',
      whatifs: ['good_harvest_1927', 'no_war_scare_1927'],
    });
    const setup = parseLink(new URL(url).search);
    expect(setup).toEqual({
      scenario: '1926-united-opposition',
      seed: 'class 7B',
      faction: 'bukharin',
      difficulty: 'hard',
      whatifs: ['good_harvest_1927', 'no_war_scare_1927'],
      problems: [],
    });
    expect(parseLink('?faction=lenin&difficulty=impossible&play=1')).toEqual({
      whatifs: [],
      play: true,
      problems: [
        'faction \u201clenin\u201d is not a contender.',
        'difficulty \u201cimpossible\u201d is not one of easy, historical, hard.',
      ],
    });
  });
});

describe('the board model', () => {
  it("shows the player's own secretaries exactly and only estimates of the others'", () => {
    const ctx = startedGame();
    const model = buildBoardModel(ctx, 'trotsky');
    for (const r of model.regions) {
      expect(r.slots).toHaveLength(10);
      expect(r.slots.filter((s) => s === 'trotsky').length).toBe(
        ctx.game.regions[r.id].secretaries.trotsky ?? 0,
      );
    }
    expect(model.estimateError).toBeGreaterThan(0);
    // With an estimate error, at least one rival's count somewhere differs from the truth.
    const truth = REGIONS.flatMap((r) =>
      CONTENDERS.filter((c) => c !== 'trotsky').map((c) => ctx.game.regions[r].secretaries[c] ?? 0),
    );
    const shown = model.regions.flatMap((r) =>
      CONTENDERS.filter((c) => c !== 'trotsky').map((c) => r.slots.filter((s) => s === c).length),
    );
    expect(shown).not.toEqual(truth);
    expect(model.seats.find((s) => s.isViewer)?.id).toBe('trotsky');
  });
});

describe('the chronicle', () => {
  it('keeps an AI reason hidden when the line it explains is secret', () => {
    const ctx = startedGame();
    const game = structuredClone(ctx.game);
    const at = game.log.length;
    game.log.push({
      turn: game.turn,
      kind: 'action',
      text: 'Stalin offers Zinoviev a secret understanding.',
      actor: 'stalin',
      visibleTo: ['stalin', 'zinoviev'],
      outcome: {
        what: 'action',
        action: 'offer_alliance',
        contenders: ['stalin', 'zinoviev'],
        succeeded: true,
      },
    });
    const notes = [
      {
        logIndex: at,
        turn: game.turn,
        contender: 'stalin' as const,
        text: 'wants Zinoviev against Trotsky',
      },
    ];
    const forTrotsky = chronicleLines(game, notes, 'trotsky');
    expect(forTrotsky.some((l) => l.text.includes('secret understanding'))).toBe(false);
    expect(forTrotsky.some((l) => l.kind === 'note')).toBe(false);
    const forZinoviev = chronicleLines(game, notes, 'zinoviev');
    expect(forZinoviev.filter((l) => l.kind === 'note')).toHaveLength(1);
  });
});
