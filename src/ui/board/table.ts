// The Politburo table: members' seats as tokens round its edge (full members on the rim,
// candidates inside), the alliance web between the contenders' cards, and the vote tally.
import type Phaser from 'phaser';
import { isContender } from '../../sim/ids.ts';
import type { VoteRecord } from '../../sim/types.ts';
import type { Animator } from './anim.ts';
import { TABLE } from './layout.ts';
import type { BoardModel, PolitburoMember } from './model.ts';
import { INK, PAPER, RED, hexToInt, textOn } from './palette.ts';
import { seatCentre } from './seats.ts';
import { label } from './text.ts';

export class TableView {
  private web: Phaser.GameObjects.Graphics;
  private tokens: Phaser.GameObjects.Container;
  private caption: Phaser.GameObjects.Text;
  private tally: Phaser.GameObjects.Container;
  private tallyTitle: Phaser.GameObjects.Text;
  private tallyCount: Phaser.GameObjects.Text;
  private tokenPos = new Map<string, { x: number; y: number }>();

  constructor(private scene: Phaser.Scene) {
    const s = scene;
    const g = s.add.graphics();
    g.fillStyle(0x000000, 0.2);
    g.fillEllipse(TABLE.cx + 5, TABLE.cy + 6, TABLE.rx * 2 + 34, TABLE.ry * 2 + 34);
    g.fillStyle(0x6b1712, 1);
    g.fillEllipse(TABLE.cx, TABLE.cy, TABLE.rx * 2 + 34, TABLE.ry * 2 + 34);
    g.fillStyle(0x2f5d3a, 1);
    g.fillEllipse(TABLE.cx, TABLE.cy, TABLE.rx * 2 + 14, TABLE.ry * 2 + 14);
    g.lineStyle(2, 0xd9b44a, 1);
    g.strokeEllipse(TABLE.cx, TABLE.cy, TABLE.rx * 2 + 14, TABLE.ry * 2 + 14);
    this.web = s.add.graphics();
    this.web.setDepth(-1);
    g.setDepth(-2);
    label(s, TABLE.cx, TABLE.cy - 20, 'POLITBURO', {
      size: 15,
      bold: true,
      colour: '#f4e9cf',
      originX: 0.5,
      originY: 0.5,
    });
    // Two short lines, so the tokens round the rim never cover them.
    this.caption = label(s, TABLE.cx, TABLE.cy + 12, '', {
      size: 14,
      align: 'center',
      colour: '#f4e9cf',
      originX: 0.5,
      originY: 0.5,
    });
    this.tokens = s.add.container(0, 0);
    this.tally = s.add.container(TABLE.cx, TABLE.cy - 6).setVisible(false);
    const box = s.add.graphics();
    box.fillStyle(hexToInt(PAPER), 0.97);
    box.fillRect(-120, -30, 240, 62);
    box.lineStyle(2, hexToInt(INK), 1);
    box.strokeRect(-120, -30, 240, 62);
    this.tallyTitle = label(s, 0, -27, '', { size: 14, originX: 0.5, wrap: 228, align: 'center' });
    this.tallyTitle.setLineSpacing(-3);
    this.tallyTitle.setMaxLines(2);
    this.tallyCount = label(s, 0, 8, '', { size: 15, bold: true, originX: 0.5 });
    this.tally.add([box, this.tallyTitle, this.tallyCount]);
  }

  update(model: BoardModel): void {
    const full = model.politburo.filter((m) => m.seat === 'full');
    const candidates = model.politburo.filter((m) => m.seat === 'candidate');
    this.caption.setText(
      `${full.length} members${candidates.length ? `\n${candidates.length} candidates` : ''}`,
    );
    this.tokens.removeAll(true);
    this.tokenPos.clear();
    // Full members round the near rim (centred at the bottom), candidates round the far rim
    // (centred at the top), all evenly spaced, so even a Politburo of 9 + 5 leaves each mark
    // clear of the others.
    const step = Math.min((Math.PI * 2) / Math.max(1, full.length + candidates.length), 0.7);
    this.placeRow(full, Math.PI / 2, step, true);
    this.placeRow(candidates, (Math.PI * 3) / 2, step, false);
    this.drawWeb(model);
  }

  private placeRow(members: PolitburoMember[], centre: number, step: number, full: boolean): void {
    const n = members.length;
    members.forEach((m, i) => {
      const t = centre + (i - (n - 1) / 2) * step;
      const x = TABLE.cx + Math.cos(t) * TABLE.rx;
      const y = TABLE.cy + Math.sin(t) * TABLE.ry;
      // Candidates are as big as members (their marks must be as legible), ringed in gold.
      const r = 13;
      const g = this.scene.add.graphics();
      g.fillStyle(hexToInt(m.colour), 1);
      g.fillCircle(x, y, r);
      g.lineStyle(full ? 2 : 1.5, full ? 0xf4e9cf : 0xd9b44a, 1);
      g.strokeCircle(x, y, r);
      const t2 = label(this.scene, x, y, m.mark, {
        size: 14,
        bold: true,
        colour: textOn(m.colour),
        originX: 0.5,
        originY: 0.5,
      });
      this.tokens.add([g, t2]);
      this.tokenPos.set(m.id, { x, y });
    });
  }

  private drawWeb(model: BoardModel): void {
    const g = this.web;
    g.clear();
    for (const a of model.alliances) {
      const p = seatCentre(a.a);
      const q = seatCentre(a.b);
      g.lineStyle(a.secret ? 3 : 5, a.secret ? 0x6d6457 : hexToInt(RED), a.secret ? 0.9 : 0.85);
      if (a.secret) dashed(g, p.x, p.y, q.x, q.y, 10, 7);
      else g.lineBetween(p.x, p.y, q.x, q.y);
    }
  }

  /** Show ballots travelling to the table, then the count. `done` runs when the count is shown. */
  animateVote(vote: VoteRecord, anim: Animator, done: () => void): void {
    this.tally.setVisible(true);
    this.tallyTitle.setText(shorten(vote.title, 60));
    this.tallyCount.setText('counting\u2026');
    this.tallyCount.setColor(INK);
    const s = this.scene;
    let yes = 0;
    let no = 0;
    const flying: Phaser.GameObjects.Arc[] = [];
    vote.ballots.forEach((b, i) => {
      const from = this.origin(b.voter);
      const colour = b.choice === 'yes' ? 0x2e7d32 : b.choice === 'no' ? hexToInt(RED) : 0x8c8577;
      const dot = s.add.circle(from.x, from.y, 7, colour).setStrokeStyle(2, 0xffffff);
      flying.push(dot);
      const slotX = TABLE.cx - 112 + (i % 16) * 15 + 7;
      anim.to(dot, { x: slotX, y: TABLE.cy + 40 + Math.floor(i / 16) * 15 }, 420, {
        delay: i * 90,
        onComplete: () => {
          if (b.choice === 'yes') yes += b.weight;
          if (b.choice === 'no') no += b.weight;
          this.tallyCount.setText(`Yes ${yes} \u2013 No ${no}`);
        },
      });
    });
    anim.later(vote.ballots.length * 90 + 520, () => {
      for (const d of flying) d.destroy();
      this.tallyCount.setText(`${vote.passed ? 'PASSED' : 'FAILED'}  ${vote.yes}\u2013${vote.no}`);
      this.tallyCount.setColor(vote.passed ? '#1d5e22' : RED);
      done();
    });
  }

  hideTally(): void {
    this.tally.setVisible(false);
  }

  private origin(voter: string): { x: number; y: number } {
    const token = this.tokenPos.get(voter);
    if (token) return token;
    if (isContender(voter)) return seatCentre(voter);
    return { x: TABLE.cx, y: TABLE.y + 6 };
  }
}

function dashed(
  g: Phaser.GameObjects.Graphics,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  dash: number,
  gap: number,
): void {
  const len = Math.hypot(x2 - x1, y2 - y1);
  const ux = (x2 - x1) / len;
  const uy = (y2 - y1) / len;
  for (let d = 0; d < len; d += dash + gap) {
    const e = Math.min(d + dash, len);
    g.lineBetween(x1 + ux * d, y1 + uy * d, x1 + ux * e, y1 + uy * e);
  }
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
