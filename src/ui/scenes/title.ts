// Title: the poster. The choices themselves are DOM controls over the canvas (title-screen.ts).
import Phaser from 'phaser';
import { bus } from '../bus.ts';
import { Tweener } from '../board/tween.ts';
import { loadSettings, speedFactor } from '../settings.ts';
import { fitRoot } from './fit.ts';

export class TitleScene extends Phaser.Scene {
  constructor() {
    super('Title');
  }

  create(): void {
    this.cameras.main.setBackgroundColor('#ece0c4');
    const root = this.add.container(0, 0);
    root.add(this.add.image(0, 0, 'poster').setOrigin(0, 0).setDisplaySize(1600, 900));
    const star = this.add.image(1250, 300, 'emblem').setDisplaySize(90, 90).setAlpha(0);
    root.add(star);
    fitRoot(this, root, 1600, 900, 'cover');
    // One glow as the poster appears; then the picture stays still (the loop can sleep).
    if (speedFactor(loadSettings().animSpeed) > 0) {
      new Tweener(this).add({
        targets: [star],
        props: { alpha: 0.9 },
        duration: 900,
        yoyo: true,
        ease: 'sineInOut',
      });
    }
    bus.emit('scene.ready', 'Title');
  }
}
