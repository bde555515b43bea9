// npm run calibrate — the figures in docs/balance.md, from the lab. Prints Markdown.
// Options: --runs N (per cell, default 200), --history-runs N (default 500), --seed S,
// --only history|fair|whatif|later|planner, --planner (add the planner's cells to a full run:
// they are slow, about 10 s a game), --planner-runs N (per planner cell, default --runs).
import { parseArgs } from 'node:util';
import type { PolicyId } from '../src/ai/policy.ts';
import { builtinScenarios, findBuiltinScenario } from '../src/io/scenario.ts';
import { runBatch, type BatchSpec, type LabTable } from '../src/lab/batch.ts';
import { CONTENDERS, FATES, type ContenderId } from '../src/sim/ids.ts';
import { SWITCH_SCENARIO } from './switch-scenarios.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '200' },
    'history-runs': { type: 'string', default: '500' },
    seed: { type: 'string', default: 'balance' },
    only: { type: 'string' },
    planner: { type: 'boolean', default: false },
    'planner-runs': { type: 'string' },
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
  const parts = [`npx heirs lab --scenario ${over.scenario?.id ?? '1922-full'} --runs ${n} --seed ${values.seed}`];
  if (over.faction) parts.push(`--faction ${over.faction} --faction-policy ${over.factionPolicy ?? 'challenger'}`);
  for (const w of over.whatifs ?? []) parts.push(`--whatif ${w}`);
  return parts.join(' ');
}

/** When each left the Politburo in the record (the fact sheet). */
const RECORD_FALLS: Record<ContenderId, string> = {
  stalin: 'never',
  trotsky: '1926-10',
  zinoviev: '1926-07',
  kamenev: '1926-10 (a candidate from January 1926)',
  bukharin: '1929-11',
  tomsky: '1930-07 (after the end)',
  rykov: '1930 (after the end)',
};

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
  console.log(`#### History's clock: when each contender leaves the Politburo (median of ${n} games)\n`);
  console.log('A contender who never leaves counts as after the end (December 1929).\n');
  console.log('| contender | game: median | game: middle half | record |');
  console.log('|---|---|---|---|');
  for (const c of CONTENDERS) {
    const sorted = [...t.falls[c]].sort((a, b) => (a ?? '9999').localeCompare(b ?? '9999'));
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 'after the end';
    console.log(`| ${c} | ${at(0.5)} | ${at(0.25)} – ${at(0.75)} | ${RECORD_FALLS[c]} |`);
  }
  console.log();
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
  console.log(
    'Each switch is measured in the scenario nearest its divergence (scripts/switch-scenarios.ts), against the same scenario without switches, on the same seeds. Per-contender tables: `npx tsx scripts/switch-effects.ts`.\n',
  );
  console.log('| what-if | scenario | Stalin supreme (off → on) | no winner (off → on) | largest change in a fate |');
  console.log('|---|---|---|---|---|');
  const all = builtinScenarios();
  const ids = [...new Set(all.flatMap((s) => s.whatifs.map((w) => w.id)))];
  for (const id of ids) {
    const sc =
      all.find((s) => s.id === SWITCH_SCENARIO[id]) ??
      [...all].reverse().find((s) => s.whatifs.some((w) => w.id === id))!;
    const base = batch({ scenario: sc });
    const on = batch({ scenario: sc, whatifs: [id] });
    let best = { label: '', d: 0 };
    for (const c of CONTENDERS) {
      for (const f of FATES) {
        const d = (on.fates[c][f] - base.fates[c][f]) / runs;
        if (Math.abs(d) > Math.abs(best.d)) best = { label: `${c} ${f}`, d };
      }
    }
    const arrow = (a: number, b: number) => `${pct(a, runs)} → ${pct(b, runs)}`;
    console.log(
      `| ${id} | ${sc.id} | ${arrow(base.fates.stalin.supreme, on.fates.stalin.supreme)} | ${arrow(base.winners.none, on.winners.none)} | ${best.label} ${best.d > 0 ? '+' : ''}${Math.round(best.d * 100)} points |`,
    );
  }
  console.log();
}

if (!only || only === 'later') {
  console.log(`### The challenger in the later scenarios (${runs} runs per cell)\n`);
  console.log('| scenario | seat | challenger wins | historical wins (baseline) |');
  console.log('|---|---|---|---|');
  for (const sc of builtinScenarios().slice(1)) {
    const base = batch({ scenario: sc });
    for (const c of sc.playable) {
      const ch = batch({ scenario: sc, faction: c, factionPolicy: 'challenger' as PolicyId });
      console.log(`| ${sc.id} | ${c} | ${pct(ch.winners[c], runs)} | ${pct(base.winners[c], runs)} |`);
    }
  }
  console.log();
}

if (only === 'planner' || (!only && values.planner)) {
  // The planning AI (src/ai/planner.ts) in the seats issue 8 names, beside the heuristic
  // challenger, random play and the seat's historical temperament, on the same seeds.
  const n = Number(values['planner-runs'] ?? runs);
  const late = findBuiltinScenario('1928-grain-crisis');
  if (!late.ok) throw new Error(late.error.what);
  const cells: [typeof scenario, ContenderId][] = [
    [scenario, 'trotsky'],
    [scenario, 'bukharin'],
    [scenario, 'zinoviev'],
    [scenario, 'stalin'],
    [late.value, 'bukharin'],
  ];
  console.log(`### The planner (${n} runs per cell)\n`);
  console.log('Win rate (supremacy or the seat\'s aims) of one seat by policy, against historical opponents.\n');
  console.log('| scenario | seat | planner wins | challenger wins | random wins | historical wins | planner: s a game |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [sc, c] of cells) {
    const cell = (factionPolicy: PolicyId) =>
      batch({ scenario: sc, runs: n, faction: factionPolicy === 'historical' ? null : c, factionPolicy });
    const started = performance.now();
    const planned = cell('planner');
    const each = (performance.now() - started) / 1000 / n;
    const w = (t: LabTable) => pct(t.winners[c], n);
    console.log(`| ${sc.id} | ${c} | ${w(planned)} | ${w(cell('challenger'))} | ${w(cell('random'))} | ${w(cell('historical'))} | ${each.toFixed(1)} |`);
  }
  console.log(`\nCommand per cell: \`${command({ faction: 'trotsky', factionPolicy: 'planner' }, n)}\`\n`);
}

console.error(`calibration took ${((performance.now() - t0) / 1000).toFixed(0)} s`);
