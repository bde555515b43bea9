// A planner's Web Worker: plays its share of the futures the adviser weighs (src/ai/advice.ts),
// or of a `hard` rival's planned move (src/ai/policy.ts, PlanJob), off the page's thread, so
// the board stays responsive while the planner thinks.
import { adviceFutures } from '../../ai/advice.ts';
import { playPlanPart } from '../../ai/policy.ts';
import { runFuture } from '../../machine/driver.ts';
import type { WorkerReply, WorkerRequest } from './protocol.ts';

const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (message: WorkerReply) => void;
};

scope.onmessage = (e) => {
  const { id, job, part } = e.data;
  try {
    const started = performance.now();
    const futures =
      job.kind === 'advice'
        ? adviceFutures(job.seen, job.seed, runFuture, part)
        : playPlanPart(job.job, runFuture, part);
    scope.postMessage({ id, ok: true, futures, ms: performance.now() - started });
  } catch (err) {
    scope.postMessage({ id, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
