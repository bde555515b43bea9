// Title: the poster. The choices themselves are DOM controls over the canvas (title-screen.ts).
import Phaser from 'phaser';
import { bus } from '../bus.ts';
import { fitRoot } from './fit.ts';

export class TitleScene extends Phaser.Scene {
  constructor() {
    super('Title');
  }

  create(): void {
    this.cameras.main.setBackgroundColor('#ece0c4');
    const root = this.add.container(0, 0);
    root.add(this.add.image(0, 0, 'poster').setOrigin(0, 0));
    const star = this.add.image(1250, 300, 'emblem').setDisplaySize(90, 90).setAlpha(0);
    root.add(star);
    fitRoot(this, root, 1600, 900, 'cover');
    this.tweens.add({
      targets: star,
      alpha: 0.9,
      duration: 900,
      yoyo: true,
      repeat: -1,
      repeatDelay: 1800,
      ease: 'Sine.easeInOut',
    });
    bus.emit('scene.ready', 'Title');
  }
}
