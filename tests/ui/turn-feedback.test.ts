// Between the player's decisions the move panel shows the result of the move he sent, then, in
// the next quarter, the news since he ended his turn; the board animates each vote once
// (src/ui/session/turn-feedback.ts).
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../../src/machine/game-machine.ts';
import { legalActions } from '../../src/sim/flow.ts';
import { Session } from '../../src/ui/session/session.ts';
import { TurnFeedback } from '../../src/ui/session/turn-feedback.ts';
import { builtin } from '../content/play.ts';

/**
 * Answer events (first choice), ballots (abstain) and pauses until Trotsky's actions are up,
 * telling `feedback` of each decision when given one.
 */
function toActions(session: Session, feedback: TurnFeedback | null): void {
  for (let i = 0; i < 200; i++) {
    const stage = session.stage;
    let event: GameEvent | null = null;
    if (stage === 'congress' || stage === 'resolution') event = { type: 'ui.continue' };
    else {
      const legal = legalActions(session.context.game, 'trotsky');
      const answer = legal.find((a) => a.type === 'answer');
      const ballot = legal.find((a) => a.type === 'ballot');
      if (stage === 'actions' && !answer && !ballot) return;
      if (answer?.type === 'answer')
        event = { type: 'player.answerEvent', event: answer.event, choice: answer.choice };
      else if (ballot?.type === 'ballot')
        event = { type: 'player.vote', motion: ballot.motion, choice: 'abstain' };
    }
    if (!event) throw new Error(`stuck in ${stage}`);
    feedback?.send(session.context, event);
    session.send(event);
    feedback?.settle(session.context, session.stage, 'trotsky');
  }
  throw new Error('Trotsky\u2019s actions never came');
}

describe('what the player is told between his decisions', () => {
  it('gives a move its result, keeps it for the quarter, then opens the next with the news', () => {
    const session = Session.start({
      scenario: builtin('1922-full'),
      seed: 'feedback',
      faction: 'trotsky',
      difficulty: 'historical',
      whatifs: [],
    });
    const feedback = new TurnFeedback();
    feedback.start(session.context);
    toActions(session, feedback);
    const quarter = session.context.game.turn;
    // A speech: its result is told, and it belongs to this quarter.
    const speech = legalActions(session.context.game, 'trotsky').find((a) => a.type === 'speak')!;
    const event: GameEvent = { type: 'player.act', action: speech };
    feedback.send(session.context, event);
    session.send(event);
    const told = feedback.settle(session.context, session.stage, 'trotsky');
    expect(told.sent).toBe(true);
    expect(told.result).not.toBeNull();
    expect(feedback.settle(session.context, session.stage, 'trotsky')).toMatchObject({
      sent: false,
      keepsResult: true,
    });
    // End the turn: the next quarter's news starts there, and the old result no longer holds.
    const end: GameEvent = { type: 'player.endTurn' };
    const endedAt = session.context.game.log.length;
    feedback.send(session.context, end);
    session.send(end);
    feedback.settle(session.context, session.stage, 'trotsky');
    // The rest of the quarter and the next one's events run without a move of his to tell.
    toActions(session, null);
    expect(session.context.game.turn).toBe(quarter + 1);
    expect(feedback.settle(session.context, session.stage, 'trotsky').keepsResult).toBe(false);
    const news = feedback.news(session.context, session.stage, 'trotsky');
    expect(news).not.toBeNull();
    expect(news!.items.length).toBeGreaterThan(0);
    expect(session.context.game.log.length).toBeGreaterThan(endedAt);
    // Each vote reaches the board once.
    const votes = feedback.newVotes(session.context);
    expect(votes.length).toBeGreaterThan(0);
    expect(feedback.newVotes(session.context)).toEqual([]);
  });
});
