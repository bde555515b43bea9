// A small tween engine on the scene's update: Phaser's TweenManager weighs ~26 kB gzip and the
// board needs only "move these numbers there, with an ease, maybe back again, then call me".
import type Phaser from 'phaser';

export type Ease = 'linear' | 'cubicOut' | 'sineIn' | 'sineInOut' | 'backOut';

const EASES: Record<Ease, (t: number) => number> = {
  linear: (t) => t,
  cubicOut: (t) => 1 - (1 - t) ** 3,
  sineIn: (t) => 1 - Math.cos((t * Math.PI) / 2),
  sineInOut: (t) => -(Math.cos(Math.PI * t) - 1) / 2,
  backOut: (t) => {
    const c1 = 1.70158;
    const c3 = c1 + 1;
    return 1 + c3 * (t - 1) ** 3 + c1 * (t - 1) ** 2;
  },
};

export interface TweenSpec {
  targets: object[];
  props: Record<string, number>;
  duration: number;
  delay?: number;
  ease?: Ease;
  /** Go to `props`, then back to where it started (each way takes `duration`). */
  yoyo?: boolean;
  onComplete?: () => void;
}

interface Running {
  spec: TweenSpec;
  elapsed: number;
  from: Record<string, number>[] | null;
  done: boolean;
}

type Numeric = Record<string, number>;

export class Tweener {
  private running = new Set<Running>();

  constructor(scene: Phaser.Scene) {
    const step = (_time: number, delta: number) => this.step(delta);
    scene.events.on('update', step);
    scene.events.once('shutdown', () => {
      scene.events.off('update', step);
      this.running.clear();
    });
  }

  add(spec: TweenSpec): { stop: () => void; finish: () => void } {
    const entry: Running = { spec, elapsed: 0, from: null, done: false };
    this.running.add(entry);
    return {
      stop: () => this.remove(entry, false),
      finish: () => this.finish(entry),
    };
  }

  /** Call `fn` after `ms` of game time (a tween with nothing to move). */
  after(ms: number, fn: () => void): { stop: () => void; finish: () => void } {
    return this.add({ targets: [], props: {}, duration: 0, delay: ms, onComplete: fn });
  }

  get size(): number {
    return this.running.size;
  }

  private step(delta: number): void {
    for (const entry of [...this.running]) {
      const { spec } = entry;
      entry.elapsed += delta;
      const t0 = entry.elapsed - (spec.delay ?? 0);
      if (t0 < 0) continue;
      if (!entry.from) entry.from = spec.targets.map((t) => pick(t as Numeric, spec.props));
      const total = spec.duration * (spec.yoyo ? 2 : 1);
      if (t0 >= total) {
        this.finish(entry);
        continue;
      }
      let p = spec.duration > 0 ? t0 / spec.duration : 1;
      if (spec.yoyo && p > 1) p = 2 - p;
      const k = EASES[spec.ease ?? 'cubicOut'](Math.min(1, Math.max(0, p)));
      spec.targets.forEach((target, i) => {
        const from = entry.from?.[i] ?? {};
        for (const [key, to] of Object.entries(spec.props)) {
          (target as Numeric)[key] = from[key] + (to - from[key]) * k;
        }
      });
    }
  }

  private finish(entry: Running): void {
    if (entry.done) return;
    const { spec } = entry;
    spec.targets.forEach((target, i) => {
      if (!spec.yoyo) Object.assign(target, spec.props);
      else if (entry.from?.[i]) Object.assign(target, entry.from[i]);
    });
    this.remove(entry, true);
  }

  private remove(entry: Running, complete: boolean): void {
    if (entry.done) return;
    entry.done = true;
    this.running.delete(entry);
    if (complete) entry.spec.onComplete?.();
  }
}

function pick(target: Numeric, props: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of Object.keys(props)) out[key] = Number(target[key]);
  return out;
}
