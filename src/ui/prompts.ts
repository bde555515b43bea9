// Dialogs at the right moment: the event to answer, the congress results and the quarter's
// summary, each opened once the board's animations have finished; the live announcements.
import { bus } from './bus.ts';
import type { GameEvent } from '../machine/game-machine.ts';
import { buildBoardModel, type BoardModel } from './board/model.ts';
import type { OpenDialog } from './panels/dialog.ts';
import { momentWords, openMomentDialog, resultCard } from './panels/feedback-cards.ts';
import type { Moment } from './session/moments.ts';
import type { MoveResult } from './session/results.ts';
import { eventPrompt, openEventDialog } from './panels/event-dialog.ts';
import { openCongressDialog, openSummaryDialog } from './panels/summary-dialog.ts';
import type { Session, Stage } from './session/session.ts';
import { summarise } from './session/summary.ts';
import { quarterLabel } from '../sim/calendar.ts';

export interface PromptHost {
  session: () => Session | null;
  /** Send the player's decision through the app, so its result can be shown. */
  send: (e: GameEvent) => void;
  model: () => BoardModel | null;
  live: HTMLElement;
}

export class Prompts {
  private shownEvent: string | null = null;
  private shownPause: string | null = null;
  private dialog: OpenDialog | null = null;
  private busy = false;
  private whenIdle: (() => void)[] = [];
  /** The board when the current quarter began: the summary compares against it. */
  turnStart: BoardModel | null = null;
  /** The result of the player's last move, shown at the top of the next dialog too. */
  lastResult: MoveResult | null = null;
  private moments: Moment[] = [];
  /** Words announced before the stage's own (the last move's result). */
  sayFirst: string | null = null;
  private inMoment = false;
  /** Moments are waiting for the board's animations to finish. */
  private momentsDue = false;
  /** A card to show before anything else (a class link's briefing), then the stage's own. */
  private firstCard: ((done: () => void) => OpenDialog) | null = null;

  constructor(private host: PromptHost) {
    bus.on('board.busy', (busy) => {
      this.busy = busy;
      if (!busy) {
        delete document.body.dataset.dialogDue;
        for (const fn of this.whenIdle.splice(0)) fn();
      }
    });
  }

  /** A new session (or a restored one) starts: forget what was shown. */
  reset(model: BoardModel): void {
    this.shownEvent = null;
    this.shownPause = null;
    this.turnStart = model;
    this.close();
  }

  close(): void {
    this.dialog?.close();
    this.dialog = null;
    this.whenIdle = [];
    delete document.body.dataset.dialogDue;
    this.firstCard = null;
    this.moments = [];
    this.inMoment = false;
    this.momentsDue = false;
  }

  /** Show this card first, before the stage's own dialogs (set after reset). */
  showFirst(open: (done: () => void) => OpenDialog): void {
    this.firstCard = open;
  }

  /** Falls waiting to be shown, each as its own moment before the next dialog. */
  queueMoments(moments: Moment[]): void {
    this.moments.push(...moments);
  }

  /** Show the queued moments (together, in one dialog), then go on with `then`. */
  private showMoments(then: () => void): void {
    this.momentsDue = false;
    // The player's own fall first, whichever refresh brought it.
    const due = this.moments.splice(0).sort((a, b) => Number(b.mine) - Number(a.mine));
    if (due.length === 0) {
      this.inMoment = false;
      then();
      return;
    }
    this.inMoment = true;
    this.host.live.textContent = momentWords(due);
    this.dialog?.close();
    this.dialog = openMomentDialog(due, () => {
      this.dialog = null;
      // Falls that came while this one was read get their own moment next.
      this.showMoments(then);
    });
  }

  afterAnimations(fn: () => void): void {
    if (!this.busy) fn();
    else {
      // Said on the page, so a test or a script waits for the dialog rather than click past it.
      document.body.dataset.dialogDue = '1';
      this.whenIdle.push(fn);
    }
  }

  /**
   * Open what the stage needs (once); true when a dialog takes the focus. Falls come first, each
   * as its own moment; `idle` runs when no dialog follows them (the focus goes back to the panel).
   */
  stageReached(stage: Stage, idle: () => void = () => {}): boolean {
    if (this.firstCard) {
      const open = this.firstCard;
      this.firstCard = null;
      this.inMoment = true;
      this.afterAnimations(() => {
        this.dialog = open(() => {
          this.dialog = null;
          this.inMoment = false;
          const now = this.host.session()?.stage;
          if (!now || !this.stageReached(now, idle)) idle();
        });
      });
      return true;
    }
    // A rival still thinks (the game's start at `hard`): the player has nothing to do yet, so
    // nothing is announced or opened; the app calls again when the rival's move is in.
    if (this.host.session()?.thinking) return true;
    this.announce(stage);
    if (this.inMoment || this.momentsDue) return true;
    if (this.moments.length > 0) {
      // The stage may move on while a moment is read: open what the stage is *then*.
      this.momentsDue = true;
      const show = () =>
        this.showMoments(() => {
          const now = this.host.session()?.stage;
          if (!now || !this.openFor(now)) idle();
        });
      // Where the player can move at once (his actions, a ballot), the fall must come before his
      // first move, not when the board has finished counting: the board jumps to its end
      // picture, so the fall is on it, and the card opens now.
      if (stage === 'actions' || stage === 'votes') {
        if (this.busy) bus.emit('board.skip', null);
        show();
      } else this.afterAnimations(show);
      return true;
    }
    return this.openFor(stage);
  }

  private openFor(stage: Stage): boolean {
    if (stage === 'events') {
      this.afterAnimations(() => this.openEvent(false));
      return true;
    }
    if (stage === 'congress' || stage === 'resolution') {
      this.afterAnimations(() => this.openPause(false));
      return true;
    }
    return false;
  }

  openEvent(force: boolean): void {
    const session = this.host.session();
    if (!session || session.stage !== 'events') return;
    const prompt = eventPrompt(session.context, session.human);
    if (!prompt || (!force && this.shownEvent === prompt.key)) return;
    this.shownEvent = prompt.key;
    this.dialog?.close();
    this.dialog = openEventDialog(
      session.context,
      session.human,
      (e) => this.host.send(e),
      this.lead(),
    );
  }

  openPause(force: boolean): void {
    const session = this.host.session();
    if (!session) return;
    const stage = session.stage;
    if (stage !== 'congress' && stage !== 'resolution') return;
    const game = session.context.game;
    const key = `${stage}:${game.turn}:${game.log.length}`;
    if (!force && this.shownPause === key) return;
    this.shownPause = key;
    this.dialog?.close();
    const go = () => {
      this.dialog = null;
      if (stage === 'resolution') this.turnStart = buildBoardModel(session.context, session.human);
      session.send({ type: 'ui.continue' });
    };
    if (stage === 'congress') {
      this.dialog = openCongressDialog(session.context, session.human, go, this.lead());
      return;
    }
    const model = this.host.model() ?? buildBoardModel(session.context, session.human);
    // At this pause the quarter has ended; the next opens when the player continues.
    const summary = summarise(this.turnStart, model, game, game.turn);
    this.dialog = openSummaryDialog(
      summary,
      quarterLabel(game.startQuarter + game.turn + 1),
      go,
      this.lead(),
    );
  }

  /** The last move's result, small, at the top of a dialog that follows it at once. */
  private lead(): HTMLElement | null {
    const r = this.lastResult;
    this.lastResult = null;
    return r ? resultCard(r, true) : null;
  }

  announce(stage: Stage): void {
    const m = this.host.model();
    if (!m) return;
    const me = m.seats.find((s) => s.isViewer);
    const words: Record<Stage, string> = {
      actions: `${m.dateLabel}. Your actions: ${me?.actionPoints ?? 0} action points.`,
      votes: 'A vote: cast your ballot.',
      events: 'An event needs your answer.',
      congress: 'The congress has met.',
      resolution: 'The quarter is over.',
      gameOver: 'The game is over.',
    };
    const said = this.sayFirst;
    this.sayFirst = null;
    this.host.live.textContent = said ? `${said} ${words[stage]}` : words[stage];
  }
}
