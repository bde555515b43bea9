// Asking the adviser from the page: the player's own view goes to Web Workers, one per core
// (up to MAX_WORKERS), each playing its share of the futures; the page gathers them in order
// and words the three best moves. The advice is the same however many workers play it
// (tests/ai/planner.test.ts). The workers start on the first question, or on warm(), and stay.
import { adviceFrom, type Advice } from '../../ai/advice.ts';
import { gatherFutures } from '../../ai/planner.ts';
import type { FutureReading } from '../../ai/value.ts';
import type { ContenderId } from '../../sim/ids.ts';
import type { GameState } from '../../sim/types.ts';
import { view } from '../../sim/view.ts';
import type { AdviceReply, AdviceRequest } from './protocol.ts';

/** More would share the adviser's few futures (six a move) too thinly to gain. */
const MAX_WORKERS = 3;

/** One worker per core the browser reports, within MAX_WORKERS. */
function workerCount(): number {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  return Math.max(1, Math.min(MAX_WORKERS, cores));
}

export class Adviser {
  private workers: Worker[] = [];
  private asked = 0;
  private waiting = new Map<number, (reply: AdviceReply) => void>();

  /**
   * The adviser's answer for `seat` in this position. Only `seat`'s view leaves the page's
   * game; `seed` fixes the futures it tries (the same position and seed, the same advice).
   * `ms`: from the question to the answer; `workerMs`: the longest any worker took to play its
   * share of the futures (for the benchmark; the page shows neither).
   */
  async ask(
    game: GameState,
    seat: ContenderId,
    seed: string,
  ): Promise<{ advice: Advice; ms: number; workerMs: number }> {
    const started = performance.now();
    const seen = view(game, seat, { withLog: false });
    const workers = this.start();
    const parts = await Promise.all(
      workers.map((worker, index) =>
        this.request(worker, { id: ++this.asked, seen, seed, part: { index, of: workers.length } }),
      ),
    );
    const advice = adviceFrom(seen, gatherFutures(parts.map((p) => p.futures)));
    return {
      advice,
      ms: Math.round(performance.now() - started),
      workerMs: Math.round(Math.max(...parts.map((p) => p.ms))),
    };
  }

  /** Load the workers now, so the first question does not wait for their script. */
  warm(): void {
    this.start();
  }

  stop(): void {
    for (const worker of this.workers) worker.terminate();
    this.workers = [];
    this.failAll('the adviser was stopped');
  }

  private request(
    worker: Worker,
    request: AdviceRequest,
  ): Promise<{ futures: (FutureReading[] | null)[]; ms: number }> {
    return new Promise((resolve, reject) => {
      this.waiting.set(request.id, (reply) => {
        if (reply.ok) resolve(reply);
        else reject(new Error(reply.message));
      });
      worker.postMessage(request);
    });
  }

  private failAll(message: string): void {
    for (const done of this.waiting.values()) done({ id: 0, ok: false, message });
    this.waiting.clear();
  }

  private start(): Worker[] {
    if (this.workers.length > 0) return this.workers;
    for (let i = 0; i < workerCount(); i++) {
      const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<AdviceReply>) => {
        const done = this.waiting.get(e.data.id);
        this.waiting.delete(e.data.id);
        done?.(e.data);
      };
      worker.onerror = (e) => {
        for (const w of this.workers) w.terminate();
        this.workers = [];
        this.failAll(e.message || 'the adviser could not start');
      };
      this.workers.push(worker);
    }
    return this.workers;
  }
}
