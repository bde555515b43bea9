// Title: the poster. The choices themselves are DOM controls over the canvas (title-screen.ts).
import Phaser from 'phaser';
import { ART, loadArt } from '../assets.ts';
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
    const addPoster = () =>
      root.addAt(this.add.image(0, 0, 'poster').setOrigin(0, 0).setDisplaySize(1600, 900), 0);
    if (this.textures.exists('poster')) addPoster();
    else {
      // Still decoding: the paper colour shows until it arrives.
      const i = ART.findIndex((a) => a.key === 'poster');
      void loadArt()[i].then((img) => {
        if (!this.sys.isActive()) return;
        if (!this.textures.exists('poster')) this.textures.addImage('poster', img);
        addPoster();
        bus.emit('scene.ready', 'Title');
      });
    }
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
