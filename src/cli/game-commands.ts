// `heirs play`, `heirs replay`, `heirs lab`.
import { POLICIES, type PolicyId } from '../ai/policy.ts';
import type { ScenarioData } from '../content/types.ts';
import { CONTENDER_INFO } from '../content/people.ts';
import { serializeReplay } from '../io/replay.ts';
import { emptyTable, finishTable, runOne, type BatchSpec, type LabTable } from '../lab/batch.ts';
import {
  decisiveMoments,
  runGame,
  summarise,
  toReplay,
  type GameSummary,
} from '../lab/run-game.ts';
import { CONTENDERS, DIFFICULTIES, FATES, type ContenderId } from '../sim/ids.ts';
import { checkpointsOf } from '../machine/replay.ts';
import type { GameState } from '../sim/types.ts';
import { oneOf, parse, positiveInt, UsageError } from './args.ts';
import { loadScenario, writeText } from './files.ts';
import { unwrap, type Io } from './io.ts';

function checkWhatifs(scenario: ScenarioData, ids: string[]): string[] {
  for (const id of ids) {
    if (!scenario.whatifs.some((w) => w.id === id)) {
      const known = scenario.whatifs.map((w) => w.id).join(', ') || 'none';
      throw new UsageError(
        `--whatif '${id}' is not a what-if of scenario '${scenario.id}' (known: ${known})`,
      );
    }
  }
  return ids;
}

function faction(value: string | undefined): ContenderId | null {
  if (value === undefined) return null;
  return oneOf('faction', value, CONTENDERS, 'stalin');
}

export function printSummary(io: Io, summary: GameSummary, state: GameState): void {
  io.out(
    `Scenario ${summary.scenario}, seed '${summary.seed}': ${summary.turns} turns, ended ${summary.endDate}.`,
  );
  io.out(state.outcome?.reason ?? '');
  io.out(
    summary.winner
      ? `Winner: ${CONTENDER_INFO[summary.winner].name}.`
      : 'No single winner: the leadership stays collective.',
  );
  if (summary.aimsMet.length > 0)
    io.out(`Aims reached: ${summary.aimsMet.map((c) => CONTENDER_INFO[c].name).join(', ')}.`);
  io.out('');
  io.out('Fates:');
  for (const c of CONTENDERS) {
    const mark = c === summary.faction ? ' (your seat)' : '';
    io.out(
      `  ${CONTENDER_INFO[c].name.padEnd(10)} ${summary.fates[c].padEnd(11)} score ${summary.scores[c]}${mark}`,
    );
  }
  const moments = decisiveMoments(state);
  if (moments.length > 0) {
    io.out('');
    io.out('Decisive moments:');
    for (const m of moments) io.out(`  ${m}`);
  }
  io.out('');
  io.out(`Final state hash: ${summary.finalStateHash}`);
}

export function playCommand(argv: string[], io: Io): number {
  const { values } = parse(argv, {
    scenario: { type: 'string' },
    seed: { type: 'string' },
    faction: { type: 'string' },
    difficulty: { type: 'string' },
    whatif: { type: 'string', multiple: true },
    'replay-out': { type: 'string' },
    json: { type: 'boolean' },
  });
  if (!values.scenario)
    throw new UsageError(
      '--scenario is required (try --scenario 1922-full; `heirs scenarios` lists them)',
    );
  if (values.seed === undefined)
    throw new UsageError('--seed is required (any text, e.g. --seed 42)');
  const scenario = unwrap(loadScenario(values.scenario));
  const seat = faction(values.faction);
  const difficulty = oneOf('difficulty', values.difficulty, DIFFICULTIES, 'historical');
  const whatifs = checkWhatifs(scenario, values.whatif ?? []);
  const run = runGame({
    scenario,
    seed: values.seed,
    options: { difficulty, whatifs, faction: seat },
  });
  const { state, actions } = run;
  const summary = summarise(state);
  const { notes } = run;
  if (values['replay-out']) {
    const replay = toReplay(state, actions, { notes });
    replay.checkpoints = checkpointsOf(scenario, replay);
    unwrap(writeText(values['replay-out'], serializeReplay(replay)));
  }
  if (values.json) io.out(JSON.stringify(summary));
  else printSummary(io, summary, state);
  return 0;
}

function printTable(io: Io, t: LabTable, seconds: number): void {
  io.out(
    `Lab: ${t.runs} games of ${t.scenario}, seed '${t.seed}'${t.faction ? `, ${t.faction} played by ${t.factionPolicy}` : ''}${t.whatif.length ? `, what-ifs: ${t.whatif.join(', ')}` : ''}`,
  );
  io.out(`${seconds.toFixed(1)} s, ${(t.runs / Math.max(seconds, 1e-9)).toFixed(1)} games/s`);
  io.out('');
  io.out(
    `${'contender'.padEnd(10)} ${'wins'.padStart(6)} ${'1st out'.padStart(8)} ${FATES.map((f) => f.slice(0, 9).padStart(10)).join('')} ${'score'.padStart(7)}`,
  );
  for (const c of CONTENDERS) {
    const pct = (n: number) => `${Math.round((100 * n) / Math.max(1, t.runs))}%`.padStart(10);
    io.out(
      `${CONTENDER_INFO[c].name.padEnd(10)} ${pct(t.winners[c]).slice(4).padStart(6)} ${pct(t.firstToFall[c]).slice(2).padStart(8)} ${FATES.map((f) => pct(t.fates[c][f])).join('')} ${String(t.meanScore[c]).padStart(7)}`,
    );
  }
  io.out(
    `${'no winner'.padEnd(10)} ${`${Math.round((100 * t.winners.none) / Math.max(1, t.runs))}%`.padStart(6)}`,
  );
}

export function labCommand(argv: string[], io: Io): number {
  const { values } = parse(argv, {
    scenario: { type: 'string' },
    runs: { type: 'string' },
    seed: { type: 'string' },
    faction: { type: 'string' },
    'faction-policy': { type: 'string' },
    difficulty: { type: 'string' },
    whatif: { type: 'string', multiple: true },
    json: { type: 'boolean' },
  });
  if (!values.scenario) throw new UsageError('--scenario is required (try --scenario 1922-full)');
  const scenario = unwrap(loadScenario(values.scenario));
  const spec: BatchSpec = {
    scenario,
    runs: positiveInt('runs', values.runs, 100),
    seed: values.seed ?? 'lab',
    faction: faction(values.faction),
    factionPolicy: oneOf<PolicyId>(
      'faction-policy',
      values['faction-policy'],
      POLICIES,
      'challenger',
    ),
    difficulty: oneOf('difficulty', values.difficulty, DIFFICULTIES, 'historical'),
    whatifs: checkWhatifs(scenario, values.whatif ?? []),
  };
  const started = io.now();
  const table = emptyTable(spec);
  for (let i = 0; i < spec.runs; i++) {
    runOne(spec, table, i);
    if (io.progress && (i % 5 === 4 || i + 1 === spec.runs)) {
      const width = 30;
      const filled = Math.round((width * (i + 1)) / spec.runs);
      io.progress(`[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${i + 1}/${spec.runs}`);
    }
  }
  const seconds = (io.now() - started) / 1000;
  const result = finishTable(table);
  if (values.json) {
    io.out(
      JSON.stringify({
        ...result,
        seconds: Math.round(seconds * 1000) / 1000,
        gamesPerSecond: Math.round((10 * result.runs) / Math.max(seconds, 1e-9)) / 10,
      }),
    );
  } else {
    printTable(io, result, seconds);
  }
  return 0;
}
