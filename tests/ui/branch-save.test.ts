// A game taken over from a replay (the viewer's "Play on from here"), in Node: it plays on as the
// chosen seat, its replay records the branch and checks, and a save keeps the branch point.
import { describe, expect, it } from 'vitest';
import { parseSave } from '../../src/io/save.ts';
import { runGame, toReplay } from '../../src/lab/run-game.ts';
import { checkReplay, replayId } from '../../src/machine/replay.ts';
import { Session } from '../../src/ui/session/session.ts';
import { legalActions, nextDecision } from '../../src/sim/flow.ts';
import { scenario } from '../helpers.ts';

describe('taking over a replay', () => {
  const sc = scenario('1928-grain-crisis');
  const run = runGame({
    scenario: sc,
    seed: 'branch',
    options: { difficulty: 'historical', whatifs: [], faction: 'bukharin' },
  });
  const parent = toReplay(run.state, run.actions);

  it('plays on as another seat from any step, and its replay checks in both parts', () => {
    // Step 7 is whoever's decision it is: the AIs move on to the new player's.
    const session = Session.fromReplay(sc, parent, 7, 'rykov');
    expect(session.human).toBe('rykov');
    expect(session.context.game.options.faction).toBe('rykov');
    const due = nextDecision(session.context.game);
    if (due) expect(due.contender).toBe('rykov');
    expect(session.branchOf).toMatchObject({ parent: replayId(parent), step: 7, seat: 'rykov' });
    const branch = toReplay(session.context.game, [...session.context.actions], {
      branchOf: session.branchOf ?? undefined,
    });
    expect(branch.actions.slice(0, 7)).toEqual(parent.actions.slice(0, 7));
    const check = checkReplay(sc, branch);
    expect(check.ok && !check.finished).toBe(true);
  });

  it('keeps its branch point through a save', () => {
    const session = Session.fromReplay(sc, parent, 30, 'stalin');
    const text = JSON.stringify(session.toSave());
    const save = parseSave('save.json', text);
    if (!save.ok) throw new Error(save.error.what);
    const restored = Session.fromSave(save.value);
    expect(restored.branchOf).toEqual(session.branchOf);
    // A damaged branch point is dropped, not trusted.
    const bad = JSON.parse(text);
    bad.snapshot.branchOf = { parent: 5 };
    const damaged = parseSave('save.json', JSON.stringify(bad));
    if (!damaged.ok) throw new Error(damaged.error.what);
    expect(Session.fromSave(damaged.value).branchOf).toBeNull();
  });
});

describe('"Download the replay so far"', () => {
  it("at a pause (a quarter's end) gives a replay heirs replay checks as unfinished", () => {
    const sc = scenario('1928-grain-crisis');
    const session = Session.start({
      scenario: sc,
      seed: 'so-far',
      faction: 'bukharin',
      difficulty: 'historical',
      whatifs: [],
    });
    for (let i = 0; i < 500 && session.stage !== 'resolution'; i++) {
      const game = session.context.game;
      if (session.stage === 'congress') session.send({ type: 'ui.continue' });
      else {
        const legal = legalActions(game, 'bukharin');
        session.send({
          type: 'player.act',
          action: legal.find((a) => a.type === 'end') ?? legal[0],
        });
      }
    }
    expect(session.stage).toBe('resolution');
    const replay = toReplay(session.context.game, [...session.context.actions]);
    const check = checkReplay(sc, replay);
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.finished).toBe(false);
  });
});
