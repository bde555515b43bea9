// Messages between the lab page and its Web Workers. Each worker is told the batches once, then
// asked for one game at a time, so the page can share the work out and stop it at any moment.
import type { Replay } from '../sim/replay.ts';
import type { BatchSpec, LabTable } from './batch.ts';
import type { GameSummary } from './run-game.ts';

export type ToWorker =
  | { type: 'setup'; arms: BatchSpec[] }
  | { type: 'play'; arm: number; index: number }
  | { type: 'replay'; arm: number; index: number };

export type FromWorker =
  | { type: 'played'; arm: number; index: number; table: LabTable }
  | { type: 'replay'; arm: number; index: number; replay: Replay; summary: GameSummary }
  | { type: 'failed'; arm: number; index: number; message: string };
