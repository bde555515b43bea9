// The lab's workers: one per core, each given one game at a time (two in hand, so none waits for
// the page), so the work stays shared out to the end. Cancel terminates every worker at once.
import type { BatchSpec, LabTable } from '../../lab/batch.ts';
import type { GameSummary } from '../../lab/run-game.ts';
import type { FromWorker, ToWorker } from '../../lab/worker-protocol.ts';
import type { Replay } from '../../sim/replay.ts';

export interface PoolHandlers {
  played: (arm: number, index: number, table: LabTable) => void;
  finished: () => void;
  failed: (message: string) => void;
}

function newWorker(): Worker {
  return new Worker(new URL('../../lab/worker.ts', import.meta.url), { type: 'module' });
}

/** How many workers: one per core the browser reports, never more than there are games. */
export function workerCount(games: number, asked?: number): number {
  const cores = asked ?? (navigator.hardwareConcurrency || 2);
  return Math.max(1, Math.min(16, cores, games));
}

export class LabPool {
  private workers: Worker[] = [];
  private next = 0;
  private done = 0;
  private readonly total: number;
  private stopped = false;

  constructor(
    private arms: BatchSpec[],
    private handlers: PoolHandlers,
  ) {
    this.total = arms.length * (arms[0]?.runs ?? 0);
  }

  get size(): number {
    return this.workers.length;
  }

  start(count: number): void {
    for (let w = 0; w < count; w++) {
      const worker = newWorker();
      worker.onmessage = (e: MessageEvent<FromWorker>) => this.answer(worker, e.data);
      worker.onerror = (e) => this.fail(e.message || 'a worker could not start');
      this.post(worker, { type: 'setup', arms: this.arms });
      this.feed(worker);
      this.feed(worker);
      this.workers.push(worker);
    }
  }

  /** Stop every worker now: terminate() ends a game in the middle, with no waiting. */
  cancel(): void {
    this.stopped = true;
    for (const w of this.workers) w.terminate();
    this.workers = [];
  }

  private post(worker: Worker, msg: ToWorker): void {
    worker.postMessage(msg);
  }

  /** Jobs alternate between the setups, so a comparison's two arms advance together. */
  private feed(worker: Worker): void {
    if (this.next >= this.total) return;
    const k = this.next++;
    const arm = k % this.arms.length;
    this.post(worker, { type: 'play', arm, index: Math.floor(k / this.arms.length) });
  }

  private answer(worker: Worker, msg: FromWorker): void {
    if (this.stopped) return;
    if (msg.type === 'failed') {
      this.fail(`game ${msg.index + 1} could not be played: ${msg.message}`);
      return;
    }
    if (msg.type !== 'played') return;
    this.done += 1;
    this.handlers.played(msg.arm, msg.index, msg.table);
    this.feed(worker);
    if (this.done === this.total) {
      this.cancel();
      this.handlers.finished();
    }
  }

  private fail(message: string): void {
    if (this.stopped) return;
    this.cancel();
    this.handlers.failed(message);
  }
}

/** Play one game again in a worker of its own and get its replay (the page never blocks). */
export function replayInWorker(
  arm: BatchSpec,
  index: number,
): Promise<{ replay: Replay; summary: GameSummary }> {
  return new Promise((resolve, reject) => {
    const worker = newWorker();
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const msg = e.data;
      worker.terminate();
      if (msg.type === 'replay') resolve({ replay: msg.replay, summary: msg.summary });
      else if (msg.type === 'failed') reject(new Error(msg.message));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'the worker could not start'));
    };
    const setup: ToWorker = { type: 'setup', arms: [arm] };
    worker.postMessage(setup);
    const ask: ToWorker = { type: 'replay', arm: 0, index };
    worker.postMessage(ask);
  });
}
