// The ten regional party organisations: delegates, mood, and the ten secretaries' seats coloured
// by patron, with the leading patron's mark and count in words (colour is never the only signal).
// Rivals' seats are estimates: hatched, and their count written "≈".
import type Phaser from 'phaser';
import type { RegionId } from '../../sim/ids.ts';
import type { Animator } from './anim.ts';
import { REGIONS_BOX } from './layout.ts';
import type { BoardModel, RegionModel } from './model.ts';
import { MARK, MUTED, PAPER_DARK, RED, colourOf, hexToInt } from './palette.ts';
import { heading, label } from './text.ts';
import { approx } from './estimate.ts';

const SLOT = 11;
const GAP = 2;
/** The mood scale: a short Left–Right line at the row's end (its legend is under the heading). */
const MOOD_X = 226;
const MOOD_W = 24;
const SLOTS_Y = 21;

interface Row {
  root: Phaser.GameObjects.Container;
  slots: Phaser.GameObjects.Rectangle[];
  marks: Phaser.GameObjects.Text[];
  name: Phaser.GameObjects.Text;
  weight: Phaser.GameObjects.Text;
  holder: Phaser.GameObjects.Text;
  mood: Phaser.GameObjects.Triangle;
  flash: Phaser.GameObjects.Rectangle;
  /** Hatching over the seats whose holder is only estimated (rivals'). */
  hatch: Phaser.GameObjects.Graphics;
}

export class RegionsView {
  private rows = new Map<RegionId, Row>();

  constructor(
    private scene: Phaser.Scene,
    regions: RegionModel[],
  ) {
    const b = REGIONS_BOX;
    heading(scene, b.x, b.y, 'Party regions \u00b7 delegates', b.w);
    // One legend for every row's mood marker, instead of an "L" and an "R" too small to read.
    label(scene, b.x + 4, b.y + 25, '\u25b2 mood: \u25c0 Left \u2013 Right \u25b6', {
      size: 14,
      colour: MUTED,
    });
    regions.forEach((r, i) => this.rows.set(r.id, this.makeRow(r, b.x, b.y + b.top + i * b.rowH)));
  }

  private makeRow(r: RegionModel, x: number, y: number): Row {
    const s = this.scene;
    const root = s.add.container(x, y);
    const bg = s.add.graphics();
    bg.fillStyle(hexToInt(PAPER_DARK), 0.55);
    bg.fillRect(0, 0, REGIONS_BOX.w, REGIONS_BOX.rowH - 3);
    const flash = s.add
      .rectangle(0, 0, REGIONS_BOX.w, REGIONS_BOX.rowH - 3, 0xffe066)
      .setOrigin(0, 0)
      .setAlpha(0);
    const name = label(s, 4, 0, r.name, { size: 14, bold: true });
    const weight = label(s, REGIONS_BOX.w - 4, 0, '', { size: 14, originX: 1 });
    // Mood: a small Left–Right scale with a marker, its ends ticked.
    const scale = s.add.graphics();
    scale.lineStyle(1, hexToInt(MUTED), 1);
    const my = SLOTS_Y + 8;
    scale.lineBetween(MOOD_X, my, MOOD_X + MOOD_W, my);
    scale.lineBetween(MOOD_X, my - 4, MOOD_X, my + 4);
    scale.lineBetween(MOOD_X + MOOD_W, my - 4, MOOD_X + MOOD_W, my + 4);
    const mood = s.add
      .triangle(MOOD_X + MOOD_W / 2, my - 2, 0, 9, 5, 0, 10, 9, hexToInt(RED))
      .setOrigin(0.5, 0.5);
    const slots: Phaser.GameObjects.Rectangle[] = [];
    const marks: Phaser.GameObjects.Text[] = [];
    for (let i = 0; i < 10; i++) {
      const sx = 4 + i * (SLOT + GAP);
      const rect = s.add
        .rectangle(sx, SLOTS_Y, SLOT, SLOT, 0xffffff)
        .setOrigin(0, 0)
        .setStrokeStyle(1, 0x1b1b1b);
      slots.push(rect);
    }
    const holder = label(s, 4 + 10 * (SLOT + GAP) + 3, SLOTS_Y - 3, '', { size: 14 });
    const hatch = s.add.graphics();
    root.add([bg, flash, name, weight, scale, mood, ...slots, hatch, ...marks, holder]);
    return { root, slots, marks, name, weight, holder, mood, flash, hatch };
  }

  update(model: BoardModel, prev: BoardModel | null, anim: Animator): void {
    for (const r of model.regions) {
      const row = this.rows.get(r.id);
      if (!row) continue;
      const before = prev?.regions.find((p) => p.id === r.id) ?? null;
      row.weight.setText(`${r.weight} delegates`);
      const guessed = model.estimateError > 0;
      row.hatch.clear();
      row.hatch.lineStyle(2, 0xffffff, 0.75);
      r.slots.forEach((owner, i) => {
        const rect = row.slots[i];
        rect.setFillStyle(owner ? hexToInt(colourOf(owner)) : 0xffffff, 1);
        // A rival's seat is an estimate: hatched, so it never looks like a known fact.
        if (guessed && owner && owner !== model.viewer) {
          const x = rect.x;
          const y = SLOTS_Y;
          row.hatch.lineBetween(x + 1, y + SLOT - 4, x + 4, y + 1);
          row.hatch.lineBetween(x + 5, y + SLOT - 1, x + SLOT - 1, y + 5);
        }
      });
      const mine = r.mine > 0 ? ` \u00b7 you ${r.mine}` : '';
      if (r.controller) {
        const n = r.slots.filter((x) => x === r.controller).length;
        const own = r.controller === model.viewer;
        row.holder.setText(
          `${MARK[r.controller]} ${approx(n, model.estimateError, own)}${own ? ' (you)' : mine}`,
        );
      } else {
        row.holder.setText(`open${mine}`);
      }
      // Your own count goes when it would run into the mood scale (the squares still show it).
      if (mine && row.holder.x + row.holder.width > MOOD_X - 3)
        row.holder.setText(row.holder.text.replace(mine, ''));
      row.holder.setColor(r.controller === model.viewer ? RED : '#1b1b1b');
      row.holder.setFontStyle(r.controller === model.viewer ? 'bold' : 'normal');
      const mx = MOOD_X + MOOD_W / 2 + (Math.max(-100, Math.min(100, r.mood)) / 100) * (MOOD_W / 2);
      anim.to(row.mood, { x: mx }, 500, { instant: !before });
      if (before && before.controller !== r.controller) {
        row.flash.setAlpha(0.9);
        anim.to(row.flash, { alpha: 0 }, 1400, { ease: 'sineIn' });
      } else if (before && before.slots.some((o, i) => o !== r.slots[i])) {
        row.flash.setAlpha(0.45);
        anim.to(row.flash, { alpha: 0 }, 900);
      }
    }
  }
}
