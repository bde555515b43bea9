// The contenders' cards around the Politburo table: portrait, name, standing, posts, health,
// prestige, and heat with the line where removal becomes possible. The player's own card is
// marked "YOU"; fallen contenders are stamped.
import type Phaser from 'phaser';
import { portraitKey } from '../assets.ts';
import { CONTENDERS, type ContenderId } from '../../sim/ids.ts';
import type { Animator } from './anim.ts';
import { CARD, SEAT_POS } from './layout.ts';
import type { BoardModel, SeatModel } from './model.ts';
import { INK, MUTED, PAPER, RED, hexToInt } from './palette.ts';
import { label } from './text.ts';
import { lineWaits, removalLineOf } from './heat.ts';

const BAR_W = 64;
const HEAT_W = CARD.w - 20;
/** The portrait's size on the card (it grows a little when prestige moves). */
const FACE = 44;

/** Where a contender's card sits (for ballots and alliance lines). */
export function seatCentre(id: ContenderId): { x: number; y: number } {
  return SEAT_POS[CONTENDERS.indexOf(id)];
}

interface Card {
  root: Phaser.GameObjects.Container;
  frame: Phaser.GameObjects.Graphics;
  portrait: Phaser.GameObjects.Image;
  name: Phaser.GameObjects.Text;
  standing: Phaser.GameObjects.Text;
  posts: Phaser.GameObjects.Text;
  health: Phaser.GameObjects.Rectangle;
  healthText: Phaser.GameObjects.Text;
  prestige: Phaser.GameObjects.Rectangle;
  prestigeText: Phaser.GameObjects.Text;
  heat: Phaser.GameObjects.Rectangle;
  heatText: Phaser.GameObjects.Text;
  heatLine: Phaser.GameObjects.Text;
  heatMark: Phaser.GameObjects.Graphics;
  stamp: Phaser.GameObjects.Container;
  stampText: Phaser.GameObjects.Text;
  you: Phaser.GameObjects.Container;
}

export class SeatsView {
  private cards = new Map<ContenderId, Card>();

  constructor(private scene: Phaser.Scene) {
    CONTENDERS.forEach((id, i) =>
      this.cards.set(id, this.makeCard(id, SEAT_POS[i].x, SEAT_POS[i].y)),
    );
  }

  private makeCard(id: ContenderId, cx: number, cy: number): Card {
    const s = this.scene;
    const root = s.add.container(cx - CARD.w / 2, cy - CARD.h / 2);
    const frame = s.add.graphics();
    const portrait = s.add.image(32, 28, portraitKey(id)).setDisplaySize(FACE, FACE);
    const name = label(s, 60, 4, '', { size: 16, bold: true });
    const standing = label(s, 60, 26, '', { size: 14, colour: MUTED });
    const posts = label(s, 10, 52, '', { size: 14, wrap: CARD.w - 16 });
    posts.setLineSpacing(-3).setMaxLines(2);
    const barY = 88;
    const bars = s.add.graphics();
    bars.fillStyle(0x000000, 0.12);
    bars.fillRect(10, barY + 16, BAR_W, 5);
    bars.fillRect(88, barY + 16, BAR_W, 5);
    const healthText = label(s, 10, barY - 2, '', { size: 14 });
    const prestigeText = label(s, 88, barY - 2, '', { size: 14 });
    const health = s.add.rectangle(10, barY + 16, BAR_W, 5, 0x2e7d32).setOrigin(0, 0);
    const prestige = s.add.rectangle(88, barY + 16, BAR_W, 5, 0xc79a1b).setOrigin(0, 0);
    // Heat, with the line where the rules can cut him down marked on the bar: the number on
    // the left, the line on the right, so both fit the card at a projector's size.
    const heatY = barY + 23;
    bars.fillRect(10, heatY + 17, HEAT_W, 5);
    const heatText = label(s, 10, heatY, '', { size: 14 });
    const heatLine = label(s, 10 + HEAT_W, heatY, '', { size: 14, originX: 1 });
    const heat = s.add.rectangle(10, heatY + 17, HEAT_W, 5, hexToInt(RED)).setOrigin(0, 0);
    const heatMark = s.add.graphics();
    const stamp = s.add
      .container(CARD.w / 2, CARD.h / 2 - 4)
      .setAngle(-12)
      .setVisible(false);
    const stampBox = s.add.graphics();
    stampBox.lineStyle(3, hexToInt(RED), 1);
    stampBox.fillStyle(hexToInt(PAPER), 0.88);
    stampBox.fillRect(-64, -14, 128, 28);
    stampBox.strokeRect(-64, -14, 128, 28);
    const stampText = label(s, 0, 0, '', {
      size: 15,
      bold: true,
      colour: RED,
      originX: 0.5,
      originY: 0.5,
    });
    stamp.add([stampBox, stampText]);
    const you = s.add.container(CARD.w - 8, -8).setVisible(false);
    const youBox = s.add.graphics();
    youBox.fillStyle(hexToInt(RED), 1);
    youBox.fillRoundedRect(-36, -2, 40, 20, 4);
    you.add([
      youBox,
      label(s, -16, 8, 'YOU', {
        size: 14,
        bold: true,
        colour: '#ffffff',
        originX: 0.5,
        originY: 0.5,
      }),
    ]);
    root.add([
      frame,
      portrait,
      name,
      standing,
      posts,
      bars,
      health,
      prestige,
      healthText,
      prestigeText,
      heat,
      heatText,
      heatLine,
      heatMark,
      stamp,
      you,
    ]);
    return {
      root,
      frame,
      portrait,
      name,
      standing,
      posts,
      health,
      healthText,
      prestige,
      prestigeText,
      heat,
      heatText,
      heatLine,
      heatMark,
      stamp,
      stampText,
      you,
    };
  }

  update(model: BoardModel, prev: BoardModel | null, anim: Animator): void {
    for (const seat of model.seats) {
      const card = this.cards.get(seat.id);
      if (!card) continue;
      const before = prev?.seats.find((p) => p.id === seat.id) ?? null;
      this.drawFrame(card, seat);
      card.name.setText(seat.name);
      card.standing.setText(standingText(seat, true));
      // The action points go when they do not fit (the side panel counts them too).
      if (card.standing.width > CARD.w - 64) card.standing.setText(standingText(seat, false));
      card.posts.setText(seat.posts.length > 0 ? seat.posts.join(' \u00b7 ') : 'No post');
      card.posts.setColor(seat.posts.length > 0 ? INK : MUTED);
      card.healthText.setText(`Health ${Math.round(seat.health)}`);
      card.prestigeText.setText(`Prestige ${Math.round(seat.prestige)}`);
      anim.to(card.health, { scaleX: Math.max(0.001, seat.health / 100) }, 600, {
        instant: !before,
      });
      anim.to(card.prestige, { scaleX: Math.max(0.001, seat.prestige / 100) }, 600, {
        instant: !before,
      });
      this.drawHeat(card, seat, before, anim);
      const fallen = seat.status !== 'active' && seat.status !== 'removed';
      const stampWord = fallen
        ? seat.status.toUpperCase()
        : seat.status === 'removed'
          ? 'REMOVED'
          : '';
      card.stamp.setVisible(stampWord !== '');
      card.stampText.setText(stampWord);
      card.portrait.setAlpha(fallen ? 0.45 : 1);
      card.you.setVisible(seat.isViewer);
      if (before && stampWord && before.status !== seat.status) {
        card.stamp.setScale(2.2);
        anim.to(card.stamp, { scaleX: 1, scaleY: 1 }, 450, { ease: 'backOut' });
      }
      if (before && Math.abs(before.prestige - seat.prestige) >= 1) this.pulse(card, anim);
    }
  }

  /** "Heat 28 · removal at 53": the number, the bar, and a tick where removal becomes possible. */
  private drawHeat(card: Card, seat: SeatModel, before: SeatModel | null, anim: Animator): void {
    const line = removalLineOf(seat);
    const heat = Math.round(seat.heat);
    const over = line !== null && heat >= line.at;
    // Not yet branded: the line is there, but no heat removes him until he is.
    const waits = lineWaits(seat, line);
    card.heatText.setText(`Heat ${heat}`);
    card.heatLine.setText(
      !line ? '' : waits ? `if branded: ${line.at}` : `${over ? 'OVER' : 'removal at'} ${line.at}`,
    );
    for (const t of [card.heatText, card.heatLine]) {
      t.setColor(over ? RED : INK);
      // Bold only for a real danger: a man past a line that does not yet bite is warned in red,
      // and "if branded: 50" in bold ran into the heat figure on the card.
      t.setFontStyle(over && !waits ? 'bold' : 'normal');
    }
    anim.to(card.heat, { scaleX: Math.max(0.001, seat.heat / 100) }, 600, { instant: !before });
    const g = card.heatMark;
    g.clear();
    if (!line) return;
    const x = 10 + (HEAT_W * Math.min(100, line.at)) / 100;
    const y = card.heat.y;
    g.fillStyle(hexToInt(INK), waits ? 0.45 : 1);
    g.fillRect(x - 1, y - 4, 3, 13);
  }

  private pulse(card: Card, anim: Animator): void {
    anim.to(card.portrait, { displayWidth: FACE + 8, displayHeight: FACE + 8 }, 220, {
      yoyo: true,
      onComplete: () => card.portrait.setDisplaySize(FACE, FACE),
    });
  }

  private drawFrame(card: Card, seat: SeatModel): void {
    const g = card.frame;
    g.clear();
    g.fillStyle(0x000000, 0.18);
    g.fillRect(4, 4, CARD.w, CARD.h);
    g.fillStyle(hexToInt(PAPER), 1);
    g.fillRect(0, 0, CARD.w, CARD.h);
    g.fillStyle(hexToInt(seat.colour), 1);
    g.fillRect(0, 0, 6, CARD.h);
    g.lineStyle(seat.isViewer ? 4 : 2, seat.isViewer ? hexToInt(RED) : hexToInt(INK), 1);
    g.strokeRect(0, 0, CARD.w, CARD.h);
  }
}

function standingText(seat: SeatModel, withPoints: boolean): string {
  const ap =
    withPoints && seat.actionPoints !== null && seat.actionPoints > 0 && seat.isViewer
      ? ` \u00b7 ${seat.actionPoints} AP`
      : '';
  if (seat.seat === 'full') return `Politburo${ap}`;
  if (seat.seat === 'candidate') return `Candidate${ap}`;
  if (seat.status === 'active') return `Central Cttee${ap}`;
  return 'Out of power';
}
