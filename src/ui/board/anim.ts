// Tweens that respect the player's animation speed, can be skipped, and tell the app when the
// board is busy. Skipping sets every target to its end value at once.
import type Phaser from 'phaser';
import { bus } from '../bus.ts';
import { speedFactor, type AnimSpeed } from '../settings.ts';
import { Tweener, type Ease } from './tween.ts';

export interface TweenOptions {
  delay?: number;
  ease?: Ease;
  yoyo?: boolean;
  /** Set the end values at once (first drawing of a board). */
  instant?: boolean;
  onComplete?: () => void;
}

type Handle = { stop: () => void; finish: () => void };

export class Animator {
  private tweener: Tweener;
  private handles = new Set<Handle>();
  private skipping = false;
  private wasBusy = false;

  constructor(
    scene: Phaser.Scene,
    private speed: AnimSpeed,
  ) {
    this.tweener = new Tweener(scene);
  }

  setSpeed(speed: AnimSpeed): void {
    this.speed = speed;
  }

  private get factor(): number {
    return this.skipping ? 0 : speedFactor(this.speed);
  }

  /** Tween `targets` to `props`; with animation off or while skipping, set the end values at once. */
  to(
    targets: object | object[],
    props: Record<string, number>,
    duration: number,
    options: TweenOptions = {},
  ): void {
    const list = Array.isArray(targets) ? targets : [targets];
    const factor = options.instant ? 0 : this.factor;
    if (factor === 0) {
      if (!options.yoyo) for (const t of list) Object.assign(t, props);
      options.onComplete?.();
      return;
    }
    const handle: Handle = this.tweener.add({
      targets: list,
      props,
      duration: duration * factor,
      delay: (options.delay ?? 0) * factor,
      ease: options.ease ?? 'cubicOut',
      yoyo: options.yoyo,
      onComplete: () => {
        this.handles.delete(handle);
        options.onComplete?.();
        this.changed();
      },
    });
    this.handles.add(handle);
    this.changed();
  }

  /** Run `fn` after a delay scaled by the speed (at once when animation is off or skipped). */
  later(delay: number, fn: () => void): void {
    const factor = this.factor;
    if (factor === 0) {
      fn();
      return;
    }
    const handle: Handle = this.tweener.after(delay * factor, () => {
      this.handles.delete(handle);
      fn();
      this.changed();
    });
    this.handles.add(handle);
    this.changed();
  }

  get busy(): boolean {
    return this.handles.size > 0;
  }

  /** Finish everything now: end values, pending steps run in order, no new tweens meanwhile. */
  skip(): void {
    this.skipping = true;
    try {
      for (let guard = 0; guard < 1000 && this.busy; guard++) {
        for (const handle of [...this.handles]) handle.finish();
      }
    } finally {
      this.skipping = false;
    }
    this.changed();
  }

  private changed(): void {
    const busy = this.busy;
    if (busy !== this.wasBusy) {
      this.wasBusy = busy;
      bus.emit('board.busy', busy);
    }
  }
}
