// Preloader: loads the game's own SVG art (poster, emblem, portraits) behind a progress bar.
// Images are decoded by the browser and handed to Phaser's texture manager (no Phaser loader).
import Phaser from 'phaser';
import { ART, loadArt } from '../assets.ts';
import { bus } from '../bus.ts';
import { FONT_BOLD } from '../board/layout.ts';

export class PreloaderScene extends Phaser.Scene {
  constructor() {
    super('Preloader');
  }

  create(): void {
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
    let done = 0;
    // The title's poster is not waited for: the board needs only the portraits and the emblem.
    const art = loadArt().filter((_, i) => ART[i].key !== 'poster');
    void Promise.all(
      art.map(async (p, i) => {
        const img = await p;
        this.textures.addImage(ART[i].key, img);
        done += 1;
        bar.setScale(done / art.length, 1);
        caption.setText(`Loading ${Math.round((done / art.length) * 100)}%`);
      }),
    ).then(
      () => bus.emit('assets.ready', null),
      (e: unknown) =>
        caption.setText(
          `The game could not load its pictures: ${e instanceof Error ? e.message : String(e)}. Reload the page.`,
        ),
    );
  }
}
