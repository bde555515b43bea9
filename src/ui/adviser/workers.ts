// The planner's Web Workers, one per core (up to MAX_WORKERS), shared by the adviser and the
// `hard` rivals' planned moves. A job's futures are split among the workers by PlanPart; the
// page gathers the parts in order, so the result is the same however many workers play it
// (tests/ai/planner.test.ts, tests/machine/plan-away.test.ts). The workers start on the first
// job, or on warm(), and stay.
import { choiceFromPlan, type Choice, type PlanJob } from '../../ai/policy.ts';
import type { FutureReading } from '../../ai/value.ts';
import type { WorkerJob, WorkerReply, WorkerRequest } from './protocol.ts';

/** More would share the adviser's few futures (six a move) too thinly to gain. */
const MAX_WORKERS = 3;

/** One worker per core the browser reports, within MAX_WORKERS. */
function workerCount(): number {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  return Math.max(1, Math.min(MAX_WORKERS, cores));
}

export interface PlayedParts {
  /** Each worker's share of the futures, in part order. */
  parts: (FutureReading[] | null)[][];
  /** The longest any worker took over its share (for the benchmark). */
  workerMs: number;
}

export class PlannerWorkers {
  private workers: Worker[] = [];
  private sent = 0;
  private waiting = new Map<number, (reply: WorkerReply) => void>();

  /** Play a job's futures, shared among the workers. Rejects if a worker fails. */
  async play(job: WorkerJob): Promise<PlayedParts> {
    const workers = this.start();
    const replies = await Promise.all(
      workers.map((worker, index) =>
        this.request(worker, { id: ++this.sent, job, part: { index, of: workers.length } }),
      ),
    );
    return {
      parts: replies.map((r) => r.futures),
      workerMs: Math.max(...replies.map((r) => r.ms)),
    };
  }

  /** Load the workers now, so the first job does not wait for their script. */
  warm(): void {
    this.start();
  }

  /** End the workers; what they were playing fails (they start again on the next job). */
  stop(): void {
    for (const worker of this.workers) worker.terminate();
    this.workers = [];
    this.failAll('the planner was stopped');
  }

  private request(
    worker: Worker,
    request: WorkerRequest,
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
      worker.onmessage = (e: MessageEvent<WorkerReply>) => {
        const done = this.waiting.get(e.data.id);
        this.waiting.delete(e.data.id);
        done?.(e.data);
      };
      worker.onerror = (e) => {
        for (const w of this.workers) w.terminate();
        this.workers = [];
        this.failAll(e.message || 'the planner\u2019s workers could not start');
      };
      this.workers.push(worker);
    }
    return this.workers;
  }
}

/** The page's one set of planner workers. */
export const plannerWorkers = new PlannerWorkers();

/**
 * How long a rival's plan may take in the workers before they are taken for dead: a plan
 * takes well under a second; a worker that dies without a word would otherwise hold the game.
 */
const PLAN_PATIENCE_MS = 30_000;

/**
 * An AI seat's planned move, its futures played in the workers: the move decide() makes on
 * its own thread, to the last bit. Rejects when the workers fail or stay silent too long (the
 * session then works the move out on the page's thread).
 */
export async function planInWorkers(job: PlanJob): Promise<Choice> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silence = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      plannerWorkers.stop();
      reject(new Error('the planner\u2019s workers did not answer'));
    }, PLAN_PATIENCE_MS);
  });
  try {
    const { parts } = await Promise.race([plannerWorkers.play({ kind: 'plan', job }), silence]);
    return choiceFromPlan(job, parts);
  } finally {
    clearTimeout(timer);
  }
}
