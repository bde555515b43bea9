// Phaser redraws the whole canvas every frame, even when nothing moves. The board is still
// most of the time, so the loop sleeps when idle and wakes for animations, resizes and new
// frames: no CPU (or battery) spent on a still picture, and the page stays responsive.
import type Phaser from 'phaser';
import { bus } from './bus.ts';

export class LoopKeeper {
  private holds = 0;
  private awakeUntil = 0;
  private framesLeft = 0;

  constructor(private game: Phaser.Game) {
    game.events.on('postrender', () => this.afterRender());
    window.addEventListener('resize', () => this.poke(600));
  }

  /** Stay awake until `release` is called (e.g. while animations run). */
  hold(): () => void {
    this.holds += 1;
    this.wake();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds -= 1;
      this.poke();
    };
  }

  /** Wake for at least a few frames (and `ms` milliseconds) so a change gets drawn. */
  poke(ms = 0): void {
    this.framesLeft = Math.max(this.framesLeft, 3);
    this.awakeUntil = Math.max(this.awakeUntil, performance.now() + ms);
    this.wake();
  }

  private wake(): void {
    if (!this.game.loop.running) this.game.loop.wake(true);
  }

  private afterRender(): void {
    if (this.framesLeft > 0) this.framesLeft -= 1;
    if (this.holds === 0 && this.framesLeft === 0 && performance.now() >= this.awakeUntil) {
      this.game.loop.sleep();
    }
  }
}

/** The loop keeper, woken by everything on the bus that changes the picture. */
export function keepLoop(game: Phaser.Game): LoopKeeper {
  const loop = new LoopKeeper(game);
  let release: (() => void) | null = null;
  bus.on('board.busy', (busy) => {
    if (busy && !release) release = loop.hold();
    if (!busy && release) {
      release();
      release = null;
    }
  });
  bus.on('board.frame', () => loop.poke(100));
  bus.on('board.skip', () => loop.poke(100));
  bus.on('settings', () => loop.poke(100));
  bus.on('over.model', () => loop.poke(4000));
  bus.on('scene.ready', (scene) => loop.poke(scene === 'GameOver' ? 4000 : 300));
  return loop;
}
