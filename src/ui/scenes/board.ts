// The board: the Politburo table with the contenders, the regions, the Left–Right track, the
// grain gauge and the calendar. It draws BoardFrames from the bus and animates what changed.
import Phaser from 'phaser';
import { bus } from '../bus.ts';
import { loadSettings } from '../settings.ts';
import { Animator } from '../board/anim.ts';
import { CalendarView } from '../board/calendar.ts';
import { GrainView } from '../board/grain.ts';
import { BOARD_H, BOARD_W } from '../board/layout.ts';
import { listenForPicks } from '../board/picks.ts';
import type { BoardFrame, BoardModel } from '../board/model.ts';
import { PAPER, hexToInt } from '../board/palette.ts';
import { RegionsView } from '../board/regions.ts';
import { SeatsView } from '../board/seats.ts';
import { TableView } from '../board/table.ts';
import { TrackView } from '../board/track.ts';
import type { VoteRecord } from '../../sim/types.ts';
import { fitRoot } from './fit.ts';

export class BoardScene extends Phaser.Scene {
  private anim!: Animator;
  private seats!: SeatsView;
  private table!: TableView;
  private regions!: RegionsView | null;
  private track!: TrackView;
  private grain!: GrainView;
  private calendar!: CalendarView;
  private shown: BoardModel | null = null;
  private root!: Phaser.GameObjects.Container;

  constructor() {
    super('Board');
  }

  create(): void {
    this.shown = null;
    this.regions = null;
    this.cameras.main.setBackgroundColor(PAPER);
    this.anim = new Animator(this, loadSettings().animSpeed);
    this.root = this.add.container(0, 0);
    const bg = this.add.graphics();
    bg.fillStyle(hexToInt(PAPER), 1);
    bg.fillRect(-4, -4, BOARD_W + 8, BOARD_H + 8);
    this.root.add(bg);
    // Game objects created from here on are gathered into the root container for scaling.
    const before = new Set(this.children.list);
    this.table = new TableView(this);
    this.seats = new SeatsView(this);
    this.track = new TrackView(this);
    this.grain = new GrainView(this);
    this.calendar = new CalendarView(this);
    this.adopt(before);
    fitRoot(this, this.root, BOARD_W, BOARD_H, 'contain', 8);
    listenForPicks(this, this.root);
    const offs = [
      bus.on('board.frame', (frame) => this.show(frame)),
      bus.on('board.skip', () => this.anim.skip()),
      bus.on('settings', (s) => this.anim.setSpeed(s.animSpeed)),
    ];
    this.events.once('shutdown', () => offs.forEach((off) => off()));
    const last = bus.last('board.frame');
    if (last) this.show({ ...last, fresh: true, newVotes: [] });
    bus.emit('scene.ready', 'Board');
  }

  /** Move every top-level object created since `before` into the scaled root container. */
  private adopt(before: Set<Phaser.GameObjects.GameObject>): void {
    const fresh = this.children.list.filter((o) => !before.has(o) && o !== this.root);
    this.root.add(fresh);
  }

  private show(frame: BoardFrame): void {
    this.anim.skip();
    const prev = frame.fresh ? null : this.shown;
    if (!this.regions) {
      const before = new Set(this.children.list);
      this.regions = new RegionsView(this, frame.model.regions);
      this.adopt(before);
    }
    const draw = (model: BoardModel) => {
      this.seats.update(model, prev, this.anim);
      this.regions?.update(model, prev, this.anim);
      this.track.update(model, prev, this.anim);
      this.grain.update(model, prev, this.anim);
      this.calendar.update(model, prev, this.anim);
      const before = new Set(this.children.list);
      this.table.update(model);
      this.adopt(before);
    };
    this.shown = frame.model;
    if (!prev || frame.newVotes.length === 0) {
      this.table.hideTally();
      draw(frame.model);
      return;
    }
    // Ballots first (the votes explain the changes), then the board moves to its new state.
    this.playVotes(frame.newVotes.slice(-4), () => draw(frame.model));
  }

  private playVotes(votes: VoteRecord[], then: () => void): void {
    const [first, ...rest] = votes;
    if (!first) {
      then();
      return;
    }
    const before = new Set(this.children.list);
    this.table.animateVote(first, this.anim, () => {
      this.anim.later(500, () => this.playVotes(rest, then));
    });
    this.adopt(before);
  }
}
