// Between the player's decisions the move panel shows the result of the move he sent, then, in
// the next quarter, the news since he ended his turn; the board animates each vote once
// (src/ui/session/turn-feedback.ts).
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../../src/machine/game-machine.ts';
import { legalActions } from '../../src/sim/flow.ts';
import { Session } from '../../src/ui/session/session.ts';
import { TurnFeedback } from '../../src/ui/session/turn-feedback.ts';
import { builtin } from '../content/play.ts';
import { toActions } from './session-steps.ts';

/** Steps to Trotsky's actions, telling `feedback` of each decision as the App would. */
function toActionsTelling(session: Session, feedback: TurnFeedback): void {
  toActions(session, 'trotsky', (before, event) => {
    feedback.send(before, event);
    feedback.settle(session.context, session.stage, 'trotsky');
  });
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
    toActionsTelling(session, feedback);
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
    toActions(session);
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
