// The lab's Web Worker: plays the games the page asks for with `heirs lab`'s own runner and
// sends each one-game table back. No clock here: the page times the work.
import type { BatchSpec } from './batch.ts';
import { playOne, replayOne } from './lab-game.ts';
import type { FromWorker, ToWorker } from './worker-protocol.ts';

const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage: (message: FromWorker) => void;
};

let arms: BatchSpec[] = [];

scope.onmessage = (e) => {
  const msg = e.data;
  if (msg.type === 'setup') {
    arms = msg.arms;
    return;
  }
  const spec = arms[msg.arm];
  try {
    if (!spec) throw new Error(`no batch number ${msg.arm}`);
    if (msg.type === 'play') {
      scope.postMessage({
        type: 'played',
        arm: msg.arm,
        index: msg.index,
        table: playOne(spec, msg.index),
      });
    } else {
      scope.postMessage({
        type: 'replay',
        arm: msg.arm,
        index: msg.index,
        ...replayOne(spec, msg.index),
      });
    }
  } catch (err) {
    scope.postMessage({
      type: 'failed',
      arm: msg.arm,
      index: msg.index,
      message: err instanceof Error ? err.message : String(err),
    });
  }
};
