// The Left–Right track: the party line and each contender's position on the two great questions.
import type Phaser from 'phaser';
import { CONTENDERS, type ContenderId } from '../../sim/ids.ts';
import type { Animator } from './anim.ts';
import { TRACK_BOX } from './layout.ts';
import type { BoardModel } from './model.ts';
import { INK, MARK, MUTED, RED, colourOf, hexToInt, textOn } from './palette.ts';
import { heading, label } from './text.ts';

// The line runs the box's width; each lane's title and its two ends are written above it.
const X0 = TRACK_BOX.x + 22;
const X1 = TRACK_BOX.x + TRACK_BOX.w - 22;
/** A token's radius: room for a two-letter mark at the board's smallest text size. */
const TOKEN_R = 13;

interface Lane {
  axis: 'economy' | 'revolution';
  y: number;
  line: Phaser.GameObjects.Container;
  tokens: Map<ContenderId, Phaser.GameObjects.Container>;
}

function xOf(value: number): number {
  return X0 + ((Math.max(-100, Math.min(100, value)) + 100) / 200) * (X1 - X0);
}

export class TrackView {
  private lanes: Lane[];

  constructor(private scene: Phaser.Scene) {
    const b = TRACK_BOX;
    heading(scene, b.x, b.y, 'Left \u2013 Right: where everyone stands', b.w);
    // The heading's own legend: the red bar is the party line.
    scene.add.rectangle(b.x + b.w - 124, b.y + 9, 22, 7, hexToInt(RED)).setOrigin(0, 0.5);
    label(scene, b.x + b.w, b.y + 1, '= party line', {
      size: 14,
      colour: RED,
      bold: true,
      originX: 1,
    });
    this.lanes = [
      this.makeLane('economy', b.y + 74, 'The economy', 'industry, fast', 'keep the NEP'),
      this.makeLane(
        'revolution',
        b.y + 154,
        'The revolution',
        'world revolution',
        'socialism in one country',
      ),
    ];
  }

  private makeLane(
    axis: Lane['axis'],
    y: number,
    title: string,
    left: string,
    right: string,
  ): Lane {
    const s = this.scene;
    // Above the line: "◀ Left end", the lane's title in the middle, "Right end ▶".
    const top = y - 46;
    label(s, X0 - 18, top, `\u25c0 ${left}`, { size: 14, colour: MUTED });
    label(s, (X0 + X1) / 2, top, title, { size: 14, bold: true, originX: 0.5 });
    label(s, X1 + 18, top, `${right} \u25b6`, { size: 14, colour: MUTED, originX: 1 });
    label(s, X0 - 8, y, 'L', { size: 14, bold: true, colour: MUTED, originX: 1, originY: 0.5 });
    label(s, X1 + 8, y, 'R', { size: 14, bold: true, colour: MUTED, originY: 0.5 });
    const g = s.add.graphics();
    g.lineStyle(3, hexToInt(INK), 1);
    g.lineBetween(X0, y, X1, y);
    for (let v = -100; v <= 100; v += 50) {
      g.lineBetween(xOf(v), y - 5, xOf(v), y + 5);
    }
    const line = s.add.container(xOf(0), y);
    const bar = s.add.rectangle(0, 0, 30, 7, hexToInt(RED)).setOrigin(0.5, 0.5);
    line.add([bar]);
    const tokens = new Map<ContenderId, Phaser.GameObjects.Container>();
    for (const id of CONTENDERS) {
      const c = s.add.container(xOf(0), y - TOKEN_R - 3);
      const dot = s.add.graphics();
      dot.fillStyle(hexToInt(colourOf(id)), 1);
      dot.fillCircle(0, 0, TOKEN_R);
      dot.lineStyle(1.5, 0xffffff, 1);
      dot.strokeCircle(0, 0, TOKEN_R);
      c.add([
        dot,
        label(s, 0, 0, MARK[id], {
          size: 14,
          bold: true,
          colour: textOn(colourOf(id)),
          originX: 0.5,
          originY: 0.5,
        }),
      ]);
      tokens.set(id, c);
    }
    return { axis, y, line, tokens };
  }

  update(model: BoardModel, prev: BoardModel | null, anim: Animator): void {
    for (const lane of this.lanes) {
      anim.to(lane.line, { x: xOf(model.line[lane.axis]) }, 700, { instant: !prev });
      // Tokens that would overlap go up a level, then sideways, so every mark stays readable.
      const placed: { x: number; level: number }[] = [];
      const order = [...model.seats].sort((a, b) => a[lane.axis] - b[lane.axis]);
      for (const seat of order) {
        const token = lane.tokens.get(seat.id);
        if (!token) continue;
        const out = seat.status !== 'active' && seat.status !== 'removed';
        token.setVisible(!out);
        if (out) continue;
        let x = xOf(seat[lane.axis]);
        let level = 0;
        const gap = TOKEN_R * 2 + 1;
        const clash = (lv: number) => placed.some((p) => p.level === lv && Math.abs(p.x - x) < gap);
        if (clash(0)) level = 1;
        while (level === 1 && clash(1)) x += 6;
        placed.push({ x, level });
        const off = TOKEN_R + 3;
        anim.to(token, { x, y: level === 0 ? lane.y - off : lane.y + off }, 700, {
          instant: !prev,
        });
      }
    }
  }
}
