// The Phaser game: Canvas renderer, RESIZE scaling into #stage, and the five scenes.
import Phaser from 'phaser';
import { BoardScene } from './scenes/board.ts';
import { BootScene } from './scenes/boot.ts';
import { GameOverScene } from './scenes/game-over.ts';
import { PreloaderScene } from './scenes/preloader.ts';
import { TitleScene } from './scenes/title.ts';

export type SceneKey = 'Title' | 'Board' | 'GameOver';

export function createPhaserGame(parent: HTMLElement): Phaser.Game {
  // Our own canvas with a CPU-backed 2D context (willReadFrequently): a board of shapes and
  // text draws at 60 fps in software, also where the GPU path is slow or emulated (SwiftShader
  // in headless Chromium ran this board at 8 fps; blocklisted school GPUs do the same).
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true, alpha: false });
  return new Phaser.Game({
    type: Phaser.CANVAS,
    parent,
    canvas,
    context: context ?? undefined,
    backgroundColor: '#1b1b1b',
    banner: false,
    disableContextMenu: true,
    // Phaser's input is off: the board hit-tests its own canvas events (board/picks.ts).
    input: { keyboard: false, mouse: false, touch: false, gamepad: false, windowEvents: false },
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
