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
  const game = new Phaser.Game({
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
  // For the browser tests: what text the board shows, and how big (read only, no game state).
  (window as unknown as { __heirsTexts?: unknown }).__heirsTexts = (key: SceneKey) =>
    shownTexts(game, key);
  return game;
}

/** Stop whatever main scene runs and start `key`. */
export function showScene(game: Phaser.Game, key: SceneKey): void {
  for (const other of ['Title', 'Board', 'GameOver'] as const) {
    if (other !== key && game.scene.isActive(other)) game.scene.stop(other);
  }
  if (!game.scene.isActive(key)) game.scene.start(key);
}

export interface ShownText {
  text: string;
  /** The text's height on screen in CSS pixels: its font size times every scale above it. */
  px: number;
}

/**
 * The visible text of a scene as the player sees it, for the browser tests (an estimate drawn
 * as one, no board text under 12 px at 1024×768). Read only; exposed on `window` by main.
 */
export function shownTexts(game: Phaser.Game, key: SceneKey): ShownText[] {
  const scene = game.scene.getScene(key);
  if (!scene || !game.scene.isActive(key)) return [];
  const canvas = game.canvas.getBoundingClientRect();
  const cssPerPixel = canvas.height / game.scale.height;
  const out: ShownText[] = [];
  for (const obj of scene.children.list) collect(obj, out, cssPerPixel);
  return out;
}

function collect(obj: Phaser.GameObjects.GameObject, out: ShownText[], css: number): void {
  // By type name: the custom Phaser build does not export every class for instanceof.
  const o = obj as unknown as { visible?: boolean; type: string; alpha?: number };
  if (o.visible === false || o.alpha === 0) return;
  if (o.type === 'Container') {
    for (const child of (obj as Phaser.GameObjects.Container).list) collect(child, out, css);
    return;
  }
  if (o.type !== 'Text') return;
  const t = obj as Phaser.GameObjects.Text;
  if (t.text.trim() === '') return;
  // The world matrix holds this object's scale and every container's above it.
  const m = t.getWorldTransformMatrix();
  const size = parseFloat(String(t.style.fontSize)) || 0;
  out.push({ text: t.text, px: size * Math.abs(m.scaleY) * css });
}
