// The AI never takes an illegal action: AI games under every policy are replayed through
// legalActions, which rejects any action the rules do not list.
import { describe, expect, it } from 'vitest';
import { POLICIES, type PolicyId } from '../../src/ai/policy.ts';
import { runGame, toReplay } from '../../src/lab/run-game.ts';
import { CONTENDERS } from '../../src/sim/ids.ts';
import { runReplay } from '../../src/machine/replay.ts';
import { scenario } from '../helpers.ts';

/** The planning policies take seconds a game: two games of the short 1928 scenario for them. */
const PLANNING: readonly PolicyId[] = ['planner', 'adviser', 'hard'];

describe('AI legality', () => {
  for (const policy of POLICIES) {
    const games = PLANNING.includes(policy) ? 2 : 4;
    const id = PLANNING.includes(policy) ? '1928-grain-crisis' : '1922-full';
    it(`${policy}: every action of ${games} games replays as legal`, () => {
      for (let i = 0; i < games; i++) {
        const seat = scenario(id).playable[i % scenario(id).playable.length] ?? CONTENDERS[i];
        const run = runGame({
          scenario: scenario(id),
          seed: `legal-${policy}-${i}`,
          options: { difficulty: 'historical', whatifs: [], faction: seat },
          policies: { [seat]: policy },
        });
        const replay = runReplay(scenario(id), toReplay(run.state, run.actions));
        expect(replay.ok, replay.ok ? '' : `${replay.what} at ${replay.index}`).toBe(true);
      }
    });
  }
});
