// The chronicle is typed: every line carries what happened as data, and the data agrees with
// the game (the votes on record, the actions taken, the falls), so code never reads the prose.
import { describe, expect, it } from 'vitest';
import { decisiveMoments } from '../../src/lab/run-game.ts';
import type { GameState } from '../../src/sim/types.ts';
import { allScenarios, playRandom } from '../helpers.ts';

describe('the typed chronicle', () => {
  for (const sc of allScenarios()) {
    it(`agrees with the game it records (${sc.id})`, () => {
      const { state, actions } = playRandom(`chronicle-${sc.id}`, sc);
      expect(state.log.every((l) => typeof l.outcome?.what === 'string')).toBe(true);
      const of = <W extends GameState['log'][number]['outcome']['what']>(what: W) =>
        state.log
          .map((l) => l.outcome)
          .filter((o): o is Extract<typeof o, { what: W }> => o.what === what);

      // One line per action taken, except ending a turn, with the actor first.
      const taken = actions.filter(
        (a) => a.type !== 'answer' && a.type !== 'ballot' && a.type !== 'end',
      );
      const lines = of('action');
      expect(lines.map((o) => `${o.action}:${o.contenders[0]}`)).toEqual(
        taken.map((a) => `${a.type}:${a.actor}`),
      );

      // Every motion's vote on record has its line, with the same result.
      const motionVotes = state.votes.filter(
        (v) => v.spec.kind !== 'condemn_platform' && v.spec.kind !== 'event_choice',
      );
      expect(of('vote').map((o) => `${o.vote}:${o.passed}`)).toEqual(
        motionVotes.map((v) => `${v.id}:${v.passed}`),
      );
      const verdicts = state.votes.filter((v) => v.spec.kind === 'condemn_platform');
      expect(of('platform_verdict').map((o) => `${o.vote}:${o.condemned}`)).toEqual(
        verdicts.map((v) => `${v.id}:${v.passed}`),
      );

      // Everyone who fell has a line saying so, in the quarter he fell.
      for (const f of state.fallen) {
        const line = state.log.find(
          (l) =>
            l.turn === f.turn &&
            (l.outcome.what === 'left_politburo' || l.outcome.what === 'status') &&
            l.outcome.contenders[0] === f.contender,
        );
        expect(line, `${f.contender} fell in turn ${f.turn}`).toBeDefined();
      }

      // The lab's decisive moments are read from the data: each fall is among them.
      const moments = decisiveMoments(state);
      expect(moments.length).toBeGreaterThanOrEqual(of('left_politburo').length);
    });
  }
});
