// "Ask the adviser" in the move panel: off until the player asks. The question goes to a Web
// Worker with the player's own view only (src/ui/adviser/); while the planner plays its futures
// out the box says it is thinking, then shows the three moves it would consider, each with its
// reason and the odds it found. The advice belongs to one position: any move clears it.
// Once the player has asked, the advice for each of his later positions is worked out as soon
// as the position comes up, while he looks at the board, and shown only when he asks: the same
// advice (its seed is the position's), without the wait. Before that, it is started when he
// points at the button or tabs to it.
import type { Advice } from '../../ai/advice.ts';
import type { ContenderId } from '../../sim/ids.ts';
import type { GameState } from '../../sim/types.ts';
import { Adviser } from '../adviser/adviser.ts';
import { h, replaceChildren } from '../dom.ts';

type BoxState =
  | { kind: 'idle' }
  | { kind: 'thinking' }
  | { kind: 'shown'; advice: Advice }
  | { kind: 'failed'; message: string };

type Answer = Awaited<ReturnType<Adviser['ask']>>;

export class AdviceBox {
  readonly root = h('section', { class: 'advice-box', 'aria-label': 'The adviser' });
  private adviser = new Adviser();
  private state: BoxState = { kind: 'idle' };
  /** The position the box speaks about (seed, decisions so far, seat). */
  private position = '';
  /** The player has asked once: from then on each position's advice is worked out early. */
  private inUse = false;
  /** The last advice sent to the workers (early or asked), and for which position. */
  private early: { position: string; answer: Promise<Answer> } | null = null;
  /** An early job is in the workers: the next waits for it, so they never pile up. */
  private earlyRunning = false;
  /** The position the box shows, for an early start once the workers are free. */
  private shown: { game: GameState; seat: ContenderId; position: string } | null = null;

  /** `asked` is told each time the player asks (the report counts them). */
  constructor(private asked: () => void) {}

  /** Draw the box for this position; advice for an older position is dropped. */
  render(game: GameState, decisions: number, seat: ContenderId): HTMLElement {
    const position = `${game.seed}|${decisions}|${seat}`;
    if (position !== this.position) {
      this.position = position;
      this.state = { kind: 'idle' };
      delete this.root.dataset.adviceReady;
      this.shown = { game, seat, position };
      if (this.inUse) this.workOutEarly();
    }
    this.draw(game, seat);
    this.adviser.warm();
    return this.root;
  }

  /**
   * Start on the shown position's advice before the player asks. One early job at a time: a
   * player who makes several moves quickly does not pile up jobs for positions he has left (a
   * `hard` rival's plan asked for meanwhile waits behind them); when the job ends, the box
   * starts on the position it then shows, if it is still on the page. An answer for a position
   * the player has left is dropped unseen.
   */
  private workOutEarly(): void {
    const shown = this.shown;
    if (!shown || this.earlyRunning || this.early?.position === shown.position) return;
    this.earlyRunning = true;
    const answer = this.adviser.ask(shown.game, shown.seat, shown.position);
    this.early = { position: shown.position, answer };
    // A failure is shown only if the player asks (ask() reads the same promise).
    const ended = () => {
      this.earlyRunning = false;
      // Said on the page for tests and the benchmark: this position's advice is ready.
      if (this.position === shown.position) this.root.dataset.adviceReady = '1';
      else if (this.root.isConnected) this.workOutEarly();
    };
    answer.then(ended, ended);
  }

  private draw(game: GameState, seat: ContenderId): void {
    const s = this.state;
    switch (s.kind) {
      case 'idle':
        replaceChildren(
          this.root,
          h(
            'button',
            {
              type: 'button',
              class: 'ask-adviser',
              onclick: () => this.ask(game, seat),
              // A player who points at the button (or tabs to it) is about to ask: the
              // advice is started then, so even the first question waits less.
              onpointerenter: () => this.workOutEarly(),
              onfocus: () => this.workOutEarly(),
            },
            'Ask the adviser',
          ),
          h(
            'p',
            { class: 'hint' },
            'The adviser tries your best moves in a few imagined futures, from what you know.',
          ),
        );
        return;
      case 'thinking':
        replaceChildren(
          this.root,
          h(
            'p',
            { class: 'advice-thinking', role: 'status', 'aria-live': 'polite' },
            'The adviser is thinking',
          ),
        );
        this.root.setAttribute('aria-busy', 'true');
        return;
      case 'failed':
        this.root.removeAttribute('aria-busy');
        replaceChildren(
          this.root,
          h('p', { role: 'status' }, `The adviser could not answer: ${s.message}`),
        );
        return;
      case 'shown':
        this.root.removeAttribute('aria-busy');
        replaceChildren(this.root, ...adviceNodes(s.advice));
    }
  }

  private ask(game: GameState, seat: ContenderId): void {
    const position = this.position;
    const askedAt = performance.now();
    this.asked();
    this.inUse = true;
    this.state = { kind: 'thinking' };
    this.draw(game, seat);
    // The same position always gets the same advice: the seed is the position's. Worked out
    // early, it is the same job's answer.
    const early = this.early?.position === position ? this.early.answer : null;
    const answer = early ?? this.adviser.ask(game, seat, position);
    // Asked, it is this position's job: no early one is started for it as well.
    this.early = { position, answer };
    answer.then(
      ({ advice, workerMs }) => {
        // For the benchmark (scripts/planner-speed.ts): the wait from the question to the
        // advice, whether it was worked out early, and the longest a worker took over its
        // futures.
        this.root.dataset.ms = String(Math.round(performance.now() - askedAt));
        this.root.dataset.early = early ? '1' : '0';
        this.root.dataset.workerMs = String(workerMs);
        this.settle(position, { kind: 'shown', advice }, game, seat);
      },
      (err: unknown) =>
        this.settle(
          position,
          { kind: 'failed', message: err instanceof Error ? err.message : String(err) },
          game,
          seat,
        ),
    );
  }

  private settle(position: string, state: BoxState, game: GameState, seat: ContenderId): void {
    if (position !== this.position) return; // the game moved on meanwhile
    this.state = state;
    this.draw(game, seat);
    (this.root.querySelector('h3') as HTMLElement | null)?.focus();
  }
}

function adviceNodes(advice: Advice): Node[] {
  const list = h('ol', { class: 'advice-moves' });
  for (const m of advice.moves) {
    list.append(
      h(
        'li',
        null,
        h('strong', null, m.title),
        h('p', null, m.why),
        h('p', { class: 'advice-odds' }, m.odds),
      ),
    );
  }
  return [
    h(
      'h3',
      { tabindex: -1 },
      `The adviser would consider ${advice.moves.length === 1 ? 'this move' : `these ${advice.moves.length} moves`}`,
    ),
    list,
    h(
      'p',
      { class: 'hint' },
      'Best first. The futures are guesses: the adviser knows only what you know, and luck still decides much.',
    ),
  ];
}
