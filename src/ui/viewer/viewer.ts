// The replay viewer: a replay (a file, or the game just finished) on the same board, moved one
// decision, one phase or one quarter at a time, played at a chosen speed, or jumped to any
// quarter; following any contender (its view on the board, its beliefs beside the truth);
// and taken over at any step, as any contender still in the game, against the AIs.
import { CONTENDERS, type ContenderId } from '../../sim/ids.ts';
import { stateHash } from '../../sim/hash.ts';
import type { GameState } from '../../sim/types.ts';
import { bus } from '../bus.ts';
import { buildBoardModel } from '../board/model.ts';
import { download, h, replaceChildren } from '../dom.ts';
import type { ReplayFile } from '../../io/replay.ts';
import { checkpointsOf } from '../../machine/replay.ts';
import { ChroniclePanel } from '../panels/chronicle-panel.ts';
import { planInWorkers } from '../adviser/workers.ts';
import { Session } from '../session/session.ts';
import { moment, takeoverSection } from './moment.ts';
import {
  PHASE_WORDS,
  beliefs,
  calendar,
  contextAt,
  lastDecision,
  nameOf,
  withSecretsShown,
} from './side.ts';
import type { Timeline } from './timeline.ts';
import './viewer.css';

export interface ViewerHost {
  /** Back to where the viewer was opened from. */
  leave: () => void;
  /** Play on from a take-over. */
  play: (session: Session) => void;
  /** The board's box changed size. */
  refit: () => void;
}

/** Decisions per second when playing. */
const SPEEDS = [1, 3, 10, 30] as const;

export class Viewer {
  readonly bar: HTMLElement;
  readonly side: HTMLElement;
  private step = 0;
  private follow: ContenderId;
  private showSecrets = false;
  private chronicleKey = '';
  private timer: number | null = null;
  private speed: number = 3;
  private readonly chronicle: ChroniclePanel;
  private readonly offPick: () => void;
  private readonly els: {
    position: HTMLElement;
    slider: HTMLInputElement;
    play: HTMLButtonElement;
    now: HTMLElement;
    last: HTMLElement;
    beliefs: HTMLElement;
    calendar: HTMLElement;
    takeover: HTMLElement;
    tools: HTMLElement;
  };

  constructor(
    readonly timeline: Timeline,
    readonly title: string,
    follow: ContenderId | null,
    private readonly host: ViewerHost,
  ) {
    this.follow = follow ?? timeline.replay.options.faction ?? 'stalin';
    const t = timeline;
    const slider = h('input', {
      type: 'range',
      min: 0,
      max: t.last,
      value: 0,
      id: 'viewer-slider',
      'aria-label': 'Decision',
    });
    slider.addEventListener('input', () => this.go(Number(slider.value)));
    const btn = (label: string, text: string, fn: () => void) =>
      h('button', { type: 'button', 'aria-label': label, title: label, onclick: fn }, text);
    const play = btn('Play', '\u25b6 Play', () => this.togglePlay());
    const speed = h(
      'select',
      { id: 'viewer-speed', 'aria-label': 'Speed' },
      ...SPEEDS.map((s) =>
        h(
          'option',
          { value: s, selected: s === this.speed },
          s === 1 ? '1 decision a second' : `${s} decisions a second`,
        ),
      ),
    );
    speed.addEventListener('change', () => {
      this.speed = Number(speed.value);
      if (this.timer !== null) this.startTimer();
    });
    this.els = {
      position: h('span', { class: 'viewer-position', role: 'status' }),
      slider,
      play,
      now: h('section', { class: 'viewer-now' }),
      last: h('div'),
      beliefs: h('div'),
      calendar: h('div'),
      takeover: h('div'),
      tools: h('div'),
    };
    this.bar = h(
      'header',
      { id: 'viewer-bar', 'aria-label': 'Replay controls' },
      h('strong', { class: 'viewer-title', title }, title),
      h(
        'div',
        { class: 'viewer-buttons' },
        btn('One quarter back', '\u25c0 Quarter', () => this.go(t.quarterStep(this.step, -1))),
        btn('One phase back', '\u25c0 Phase', () => this.go(t.phaseStep(this.step, -1))),
        btn('One decision back', '\u25c0 Decision', () => this.go(this.step - 1)),
        btn('One decision forward', 'Decision \u25b6', () => this.go(this.step + 1)),
        btn('One phase forward', 'Phase \u25b6', () => this.go(t.phaseStep(this.step, 1))),
        btn('One quarter forward', 'Quarter \u25b6', () => this.go(t.quarterStep(this.step, 1))),
        play,
        speed,
      ),
      slider,
      this.els.position,
      btn('Leave the replay', 'Leave', () => this.host.leave()),
    );
    const followSelect = h(
      'select',
      { id: 'viewer-follow' },
      ...CONTENDERS.map((c) => h('option', { value: c, selected: c === this.follow }, nameOf(c))),
    );
    followSelect.addEventListener('change', () => {
      this.follow = followSelect.value as ContenderId;
      this.go(this.step);
    });
    const secrets = h('input', { type: 'checkbox', id: 'viewer-secrets' });
    secrets.addEventListener('change', () => {
      this.showSecrets = secrets.checked;
      this.go(this.step);
    });
    const chronicleRoot = h('div');
    this.chronicle = new ChroniclePanel(chronicleRoot);
    this.side = h(
      'aside',
      { id: 'viewer-side', 'aria-label': 'The replay at this moment', tabindex: -1 },
      this.els.now,
      h(
        'p',
        { class: 'viewer-follow' },
        h('label', { for: 'viewer-follow' }, 'Follow: '),
        followSelect,
        ' ',
        h('label', null, secrets, ' Show what he could not see'),
      ),
      h(
        'p',
        { class: 'hint' },
        'The board shows what the contender you follow knows (it marks him \u201cyou\u201d): his own network exactly, the others\u2019 as his estimates. Choose a portrait to follow him.',
      ),
      this.els.last,
      this.els.takeover,
      this.els.beliefs,
      this.els.calendar,
      this.els.tools,
      chronicleRoot,
    );
    this.offPick = bus.on('board.pick', (pick) => {
      if (pick.kind === 'contender') {
        this.follow = pick.id;
        followSelect.value = pick.id;
        this.go(this.step);
      } else if (pick.kind === 'area' && pick.id === 'calendar') {
        (this.els.calendar.querySelector('[aria-current]') as HTMLElement | null)?.focus();
      }
    });
  }

  /** The step shown now (for tests and the bench). */
  get at(): number {
    return this.step;
  }

  /** Show step `n` (clamped): the board, the bar and the side panel as they were then. */
  /**
   * Put the viewer's bar and panel on the page beside the board, at the first decision, the
   * keyboard on its panel. (The app shows the board's scene.)
   */
  mount(app: HTMLElement): void {
    app.append(this.bar, this.side);
    document
      .getElementById('stage')
      ?.setAttribute(
        'aria-label',
        'The board at this moment of the replay (the panel beside it says what happened)',
      );
    this.go(0);
    (this.side.querySelector('h2') as HTMLElement | null)?.focus();
  }

  go(n: number): void {
    const started = performance.now();
    const t = this.timeline;
    this.step = Math.max(0, Math.min(t.last, n));
    if (this.step === t.last) this.stopPlaying();
    const game = t.stateAt(this.step);
    const ctx = contextAt(game, t.notes);
    const model = buildBoardModel(ctx, this.follow);
    bus.emit('board.frame', { model, newVotes: [], fresh: true });
    this.els.slider.value = String(this.step);
    const info = t.steps[this.step];
    this.els.position.textContent = `Decision ${this.step} of ${t.last} \u00b7 ${model.dateLabel}, ${PHASE_WORDS[info.phase]}`;
    this.renderNow(game, info.who);
    replaceChildren(this.els.last, lastDecision(t, this.step, game, this.follow, this.showSecrets));
    replaceChildren(this.els.beliefs, beliefs(game, model));
    this.markQuarter(game.turn);
    this.renderTakeover(game);
    const shown = this.showSecrets ? withSecretsShown(game) : game;
    // The chronicle is redrawn only when it has new lines or another reader (it is the longest part).
    const chronicleKey = `${this.follow}:${this.showSecrets}`;
    this.chronicle.render({ ...ctx, game: shown }, this.follow, chronicleKey !== this.chronicleKey);
    this.chronicleKey = chronicleKey;
    if (!this.bar.dataset.step) this.host.refit(); // the bar above the board is now in place
    this.bar.dataset.step = String(this.step);
    this.bar.dataset.ms = (performance.now() - started).toFixed(1);
  }

  /** The calendar is drawn once; each step only moves its "now" mark. */
  private markQuarter(turn: number): void {
    if (!this.els.calendar.firstChild)
      replaceChildren(
        this.els.calendar,
        calendar(this.timeline.quarters(), turn, (s) => this.go(s)),
      );
    for (const b of this.els.calendar.querySelectorAll<HTMLElement>('button[data-turn]')) {
      if (b.dataset.turn === String(turn)) b.setAttribute('aria-current', 'true');
      else b.removeAttribute('aria-current');
    }
  }

  private renderNow(game: GameState, who: ContenderId | null): void {
    const t = this.timeline;
    const parts = moment(
      t,
      this.step,
      game,
      who,
      () => stateHash(t.stateAt(this.step)),
      () => this.saveReplay(),
    );
    replaceChildren(this.els.now, ...parts.head);
    replaceChildren(this.els.tools, parts.tools);
  }

  /** The replay as a file: its reasons (from the file or the finished game) and checkpoints. */
  private saveReplay(): void {
    const t = this.timeline;
    const replay: ReplayFile = { ...t.replay, checkpoints: checkpointsOf(t.scenario, t.replay) };
    if (t.notes) replay.notes = t.notes;
    const stem = `heirs-${t.replay.seed.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 24) || 'game'}`;
    download(`${stem}-replay.json`, JSON.stringify(replay));
  }

  private renderTakeover(game: GameState): void {
    replaceChildren(
      this.els.takeover,
      takeoverSection(game, this.follow, (seat) => this.takeOver(seat)),
    );
  }

  private takeOver(seat: ContenderId): void {
    this.stopPlaying();
    const t = this.timeline;
    const game = t.stateAt(this.step);
    const session = Session.fromReplay(
      t.scenario,
      t.replay,
      this.step,
      seat,
      { game, notes: t.notes ?? [] },
      planInWorkers,
    );
    this.host.play(session);
  }

  private togglePlay(): void {
    if (this.timer !== null) this.stopPlaying();
    else {
      if (this.step >= this.timeline.last) this.go(0);
      this.startTimer();
    }
  }

  private startTimer(): void {
    if (this.timer !== null) window.clearInterval(this.timer);
    this.timer = window.setInterval(() => this.go(this.step + 1), 1000 / this.speed);
    this.els.play.textContent = '\u23f8 Pause';
    this.els.play.setAttribute('aria-label', 'Pause');
    this.els.position.setAttribute('aria-live', 'off');
  }

  private stopPlaying(): void {
    if (this.timer !== null) window.clearInterval(this.timer);
    this.timer = null;
    this.els.play.textContent = '\u25b6 Play';
    this.els.play.setAttribute('aria-label', 'Play');
    this.els.position.removeAttribute('aria-live');
  }

  close(): void {
    this.stopPlaying();
    this.offPick();
    this.bar.remove();
    this.side.remove();
  }
}
