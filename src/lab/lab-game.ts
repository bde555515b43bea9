// The browser lab's side of the batch runner. Workers play games one at a time with the very
// `runOne` that `heirs lab` uses, each into a one-game table; the page sums those tables in game
// order, so every count (and every score sum, float for float) equals the Node loop's.
import type { PolicyId } from '../ai/policy.ts';
import { CONTENDERS, type ContenderId, type Fate } from '../sim/ids.ts';
import type { Replay } from '../sim/replay.ts';
import {
  emptyTable,
  finishTable,
  gameSeed,
  runOne,
  type BatchSpec,
  type LabTable,
} from './batch.ts';
import { runGame, summarise, toReplay, type GameSummary, type RunSpec } from './run-game.ts';

/** One game of a batch, as the page lists it. */
export interface GameRecord {
  index: number;
  seed: string;
  /** Who won: the supreme leader, and any side whose own aims were reached (none: empty). */
  winners: ContenderId[];
  firstToFall: ContenderId | 'none';
  fates: Record<ContenderId, Fate>;
  scores: Record<ContenderId, number>;
  /** When each left the Politburo ('YYYY-MM'), or null. */
  falls: Record<ContenderId, string | null>;
}

/** Game `index` of the batch, played by `runOne` into a table of its own. */
export function playOne(spec: BatchSpec, index: number): LabTable {
  const table = emptyTable(spec);
  runOne(spec, table, index);
  return table;
}

function theOne<K extends string>(counts: Record<K, number>, fallback: K): K {
  const keys = Object.keys(counts) as K[];
  return keys.find((k) => counts[k] === 1) ?? fallback;
}

/** Read a one-game table back as the game it counted. */
export function recordOf(spec: BatchSpec, one: LabTable, index: number): GameRecord {
  const fates = {} as Record<ContenderId, Fate>;
  const scores = {} as Record<ContenderId, number>;
  const falls = {} as Record<ContenderId, string | null>;
  for (const c of CONTENDERS) {
    falls[c] = one.falls?.[c]?.[0] ?? null;
    fates[c] = theOne(one.fates[c], 'survived' as Fate);
    scores[c] = one.meanScore[c];
  }
  return {
    index,
    seed: gameSeed(spec.seed, index),
    winners: CONTENDERS.filter((c) => one.winners[c] > 0),
    firstToFall: theOne(one.firstToFall, 'none') as ContenderId | 'none',
    fates,
    scores,
    falls,
  };
}

type Tally = { [key: string]: Tally } | number | (string | null)[] | string | null;

/** Fields a table copies from its batch: the same in every game's table, never added up. */
const IDENTITY = new Set(['scenario', 'seed', 'faction', 'factionPolicy', 'whatif']);

/** Add one game's tally into the total: numbers summed, lists extended, tables walked. */
function addTally(into: { [key: string]: Tally }, from: { [key: string]: Tally }): void {
  for (const [key, value] of Object.entries(from)) {
    const had = into[key];
    if (typeof value === 'number') into[key] = (typeof had === 'number' ? had : 0) + value;
    else if (Array.isArray(value)) {
      // In place: the total's lists are its own, and copying them each game would cost n².
      if (Array.isArray(had)) for (const v of value) had.push(v);
      else into[key] = [...value];
    } else if (value && typeof value === 'object') {
      if (!had || typeof had !== 'object' || Array.isArray(had)) into[key] = {};
      addTally(into[key] as { [key: string]: Tally }, value);
    }
  }
}

/** The batch's table from one-game tables listed in game order (as `runBatch` would build it). */
export function mergeTables(spec: BatchSpec, ones: readonly LabTable[]): LabTable {
  const total = emptyTable(spec) as unknown as { [key: string]: Tally };
  for (const one of ones) {
    const counted = Object.fromEntries(
      Object.entries(one).filter(([key]) => !IDENTITY.has(key)),
    ) as { [key: string]: Tally };
    addTally(total, counted);
  }
  return finishTable(total as unknown as LabTable);
}

/** The inputs of game `index`, as `runOne` builds them, so one game can be played again. */
export function gameRunSpec(spec: BatchSpec, index: number): RunSpec {
  const policies: Partial<Record<ContenderId, PolicyId>> = {};
  if (spec.faction) policies[spec.faction] = spec.factionPolicy;
  return {
    scenario: spec.scenario,
    seed: gameSeed(spec.seed, index),
    options: { difficulty: spec.difficulty, whatifs: spec.whatifs, faction: spec.faction },
    policies,
  };
}

/** Play game `index` again and keep everything: its replay file and its summary. */
export function replayOne(
  spec: BatchSpec,
  index: number,
): { replay: Replay; summary: GameSummary } {
  const { state, actions } = runGame(gameRunSpec(spec, index));
  return { replay: toReplay(state, actions), summary: summarise(state) };
}
