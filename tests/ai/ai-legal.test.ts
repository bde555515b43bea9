// The AI never takes an illegal action: AI games under every policy are replayed through
// legalActions, which rejects any action the rules do not list.
import { describe, expect, it } from 'vitest';
import { POLICIES } from '../../src/ai/policy.ts';
import { runGame, toReplay } from '../../src/lab/run-game.ts';
import { CONTENDERS } from '../../src/sim/ids.ts';
import { runReplay } from '../../src/machine/replay.ts';
import { scenario } from '../helpers.ts';

describe('AI legality', () => {
  for (const policy of POLICIES) {
    it(`${policy}: every action of 4 games replays as legal`, () => {
      for (let i = 0; i < 4; i++) {
        const seat = CONTENDERS[i % CONTENDERS.length];
        const run = runGame({
          scenario: scenario(),
          seed: `legal-${policy}-${i}`,
          options: { difficulty: 'historical', whatifs: [], faction: seat },
          policies: { [seat]: policy },
        });
        const replay = runReplay(scenario(), toReplay(run.state, run.actions));
        expect(replay.ok, replay.ok ? '' : `${replay.what} at ${replay.index}`).toBe(true);
      }
    });
  }
});
