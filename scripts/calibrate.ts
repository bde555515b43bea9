// npm run calibrate — the figures in docs/balance.md, from the lab. Prints Markdown.
// Options: --runs N (per cell, default 100), --history-runs N (default 500), --seed S.
import { parseArgs } from 'node:util';
import type { PolicyId } from '../src/ai/policy.ts';
import { findBuiltinScenario } from '../src/io/scenario.ts';
import { runBatch, type BatchSpec, type LabTable } from '../src/lab/batch.ts';
import { CONTENDERS, type ContenderId } from '../src/sim/ids.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100' },
    'history-runs': { type: 'string', default: '500' },
    seed: { type: 'string', default: 'balance' },
    only: { type: 'string' },
  },
});
const sc = findBuiltinScenario('1922-full');
if (!sc.ok) throw new Error(sc.error.what);
const scenario = sc.value;
const runs = Number(values.runs);
const pct = (n: number, d: number) => `${Math.round((100 * n) / Math.max(1, d))}%`;

function batch(over: Partial<BatchSpec>): LabTable {
  return runBatch({
    scenario,
    runs,
    seed: values.seed!,
    faction: null,
    factionPolicy: 'challenger',
    difficulty: 'historical',
    whatifs: [],
    ...over,
  });
}

function command(over: Partial<BatchSpec>, n: number): string {
  const parts = [`npx heirs lab --scenario 1922-full --runs ${n} --seed ${values.seed}`];
  if (over.faction) parts.push(`--faction ${over.faction} --faction-policy ${over.factionPolicy ?? 'challenger'}`);
  for (const w of over.whatifs ?? []) parts.push(`--whatif ${w}`);
  return parts.join(' ');
}

const t0 = performance.now();
const only = values.only;

if (!only || only === 'history') {
  const n = Number(values['history-runs']);
  const t = batch({ runs: n });
  console.log(`### History as the benchmark (${n} runs, every seat historical)\n`);
  console.log(`\`${command({}, n)}\`\n`);
  console.log('| contender | supreme | first to fall | expelled or exiled | mean score |');
  console.log('|---|---|---|---|---|');
  for (const c of CONTENDERS) {
    const f = t.fates[c];
    console.log(`| ${c} | ${pct(f.supreme, n)} | ${pct(t.firstToFall[c], n)} | ${pct(f.expelled + f.exiled, n)} | ${t.meanScore[c]} |`);
  }
  console.log(`| no winner | ${pct(t.winners.none, n)} | ${pct(t.firstToFall.none, n)} | | |\n`);
}

if (!only || only === 'fair') {
  console.log(`### A fair fight and skill (${runs} runs per cell)\n`);
  console.log('Win rate of a seat played by the `challenger` policy, and by `random`, against historical opponents.\n');
  console.log('| seat | challenger wins | random wins | historical wins (baseline) |');
  console.log('|---|---|---|---|');
  const base = batch({});
  for (const c of CONTENDERS as readonly ContenderId[]) {
    const ch = batch({ faction: c, factionPolicy: 'challenger' as PolicyId });
    const rnd = batch({ faction: c, factionPolicy: 'random' as PolicyId });
    console.log(`| ${c} | ${pct(ch.winners[c], runs)} | ${pct(rnd.winners[c], runs)} | ${pct(base.winners[c], runs)} |`);
  }
  console.log(`\nCommand per cell: \`${command({ faction: 'trotsky', factionPolicy: 'challenger' }, runs)}\`\n`);
}

if (!only || only === 'whatif') {
  console.log(`### What the switches change (${runs} runs each)\n`);
  const base = batch({});
  console.log('| what-if | Stalin supreme | no winner | first to fall (most often) | notable change |');
  console.log('|---|---|---|---|---|');
  const row = (label: string, t: LabTable) => {
    const first = Object.entries(t.firstToFall).sort((a, b) => b[1] - a[1])[0];
    const changes = CONTENDERS.map((c) => {
      const d = (t.fates[c].expelled + t.fates[c].exiled - base.fates[c].expelled - base.fates[c].exiled) / runs;
      return { c, d };
    }).sort((a, b) => Math.abs(b.d) - Math.abs(a.d))[0];
    const note = Math.abs(changes.d) >= 0.05 ? `${changes.c} expelled/exiled ${changes.d > 0 ? '+' : ''}${Math.round(changes.d * 100)} points` : '';
    console.log(`| ${label} | ${pct(t.fates.stalin.supreme, runs)} | ${pct(t.winners.none, runs)} | ${first[0]} (${pct(first[1], runs)}) | ${note} |`);
  };
  row('(none)', base);
  for (const w of scenario.whatifs) row(w.id, batch({ whatifs: [w.id] }));
  console.log();
}
console.error(`calibration took ${((performance.now() - t0) / 1000).toFixed(0)} s`);
