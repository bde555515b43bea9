// The adviser's Web Worker: weighs the player's moves (src/ai/advice.ts) off the page's thread,
// so the board stays responsive while the planner plays its futures out.
import { advise } from '../../ai/advice.ts';
import { startRules } from '../../machine/driver.ts';
import type { AdviceReply, AdviceRequest } from './protocol.ts';

const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent<AdviceRequest>) => void) | null;
  postMessage: (message: AdviceReply) => void;
};

scope.onmessage = (e) => {
  const { id, seen, seed } = e.data;
  try {
    const started = performance.now();
    const advice = advise(seen, seed, startRules);
    scope.postMessage({ id, ok: true, advice, ms: Math.round(performance.now() - started) });
  } catch (err) {
    scope.postMessage({ id, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
