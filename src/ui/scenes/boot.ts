// Boot: nothing to load yet; set the stage colour and hand over to the preloader.
import Phaser from 'phaser';

export class BootScene extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    performance.mark('heirs:phaser-booted');
    this.cameras.main.setBackgroundColor('#1b1b1b');
    this.scene.start('Preloader');
  }
}
