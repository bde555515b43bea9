// An adviser's Web Worker: plays its share of the futures the adviser weighs (src/ai/advice.ts)
// off the page's thread, so the board stays responsive while the planner thinks.
import { adviceFutures } from '../../ai/advice.ts';
import { runFuture } from '../../machine/driver.ts';
import type { AdviceReply, AdviceRequest } from './protocol.ts';

const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent<AdviceRequest>) => void) | null;
  postMessage: (message: AdviceReply) => void;
};

scope.onmessage = (e) => {
  const { id, seen, seed, part } = e.data;
  try {
    const started = performance.now();
    const futures = adviceFutures(seen, seed, runFuture, part);
    scope.postMessage({ id, ok: true, futures, ms: performance.now() - started });
  } catch (err) {
    scope.postMessage({ id, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
