// Dialogs at the right moment: the event to answer, the congress results and the quarter's
// summary, each opened once the board's animations have finished; the live announcements.
import { bus } from './bus.ts';
import { buildBoardModel, type BoardModel } from './board/model.ts';
import type { OpenDialog } from './panels/dialog.ts';
import { eventPrompt, openEventDialog } from './panels/event-dialog.ts';
import { openCongressDialog, openSummaryDialog } from './panels/summary-dialog.ts';
import type { Session, Stage } from './session/session.ts';
import { summarise } from './session/summary.ts';
import { quarterLabel } from '../sim/calendar.ts';

export interface PromptHost {
  session: () => Session | null;
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

  constructor(private host: PromptHost) {
    bus.on('board.busy', (busy) => {
      this.busy = busy;
      if (!busy) for (const fn of this.whenIdle.splice(0)) fn();
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
  }

  afterAnimations(fn: () => void): void {
    if (!this.busy) fn();
    else this.whenIdle.push(fn);
  }

  /** Open what the stage needs (once); true when a dialog takes the focus. */
  stageReached(stage: Stage): boolean {
    this.announce(stage);
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
    this.dialog = openEventDialog(session.context, session.human, (e) => session.send(e));
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
      this.dialog = openCongressDialog(session.context, session.human, go);
      return;
    }
    const model = this.host.model() ?? buildBoardModel(session.context, session.human);
    // At this pause the rules have already opened the next quarter: the summary is of the one before.
    const summary = summarise(this.turnStart, model, game, Math.max(0, game.turn - 1));
    this.dialog = openSummaryDialog(summary, quarterLabel(game.startQuarter + game.turn), go);
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
    this.host.live.textContent = words[stage];
  }
}
