// Game over: every contender's portrait with his fate stamped across it, best score first.
import Phaser from 'phaser';
import { portraitKey } from '../assets.ts';
import { bus } from '../bus.ts';
import type { OverModel } from '../board/over-model.ts';
import { INK, PAPER, RED, hexToInt } from '../board/palette.ts';
import { label } from '../board/text.ts';
import { loadSettings, speedFactor } from '../settings.ts';
import { fitRoot } from './fit.ts';
import { Tweener } from '../board/tween.ts';

const W = 1200;
const H = 230;

export class GameOverScene extends Phaser.Scene {
  private root!: Phaser.GameObjects.Container;
  private tweener!: Tweener;

  constructor() {
    super('GameOver');
  }

  create(): void {
    this.cameras.main.setBackgroundColor(INK);
    this.root = this.add.container(0, 0);
    this.tweener = new Tweener(this);
    fitRoot(this, this.root, W, H);
    const off = bus.on('over.model', (m) => this.draw(m));
    this.events.once('shutdown', off);
    const last = bus.last('over.model');
    if (last) this.draw(last);
    bus.emit('scene.ready', 'GameOver');
  }

  private draw(model: OverModel): void {
    this.root.removeAll(true);
    const g = this.add.graphics();
    g.fillStyle(hexToInt(RED), 1);
    g.fillRect(0, 0, W, 6);
    g.fillRect(0, H - 6, W, 6);
    this.root.add(g);
    const step = W / model.fates.length;
    const factor = speedFactor(loadSettings().animSpeed);
    model.fates.forEach((f, i) => {
      const cx = step * i + step / 2;
      const card = this.add.container(cx, 112);
      const frame = this.add.graphics();
      frame.fillStyle(hexToInt(PAPER), 1);
      frame.fillRect(-78, -96, 156, 196);
      frame.lineStyle(
        f.id === model.player ? 5 : 2,
        f.id === model.player ? hexToInt(RED) : 0x000000,
        1,
      );
      frame.strokeRect(-78, -96, 156, 196);
      const portrait = this.add.image(0, -40, portraitKey(f.id)).setDisplaySize(96, 96);
      const fallen = f.fate === 'expelled' || f.fate === 'exiled' || f.fate === 'dead';
      portrait.setAlpha(fallen ? 0.5 : 1);
      const name = label(this, 0, 14, f.name + (f.id === model.player ? ' (you)' : ''), {
        size: 17,
        bold: true,
        originX: 0.5,
      });
      // 15 px of design: ≥ 12 px on screen down to 1024×768, where the tableau is drawn at 0.85.
      const fate = label(this, 0, 37, f.label, {
        size: 15,
        originX: 0.5,
        wrap: 146,
        align: 'center',
      });
      const score = label(this, 0, 78, `Score ${f.score}`, { size: 15, bold: true, originX: 0.5 });
      card.add([frame, portrait, name, fate, score]);
      if (f.fate !== 'survived' && f.fate !== 'collective') {
        const stamp = this.add.container(0, -40).setAngle(-14);
        const box = this.add.graphics();
        const colour = f.fate === 'supreme' ? 0xb8860b : hexToInt(RED);
        box.lineStyle(3, colour, 1);
        box.fillStyle(hexToInt(PAPER), 0.85);
        box.fillRect(-70, -15, 140, 30);
        box.strokeRect(-70, -15, 140, 30);
        const word = f.fate === 'supreme' ? 'SUPREME' : f.fate.toUpperCase();
        stamp.add([
          box,
          label(this, 0, 0, word, {
            size: 17,
            bold: true,
            colour: f.fate === 'supreme' ? '#8a6508' : RED,
            originX: 0.5,
            originY: 0.5,
          }),
        ]);
        card.add(stamp);
        if (factor > 0) {
          stamp.setScale(2.5).setAlpha(0);
          this.tweener.add({
            targets: [stamp],
            props: { scaleX: 1, scaleY: 1, alpha: 1 },
            delay: 300 + i * 220 * factor,
            duration: 350 * factor,
            ease: 'backOut',
          });
        }
      }
      this.root.add(card);
    });
  }
}
