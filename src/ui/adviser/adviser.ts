// Asking the adviser from the page: the player's own view goes to a Web Worker, which answers
// with the planner's three best moves. One worker, started on the first question and kept.
import type { Advice } from '../../ai/advice.ts';
import type { ContenderId } from '../../sim/ids.ts';
import type { GameState } from '../../sim/types.ts';
import { view } from '../../sim/view.ts';
import type { AdviceReply, AdviceRequest } from './protocol.ts';

export class Adviser {
  private worker: Worker | null = null;
  private asked = 0;
  private waiting = new Map<number, (reply: AdviceReply) => void>();

  /**
   * The adviser's answer for `seat` in this position. Only `seat`'s view leaves the page's
   * game; `seed` fixes the futures it tries (the same position and seed, the same advice).
   */
  ask(game: GameState, seat: ContenderId, seed: string): Promise<{ advice: Advice; ms: number }> {
    const request: AdviceRequest = {
      id: ++this.asked,
      seen: view(game, seat, { withLog: false }),
      seed,
    };
    const worker = this.start();
    return new Promise((resolve, reject) => {
      this.waiting.set(request.id, (reply) => {
        if (reply.ok) resolve({ advice: reply.advice, ms: reply.ms });
        else reject(new Error(reply.message));
      });
      worker.postMessage(request);
    });
  }

  /** Load the worker now, so the first question does not wait for its script. */
  warm(): void {
    this.start();
  }

  stop(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const done of this.waiting.values())
      done({ id: 0, ok: false, message: 'the adviser was stopped' });
    this.waiting.clear();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<AdviceReply>) => {
      const done = this.waiting.get(e.data.id);
      this.waiting.delete(e.data.id);
      done?.(e.data);
    };
    worker.onerror = (e) => {
      const message = e.message || 'the adviser could not start';
      for (const done of this.waiting.values()) done({ id: 0, ok: false, message });
      this.waiting.clear();
      this.worker = null;
    };
    this.worker = worker;
    return worker;
  }
}
