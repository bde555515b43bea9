// The Phaser game: Canvas renderer, RESIZE scaling into #stage, and the five scenes.
import Phaser from 'phaser';
import { BoardScene } from './scenes/board.ts';
import { BootScene } from './scenes/boot.ts';
import { GameOverScene } from './scenes/game-over.ts';
import { PreloaderScene } from './scenes/preloader.ts';
import { TitleScene } from './scenes/title.ts';

export type SceneKey = 'Title' | 'Board' | 'GameOver';

export function createPhaserGame(parent: HTMLElement): Phaser.Game {
  return new Phaser.Game({
    type: Phaser.CANVAS,
    parent,
    backgroundColor: '#1b1b1b',
    banner: false,
    disableContextMenu: true,
    // No window-wide mouse listeners: a click on a DOM panel must never reach the board.
    input: { keyboard: false, gamepad: false, windowEvents: false },
    scale: {
      mode: Phaser.Scale.RESIZE,
      width: parent.clientWidth || 800,
      height: parent.clientHeight || 600,
      expandParent: false,
    },
    render: { antialias: true, roundPixels: false },
    scene: [BootScene, PreloaderScene, TitleScene, BoardScene, GameOverScene],
  });
}

/** Stop whatever main scene runs and start `key`. */
export function showScene(game: Phaser.Game, key: SceneKey): void {
  for (const other of ['Title', 'Board', 'GameOver'] as const) {
    if (other !== key && game.scene.isActive(other)) game.scene.stop(other);
  }
  if (!game.scene.isActive(key)) game.scene.start(key);
}
