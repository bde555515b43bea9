// The typed event map between the UI's parts: the app, the Phaser scenes and the DOM panels.
// No untyped string bus and no casting a scene to call its methods: scenes listen here.
import type { BoardFrame } from './board/model.ts';
import type { OverModel } from './board/over-model.ts';
import type { Settings } from './settings.ts';
import type { ContenderId, RegionId } from '../sim/ids.ts';

export type BoardArea = 'politburo' | 'track' | 'grain' | 'calendar';

export type BoardPick =
  | { kind: 'contender'; id: ContenderId }
  | { kind: 'region'; id: RegionId }
  | { kind: 'area'; id: BoardArea };

export interface UiEventMap {
  /** App → Board scene: a new picture of the board, with what changed since the last one. */
  'board.frame': BoardFrame;
  /** Board scene → app: the player clicked a portrait or a region on the canvas. */
  'board.pick': BoardPick;
  /** Board scene → app: animations started (true) or all finished (false). */
  'board.busy': boolean;
  /** App → Board scene: finish every running animation now. */
  'board.skip': null;
  /** App → GameOver scene: the fates to draw. */
  'over.model': OverModel;
  /** Settings dialog → everyone. */
  settings: Settings;
  /** Preloader → app: assets are ready; the title can be shown. */
  'assets.ready': null;
  /** Any scene → app: the scene is running and drawn (used to measure load time). */
  'scene.ready': 'Title' | 'Board' | 'GameOver';
}

type Handler<T> = (value: T) => void;

export class Bus {
  private handlers = new Map<keyof UiEventMap, Set<Handler<never>>>();
  private lastValues = new Map<keyof UiEventMap, unknown>();

  on<K extends keyof UiEventMap>(key: K, handler: Handler<UiEventMap[K]>): () => void {
    let set = this.handlers.get(key);
    if (!set) {
      set = new Set();
      this.handlers.set(key, set);
    }
    set.add(handler as Handler<never>);
    return () => set.delete(handler as Handler<never>);
  }

  emit<K extends keyof UiEventMap>(key: K, value: UiEventMap[K]): void {
    this.lastValues.set(key, value);
    const set = this.handlers.get(key);
    if (!set) return;
    for (const handler of [...set]) (handler as Handler<UiEventMap[K]>)(value);
  }

  /** The last value sent on a key, for a scene that starts after it was sent. */
  last<K extends keyof UiEventMap>(key: K): UiEventMap[K] | undefined {
    return this.lastValues.get(key) as UiEventMap[K] | undefined;
  }
}

export const bus = new Bus();
