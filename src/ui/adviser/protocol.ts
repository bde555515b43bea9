// Messages between the page and the adviser's Web Worker (worker.ts).
import type { Advice } from '../../ai/advice.ts';
import type { PlayerView } from '../../sim/view.ts';

/** The player's own view (never the game itself) and the seed that makes the advice repeatable. */
export interface AdviceRequest {
  id: number;
  seen: PlayerView;
  seed: string;
}

export type AdviceReply =
  /** `ms`: how long the planner took in the worker (for the benchmark; the page shows it nowhere). */
  { id: number; ok: true; advice: Advice; ms: number } | { id: number; ok: false; message: string };
