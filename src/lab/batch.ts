// The what-if lab's batch runner: n seeded games, counted. Shared by `heirs lab` and the
// browser's Web Worker; it holds no clock and no I/O, so the caller times and reports.
import type { ScenarioData } from '../content/types.ts';
import type { PolicyId } from '../ai/policy.ts';
import { CONTENDERS, FATES, type ContenderId, type Fate } from '../sim/ids.ts';
import type { Difficulty } from '../sim/ids.ts';
import { quarterToYyyyMm } from '../sim/calendar.ts';
import { round1 } from '../sim/query.ts';
import { runGame } from './run-game.ts';

export interface BatchSpec {
  scenario: ScenarioData;
  runs: number;
  seed: string;
  faction: ContenderId | null;
  factionPolicy: PolicyId;
  difficulty: Difficulty;
  whatifs: string[];
}

export interface LabTable {
  scenario: string;
  runs: number;
  seed: string;
  faction: ContenderId | null;
  factionPolicy: PolicyId | null;
  whatif: string[];
  /** Games each contender won: supreme, or his own aims reached; 'none' when nobody did. */
  winners: Record<string, number>;
  fates: Record<ContenderId, Record<Fate, number>>;
  firstToFall: Record<string, number>;
  meanScore: Record<ContenderId, number>;
  /**
   * When each contender left the Politburo, game by game: 'YYYY-MM' of that quarter, or null
   * when he never did (history's clock: compare with the record's dates).
   */
  falls: Record<ContenderId, (string | null)[]>;
}

/** Each game's seed, derived from the batch seed. */
export function gameSeed(seed: string, index: number): string {
  return `${seed}#${index + 1}`;
}

export function emptyTable(spec: BatchSpec): LabTable {
  const fates = {} as LabTable['fates'];
  const meanScore = {} as LabTable['meanScore'];
  const falls = {} as LabTable['falls'];
  const winners: Record<string, number> = { none: 0 };
  const firstToFall: Record<string, number> = { none: 0 };
  for (const c of CONTENDERS) {
    fates[c] = Object.fromEntries(FATES.map((f) => [f, 0])) as Record<Fate, number>;
    meanScore[c] = 0;
    falls[c] = [];
    winners[c] = 0;
    firstToFall[c] = 0;
  }
  return {
    scenario: spec.scenario.id,
    runs: 0,
    seed: spec.seed,
    faction: spec.faction,
    factionPolicy: spec.faction ? spec.factionPolicy : null,
    whatif: [...spec.whatifs],
    winners,
    fates,
    firstToFall,
    meanScore,
    falls,
  };
}

/** Play one game of the batch and add it to the table (meanScore holds sums until finish). */
export function runOne(spec: BatchSpec, table: LabTable, index: number): void {
  const policies: Partial<Record<ContenderId, PolicyId>> = {};
  if (spec.faction) policies[spec.faction] = spec.factionPolicy;
  const { state } = runGame({
    scenario: spec.scenario,
    seed: gameSeed(spec.seed, index),
    options: { difficulty: spec.difficulty, whatifs: spec.whatifs, faction: spec.faction },
    policies,
  });
  const outcome = state.outcome!;
  table.runs += 1;
  // A win is supremacy, or a side's own aims reached (several sides may reach theirs).
  const won = CONTENDERS.filter((c) => c === outcome.winner || outcome.aimsMet.includes(c));
  for (const c of won) table.winners[c] += 1;
  if (won.length === 0) table.winners.none += 1;
  const first = state.fallen[0]?.contender ?? 'none';
  table.firstToFall[first] += 1;
  for (const c of CONTENDERS) {
    table.fates[c][outcome.fates[c]] += 1;
    table.meanScore[c] += outcome.scores[c];
    const fall = state.fallen.find((f) => f.contender === c);
    table.falls[c].push(fall ? quarterToYyyyMm(state.startQuarter + fall.turn) : null);
  }
}

export function finishTable(table: LabTable): LabTable {
  const meanScore = {} as LabTable['meanScore'];
  for (const c of CONTENDERS)
    meanScore[c] = table.runs ? round1(table.meanScore[c] / table.runs) : 0;
  return { ...table, meanScore };
}

export function runBatch(
  spec: BatchSpec,
  onProgress?: (done: number, total: number) => void,
): LabTable {
  const table = emptyTable(spec);
  for (let i = 0; i < spec.runs; i++) {
    runOne(spec, table, i);
    onProgress?.(i + 1, spec.runs);
  }
  return finishTable(table);
}
