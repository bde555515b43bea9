// Preloader: loads the game's own SVG art (poster, emblem, portraits) behind a progress bar.
import Phaser from 'phaser';
import { EMBLEM_URL, PORTRAIT_URL, POSTER_URL, portraitKey } from '../assets.ts';
import { bus } from '../bus.ts';
import { CONTENDERS } from '../../sim/ids.ts';
import { FONT_BOLD } from '../board/layout.ts';

export class PreloaderScene extends Phaser.Scene {
  constructor() {
    super('Preloader');
  }

  preload(): void {
    const { width, height } = this.scale;
    const w = Math.min(420, width * 0.7);
    const x = (width - w) / 2;
    const y = height / 2;
    this.add
      .text(width / 2, y - 40, 'HEIRS OF LENIN', {
        fontFamily: FONT_BOLD,
        fontSize: '28px',
        fontStyle: 'bold',
        color: '#efe4cc',
      })
      .setOrigin(0.5);
    const frame = this.add.graphics();
    frame.lineStyle(2, 0xefe4cc, 1);
    frame.strokeRect(x, y, w, 18);
    const bar = this.add
      .rectangle(x + 3, y + 3, w - 6, 12, 0xb3201c)
      .setOrigin(0, 0)
      .setScale(0, 1);
    const caption = this.add
      .text(width / 2, y + 34, 'Loading\u2026', {
        fontFamily: FONT_BOLD,
        fontSize: '14px',
        color: '#efe4cc',
      })
      .setOrigin(0.5);
    this.load.on('progress', (p: number) => {
      bar.setScale(p, 1);
      caption.setText(`Loading ${Math.round(p * 100)}%`);
    });
    this.load.svg('poster', POSTER_URL, { width: 1600, height: 900 });
    this.load.svg('emblem', EMBLEM_URL, { width: 128, height: 128 });
    for (const id of CONTENDERS)
      this.load.svg(portraitKey(id), PORTRAIT_URL[id], { width: 128, height: 128 });
  }

  create(): void {
    bus.emit('assets.ready', null);
  }
}
