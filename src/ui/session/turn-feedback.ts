// What the player is told between his decisions: the result of the move he just sent, the news
// since he last ended his turn (the chronicle from there, and what became of his offers), and
// the votes the board has not shown yet. The App keeps one for the game on the screen.
import type { GameContext, GameEvent } from '../../machine/game-machine.ts';
import type { ContenderId } from '../../sim/ids.ts';
import type { AllianceOffer, VoteRecord } from '../../sim/types.ts';
import { newsSince, turnEnded, type News } from './news.ts';
import { moveResult, type MoveResult } from './results.ts';
import type { Stage } from './session.ts';

/** What `settle` found: the result of the move just sent, if one was. */
export interface Settled {
  /** Was a move of the player's sent since the last settle? */
  sent: boolean;
  /** What that move did (null when it did nothing worth a card, or none was sent). */
  result: MoveResult | null;
  /** With nothing sent: does the result on show still belong to this quarter? */
  keepsResult: boolean;
}

function lastVote(ctx: GameContext, from: number): number {
  return ctx.game.votes.reduce((m, v) => Math.max(m, v.id), from);
}

export class TurnFeedback {
  /** The player's move being sent: the context before it, to tell what it did. */
  private sending: { before: GameContext; event: GameEvent } | null = null;
  /** The news card shows the chronicle from here: the player's last "end turn". */
  private newsFrom = 0;
  /** The quarter of the last result: a result belongs to its quarter. */
  private resultTurn = -1;
  /** The player's offers of an understanding when his turn ended: the news says what became of them. */
  private offersSent: AllianceOffer[] = [];
  /** The newest vote the board has shown. */
  private lastVoteId = -1;

  /** A game comes on the screen, new or restored: its news starts with its quarter. */
  start(ctx: GameContext): void {
    this.sending = null;
    this.offersSent = [];
    this.lastVoteId = lastVote(ctx, -1);
    const firstOfTurn = ctx.game.log.findIndex((l) => l.turn === ctx.game.turn);
    this.newsFrom = firstOfTurn < 0 ? ctx.game.log.length : firstOfTurn;
  }

  /** The player sends a decision: remember the state before it. */
  send(before: GameContext, event: GameEvent): void {
    this.sending = { before, event };
  }

  /** The session has moved on to `ctx` (at `stage`): what did the player's move, if any, do? */
  settle(ctx: GameContext, stage: Stage, human: ContenderId): Settled {
    const sent = this.sending;
    this.sending = null;
    if (!sent) return { sent: false, result: null, keepsResult: this.resultTurn === ctx.game.turn };
    this.resultTurn = ctx.game.turn;
    // Spending the last action point ends the turn as surely as "End your turn" does: the
    // next quarter's news must start here too, or it repeats everything since the start.
    if (turnEnded(sent.event, stage)) {
      this.newsFrom = sent.before.game.log.length;
      this.offersSent = sent.before.game.offers.filter((o) => o.from === human);
    }
    return {
      sent: true,
      result: moveResult(sent.before, ctx, sent.event, human),
      keepsResult: true,
    };
  }

  /** The news since the player's last turn, while he has actions to take. */
  news(ctx: GameContext, stage: Stage, human: ContenderId): News | null {
    return stage === 'actions' ? newsSince(ctx.game, this.newsFrom, human, this.offersSent) : null;
  }

  /** The votes since the board last showed one (each is returned once). */
  newVotes(ctx: GameContext): VoteRecord[] {
    const fresh = ctx.game.votes.filter((v) => v.id > this.lastVoteId);
    this.lastVoteId = lastVote(ctx, this.lastVoteId);
    return fresh;
  }
}
