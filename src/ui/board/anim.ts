// Tweens that respect the player's animation speed, can be skipped, and tell the app when the
// board is busy. Skipping sets every target to its end value at once.
import type Phaser from 'phaser';
import { bus } from '../bus.ts';
import { speedFactor, type AnimSpeed } from '../settings.ts';

interface Running {
  tween: Phaser.Tweens.Tween;
  targets: object[];
  props: Record<string, number>;
  yoyo: boolean;
  onComplete?: () => void;
}

interface Pending {
  timer: Phaser.Time.TimerEvent;
  fn: () => void;
}

export interface TweenOptions {
  delay?: number;
  ease?: string;
  yoyo?: boolean;
  /** Set the end values at once (first drawing of a board). */
  instant?: boolean;
  onComplete?: () => void;
}

export class Animator {
  private tweens = new Set<Running>();
  private timers = new Set<Pending>();
  private skipping = false;

  constructor(
    private scene: Phaser.Scene,
    private speed: AnimSpeed,
  ) {}

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
    const entry: Running = {
      targets: list,
      props,
      yoyo: options.yoyo ?? false,
      onComplete: options.onComplete,
    } as Running;
    entry.tween = this.scene.tweens.add({
      targets: list,
      ...props,
      duration: duration * factor,
      delay: (options.delay ?? 0) * factor,
      ease: options.ease ?? 'Cubic.easeOut',
      yoyo: options.yoyo ?? false,
      onComplete: () => {
        this.tweens.delete(entry);
        options.onComplete?.();
        this.changed();
      },
    });
    this.tweens.add(entry);
    this.changed();
  }

  /** Run `fn` after a delay scaled by the speed (at once when animation is off or skipped). */
  later(delay: number, fn: () => void): void {
    const factor = this.factor;
    if (factor === 0) {
      fn();
      return;
    }
    const entry = { fn } as Pending;
    entry.timer = this.scene.time.delayedCall(delay * factor, () => {
      this.timers.delete(entry);
      fn();
      this.changed();
    });
    this.timers.add(entry);
    this.changed();
  }

  get busy(): boolean {
    return this.tweens.size + this.timers.size > 0;
  }

  /** Finish everything now: end values, pending steps run in order, no new tweens meanwhile. */
  skip(): void {
    this.skipping = true;
    try {
      for (let guard = 0; guard < 1000 && this.busy; guard++) {
        for (const entry of [...this.timers]) {
          this.timers.delete(entry);
          entry.timer.remove(false);
          entry.fn();
        }
        for (const entry of [...this.tweens]) {
          this.tweens.delete(entry);
          entry.tween.stop();
          if (!entry.yoyo) for (const t of entry.targets) Object.assign(t, entry.props);
          entry.onComplete?.();
        }
      }
    } finally {
      this.skipping = false;
    }
    this.changed();
  }

  private wasBusy = false;

  private changed(): void {
    const busy = this.busy;
    if (busy !== this.wasBusy) {
      this.wasBusy = busy;
      bus.emit('board.busy', busy);
    }
  }
}
