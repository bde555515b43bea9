// Messages between the page and the planner's Web Workers (worker.ts): the adviser's futures,
// and the futures of a `hard` rival's planned move.
import type { PlanPart } from '../../ai/planner.ts';
import type { PlanJob } from '../../ai/policy.ts';
import type { FutureReading } from '../../ai/value.ts';
import type { PlayerView } from '../../sim/view.ts';

/**
 * What to play: the adviser's futures for the player's own view (never the game itself), with
 * the seed that makes the advice repeatable; or an AI seat's planned move (its own view, its
 * budget and the seed of its thinking: src/ai/policy.ts, PlanJob).
 */
export type WorkerJob =
  { kind: 'advice'; seen: PlayerView; seed: string } | { kind: 'plan'; job: PlanJob };

/** A job, and which share of its futures this worker plays (src/ai/planner.ts, PlanPart). */
export interface WorkerRequest {
  id: number;
  job: WorkerJob;
  part: PlanPart;
}

export type WorkerReply =
  /**
   * `futures`: this part's readings of each future it played, null for the others'. `ms`: how
   * long the worker took to play them (for the benchmark).
   */
  | { id: number; ok: true; futures: (FutureReading[] | null)[]; ms: number }
  | { id: number; ok: false; message: string };
