// The calendar strip: every quarter of the game, the congresses and conferences on their
// historical dates, the current quarter, and the next gathering in words.
import type Phaser from 'phaser';
import type { Animator } from './anim.ts';
import { CALENDAR_BOX } from './layout.ts';
import type { BoardModel } from './model.ts';
import { INK, RED, hexToInt } from './palette.ts';
import { label } from './text.ts';

export class CalendarView {
  private strip: Phaser.GameObjects.Graphics;
  private marks: Phaser.GameObjects.Container;
  private now: Phaser.GameObjects.Container;
  private nextText: Phaser.GameObjects.Text;
  private built = '';

  constructor(private scene: Phaser.Scene) {
    const b = CALENDAR_BOX;
    const g = scene.add.graphics();
    g.fillStyle(hexToInt(INK), 1);
    g.fillRect(b.x, b.y, b.w, b.h);
    label(scene, b.x + 8, b.y + 4, 'CALENDAR', { size: 14, bold: true, colour: '#f4e9cf' });
    this.nextText = label(scene, b.x + 104, b.y + 4, '', { size: 14, colour: '#f4e9cf' });
    const key = scene.add.graphics();
    const diamond = (x: number, y: number, r: number, colour: number) => {
      key.fillStyle(colour, 1);
      key.fillTriangle(x - r, y, x, y - r, x + r, y);
      key.fillTriangle(x - r, y, x, y + r, x + r, y);
    };
    diamond(b.x + b.w - 184, b.y + 13, 6, hexToInt(RED));
    label(scene, b.x + b.w - 174, b.y + 4, 'congress', { size: 14, colour: '#f4e9cf' });
    diamond(b.x + b.w - 98, b.y + 13, 5, 0xd9b44a);
    label(scene, b.x + b.w - 88, b.y + 4, 'conference', { size: 14, colour: '#f4e9cf' });
    this.strip = scene.add.graphics();
    this.marks = scene.add.container(0, 0);
    this.now = scene.add.container(0, b.y + 25);
    const n = scene.add.graphics();
    n.lineStyle(3, 0xffd54a, 1);
    n.strokeRect(-1, -2, 10, 22);
    this.now.add(n);
  }

  private cellW(model: BoardModel): number {
    return (CALENDAR_BOX.w - 16) / (model.endQuarter - model.startQuarter + 1);
  }

  private xOf(model: BoardModel, quarter: number): number {
    return CALENDAR_BOX.x + 8 + (quarter - model.startQuarter) * this.cellW(model);
  }

  private build(model: BoardModel): void {
    const key = `${model.startQuarter}-${model.endQuarter}`;
    if (key === this.built) return;
    this.built = key;
    const b = CALENDAR_BOX;
    const w = this.cellW(model);
    const g = this.strip;
    g.clear();
    this.marks.removeAll(true);
    for (let q = model.startQuarter; q <= model.endQuarter; q++) {
      const x = this.xOf(model, q);
      g.fillStyle(q % 4 === 0 ? 0x5a5246 : 0x3d372f, 1);
      g.fillRect(x + 1, b.y + 27, w - 2, 16);
      if (q % 4 === 0 || q === model.startQuarter) {
        this.marks.add(
          label(this.scene, x + 2, b.y + 45, String(Math.floor(q / 4)), {
            size: 14,
            colour: '#f4e9cf',
          }),
        );
      }
    }
    for (const gm of model.gatherings) {
      const x = this.xOf(model, gm.quarter) + w / 2;
      const d = this.scene.add.graphics();
      d.fillStyle(gm.kind === 'congress' ? hexToInt(RED) : 0xd9b44a, 1);
      const r = gm.kind === 'congress' ? 7 : 5;
      const cy = b.y + 35;
      d.beginPath();
      d.moveTo(x, cy - r);
      d.lineTo(x + r, cy);
      d.lineTo(x, cy + r);
      d.lineTo(x - r, cy);
      d.closePath();
      d.fillPath();
      d.lineStyle(1, 0xffffff, 1);
      d.strokePath();
      this.marks.add(d);
    }
  }

  update(model: BoardModel, prev: BoardModel | null, anim: Animator): void {
    this.build(model);
    const w = this.cellW(model);
    this.now.list.forEach((o) => {
      const g = o as Phaser.GameObjects.Graphics;
      g.clear();
      g.lineStyle(3, 0xffd54a, 1);
      g.strokeRect(-1, -1, w + 2, 20);
    });
    anim.to(this.now, { x: this.xOf(model, model.quarter) }, 600, { instant: !prev });
    const next = model.nextGathering;
    const inQ = next ? next.quarter - model.quarter : 0;
    const short = (label: string) => label.replace(/ \(.*\)$/, '');
    this.nextText.setText(
      next
        ? `Next: ${next.title}, ${short(next.label)}${inQ === 0 ? ' (this quarter!)' : inQ === 1 ? ' (next quarter)' : ` (in ${inQ} quarters)`}`
        : `Now: ${short(model.dateLabel)}  \u00b7  No more congresses before the end`,
    );
  }
}
