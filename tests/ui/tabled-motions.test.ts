// While the player chooses his actions, the motions rivals have already tabled are listed, his
// own censure first: in play it came as a surprise at the ballot, after his points were spent.
import { describe, expect, it } from 'vitest';
import { legalActions } from '../../src/sim/flow.ts';
import { Session } from '../../src/ui/session/session.ts';
import { tabledMotions } from '../../src/ui/session/tabled.ts';
import { builtin } from '../content/play.ts';

describe('the motions on the table', () => {
  it('are listed at the player\u2019s actions, those aimed at him first', () => {
    const session = Session.start({
      scenario: builtin('1922-full'),
      seed: 'steel-hammer-970',
      faction: 'trotsky',
      difficulty: 'historical',
      whatifs: [],
    });
    const found: string[] = [];
    for (let i = 0; i < 400 && found.length === 0 && session.stage !== 'gameOver'; i++) {
      const stage = session.stage;
      if (stage === 'congress' || stage === 'resolution') {
        session.send({ type: 'ui.continue' });
        continue;
      }
      const game = session.context.game;
      const legal = legalActions(game, 'trotsky');
      const answer = legal.find((a) => a.type === 'answer');
      const ballot = legal.find((a) => a.type === 'ballot');
      if (answer?.type === 'answer') {
        session.send({ type: 'player.answerEvent', event: answer.event, choice: answer.choice });
      } else if (ballot?.type === 'ballot') {
        session.send({ type: 'player.vote', motion: ballot.motion, choice: 'no' });
      } else if (stage === 'actions') {
        const tabled = tabledMotions(game, 'trotsky');
        const mine = game.motions.filter((m) => m.proposer !== 'trotsky');
        expect(tabled.length).toBe(mine.length);
        const against = tabled.filter((t) => t.againstYou);
        if (against.length > 0) {
          // Aimed at him first, then the rest.
          expect(tabled.slice(0, against.length)).toEqual(against);
          found.push(...against.map((t) => t.text));
        }
        session.send({ type: 'player.endTurn' });
      }
    }
    expect(found[0]).toMatch(/^Censure Trotsky for factionalism, tabled by \w+$/);
  });
});
