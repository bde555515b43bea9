import { describe, expect, it } from 'vitest';
import { createGame, stateHash } from '../../src/sim/index.ts';
import { runReplay } from '../../src/machine/replay.ts';
import seedrandom from 'seedrandom';
import { draw, initialRngState } from '../../src/sim/rng.ts';
import { runGame, toReplay } from '../../src/lab/run-game.ts';
import { OPTIONS, playRandom, scenario } from '../helpers.ts';

describe('the seeded stream', () => {
  it('steps exactly as seedrandom\u2019s alea does, state and all, over many draws', () => {
    const alea = (
      seedrandom as unknown as {
        alea: (s: string, o: { state: boolean }) => { (): number; state(): object };
      }
    ).alea;
    const reference = alea('pin', { state: true });
    const game = { rng: initialRngState('pin') } as Parameters<typeof draw>[0];
    for (let i = 0; i < 10_000; i++) expect(draw(game)).toBe(reference());
    expect(game.rng).toEqual(reference.state());
  });

  it('gives the same draws for the same seed, pinned', () => {
    const state = createGame(scenario(), '42', OPTIONS);
    state.rng = initialRngState('42');
    const draws = [draw(state), draw(state), draw(state)].map((x) => x.toFixed(6));
    // seedrandom's alea('42'): a fixed, published sequence.
    expect(draws).toEqual(['0.684863', '0.546324', '0.845593']);
  });

  it('keeps its whole state in the game state (JSON round trip continues the stream)', () => {
    const a = createGame(scenario(), 'stream', OPTIONS);
    const b = JSON.parse(JSON.stringify(a));
    expect([draw(a), draw(a)]).toEqual([draw(b), draw(b)]);
  });
});

describe('determinism', () => {
  it('same scenario, seed and actions give the same state hash', () => {
    const one = playRandom('det-1');
    const two = playRandom('det-1');
    expect(stateHash(one.state)).toBe(stateHash(two.state));
    expect(one.actions.length).toBe(two.actions.length);
  });

  it('different seeds give different histories', () => {
    const hashes = new Set(
      ['a', 'b', 'c', 'd'].map((s) =>
        stateHash(runGame({ scenario: scenario(), seed: s, options: OPTIONS }).state),
      ),
    );
    expect(hashes.size).toBe(4);
  });

  it('an AI game is reproduced by its replay, with no AI', () => {
    const run = runGame({
      scenario: scenario(),
      seed: 'replay-me',
      options: { ...OPTIONS, faction: 'trotsky' },
    });
    const replay = toReplay(run.state, run.actions);
    const again = runReplay(scenario(), JSON.parse(JSON.stringify(replay)));
    expect(again.ok).toBe(true);
    if (again.ok) expect(again.hash).toBe(replay.finalStateHash);
  });

  it('a game state survives JSON unchanged', () => {
    const { state } = playRandom('json');
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});

describe('what a contender may know', () => {
  it('a view hides the dice to come, secret dealings and others\u2019 exact networks', async () => {
    const { view } = await import('../../src/sim/view.ts');
    const { state } = playRandom('view');
    state.alliances.push({ id: 999, members: ['stalin', 'kamenev'], secret: true, since: 0 });
    const v = view(state, 'trotsky');
    expect(v.rng).not.toEqual(state.rng);
    expect(v.alliances.some((a) => a.id === 999)).toBe(false);
    expect(view(state, 'kamenev').alliances.some((a) => a.id === 999)).toBe(true);
    expect(v.log.every((l) => !l.visibleTo || l.visibleTo.includes('trotsky'))).toBe(true);
    // Own network exact; others' estimated within the stated error.
    for (const r of Object.keys(state.regions) as (keyof typeof state.regions)[]) {
      expect(v.regions[r].secretaries.trotsky ?? 0).toBe(state.regions[r].secretaries.trotsky ?? 0);
      const diff = Math.abs(
        (v.regions[r].secretaries.stalin ?? 0) - (state.regions[r].secretaries.stalin ?? 0),
      );
      expect(diff).toBeLessThanOrEqual(Math.ceil(v.estimateError));
    }
  });
});
