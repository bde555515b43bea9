// Why a seat misses its aims: play N lab games with one seat on a policy and count, for that
// seat, how often each aim condition held at the end, its fate, and the economic line.
// npx tsx scripts/why-aims.ts --scenario 1922-full --seat trotsky --policy challenger --runs 100
import { loadScenario } from '../src/cli/files.ts';
import { gameSeed } from '../src/lab/batch.ts';
import { runGame } from '../src/lab/run-game.ts';
import { gradeAims } from '../src/sim/aims.ts';
import type { ContenderId } from '../src/sim/ids.ts';
import type { PolicyId } from '../src/ai/policy.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const scenarioId = arg('scenario', '1922-full');
const seat = arg('seat', 'trotsky') as ContenderId;
const policy = arg('policy', 'challenger') as PolicyId;
const runs = Number(arg('runs', '100'));
const seed = arg('seed', 'balance');
// Piped into `head`, stop quietly when the reader has had enough.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const loaded = loadScenario(scenarioId);
if (!loaded.ok) throw new Error(loaded.error.what);

const conditionHeld = new Map<string, number>();
const fates = new Map<string, number>();
let met = 0;
let lineSum = 0;
for (let i = 0; i < runs; i++) {
  const { state } = runGame({
    scenario: loaded.value,
    seed: gameSeed(seed, i),
    options: { difficulty: 'historical', whatifs: [], faction: seat },
    policies: { [seat]: policy },
  });
  const outcome = state.outcome!;
  const grade = gradeAims(state, outcome.fates)[seat];
  if (grade.met || outcome.winner === seat) met += 1;
  for (const c of grade.conditions)
    conditionHeld.set(c.label, (conditionHeld.get(c.label) ?? 0) + (c.met ? 1 : 0));
  fates.set(outcome.fates[seat], (fates.get(outcome.fates[seat]) ?? 0) + 1);
  lineSum += state.partyLine.economy;
}
console.log(`${seat} (${policy}) in ${scenarioId}, ${runs} games: wins ${met}`);
for (const [label, n] of conditionHeld) console.log(`  ${n}/${runs}  ${label}`);
console.log(
  '  fates:',
  Object.fromEntries(fates),
  ' mean economic line:',
  Math.round(lineSum / runs),
);
