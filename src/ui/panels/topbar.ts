// The top bar: the date, the phase in words, the next congress, and the one-click tools.
import { quarterLabel } from '../../sim/calendar.ts';
import { h, replaceChildren } from '../dom.ts';
import type { BoardModel } from '../board/model.ts';
import type { Stage } from '../session/session.ts';

export interface TopbarHandlers {
  glossary: () => void;
  people: () => void;
  settings: () => void;
  menu: () => void;
  skip: () => void;
  togglePanel: () => boolean;
}

const PHASE: Record<Stage, string> = {
  events: 'Event',
  actions: 'Your actions',
  votes: 'Voting',
  congress: 'Congress',
  resolution: 'End of quarter',
  gameOver: 'Game over',
};

export class Topbar {
  private when = h('span', { class: 'when' });
  private phase = h('span', { class: 'phase' });
  private skipBtn: HTMLButtonElement;

  constructor(
    private root: HTMLElement,
    handlers: TopbarHandlers,
  ) {
    this.skipBtn = h(
      'button',
      { type: 'button', onclick: handlers.skip, hidden: true },
      'Skip animation',
    );
    replaceChildren(
      root,
      h('p', { class: 'brand' }, 'Heirs of Lenin'),
      this.when,
      this.phase,
      h('span', { class: 'spacer' }),
      this.skipBtn,
      this.panelBtn(handlers),
      h(
        'button',
        { type: 'button', onclick: handlers.glossary, 'aria-keyshortcuts': 'G' },
        'Glossary',
      ),
      h('button', { type: 'button', onclick: handlers.people, 'aria-keyshortcuts': 'P' }, 'People'),
      h('button', { type: 'button', onclick: handlers.settings }, 'Settings'),
      h('button', { type: 'button', onclick: handlers.menu }, 'Menu'),
    );
  }

  private panelBtn(handlers: TopbarHandlers): HTMLButtonElement {
    const btn = h(
      'button',
      {
        type: 'button',
        'aria-pressed': 'false',
        title: 'Hide the side panel to see the board bigger',
      },
      'Bigger board',
    );
    btn.addEventListener('click', () =>
      btn.setAttribute('aria-pressed', String(handlers.togglePanel())),
    );
    return btn;
  }

  update(model: BoardModel, stage: Stage): void {
    const total = model.endQuarter - model.startQuarter + 1;
    // The machine opens the next quarter only when the player continues from the summary.
    this.when.textContent = `${quarterLabel(model.quarter)} \u00b7 quarter ${model.turn + 1} of ${total}`;
    this.phase.textContent = PHASE[stage];
  }

  /** A `hard` rival is weighing his move: it is not the player's turn until he has made it. */
  rivalsMoving(): void {
    this.phase.textContent = 'Rivals moving';
  }

  /** The app showed the side panel again (a decision needs it). */
  panelShown(): void {
    this.root.querySelector('[aria-pressed]')?.setAttribute('aria-pressed', 'false');
  }

  setBusy(busy: boolean): void {
    this.skipBtn.hidden = !busy;
  }
}
