// Messages between the page and the adviser's Web Workers (worker.ts).
import type { PlanPart } from '../../ai/planner.ts';
import type { FutureReading } from '../../ai/value.ts';
import type { PlayerView } from '../../sim/view.ts';

/**
 * The player's own view (never the game itself), the seed that makes the advice repeatable,
 * and which share of the futures this worker plays (src/ai/planner.ts, PlanPart).
 */
export interface AdviceRequest {
  id: number;
  seen: PlayerView;
  seed: string;
  part: PlanPart;
}

export type AdviceReply =
  /**
   * `futures`: this part's readings of each future it played, null for the others'. `ms`: how
   * long the worker took to play them (for the benchmark).
   */
  | { id: number; ok: true; futures: (FutureReading[] | null)[]; ms: number }
  | { id: number; ok: false; message: string };
