// npm run bench — full all-AI games per second, the same games with no AI thinking (the rules
// and the machine alone), AI decision time per action, memory over a long lab batch. One
// process, one core. Options: --games N (per sample), --samples N, --memory-runs N (default
// 300; the 10,000-run soak: --memory-runs 10000), --planner-games N (games whose
// planned decisions are timed, default 2).
import os from 'node:os';
import { parseArgs } from 'node:util';
import { decide, plansMove, type PolicyId } from '../src/ai/policy.ts';
import { findBuiltinScenario } from '../src/io/scenario.ts';
import { emptyTable, runOne } from '../src/lab/batch.ts';
import { runGame } from '../src/lab/run-game.ts';
import { GameDriver, runFuture } from '../src/machine/driver.ts';
import { createGame, nextDecision } from '../src/sim/index.ts';
import { stateHash } from '../src/sim/hash.ts';
import { SideStream } from '../src/sim/rng.ts';
import type { Action } from '../src/sim/types.ts';

const { values } = parseArgs({
  options: {
    games: { type: 'string', default: '20' },
    samples: { type: 'string', default: '5' },
    'memory-runs': { type: 'string', default: '300' },
    /** Games whose planned decisions are timed (each takes ~10 s). */
    'planner-games': { type: 'string', default: '2' },
  },
});
const scenarioResult = findBuiltinScenario('1922-full');
if (!scenarioResult.ok) throw new Error(scenarioResult.error.what);
const scenario = scenarioResult.value;
const options = { difficulty: 'historical' as const, whatifs: [], faction: null };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

console.log(
  `Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}`,
);

// 1. Games per second.
const games = Number(values.games);
const rates: number[] = [];
const cpuPerGame: number[] = [];
runGame({ scenario, seed: 'warm-up', options });
let lastSample: { seed: string; actions: readonly Action[]; hash: string }[] = [];
for (let s = 0; s < Number(values.samples); s++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const played = [];
  for (let i = 0; i < games; i++) {
    const seed = `bench-${s}-${i}`;
    played.push({ seed, run: runGame({ scenario, seed, options }) });
  }
  const cpu = process.cpuUsage(c0);
  rates.push((games * 1000) / (performance.now() - t0));
  // Kept for the floor below; hashed after the clock stopped.
  lastSample = played.map(({ seed, run }) => ({
    seed,
    actions: run.actions,
    hash: stateHash(run.state),
  }));
  cpuPerGame.push((cpu.user + cpu.system) / 1000 / games);
}
console.log(
  `Full all-AI games of 1922-full: median ${median(rates).toFixed(1)} games/s (${rates.map((r) => r.toFixed(1)).join(', ')}; ${games} games per sample)`,
);
// The process's own CPU time is steadier than the clock on a machine shared with other work
// (the rate above counts the time other processes held the core); the first sample is the
// slowest while the JIT is still compiling.
console.log(
  `CPU time per game: min ${Math.min(...cpuPerGame).toFixed(1)} ms, median ${median(cpuPerGame).toFixed(1)} ms (${cpuPerGame.map((c) => c.toFixed(1)).join(', ')})`,
);

// 1b. The floor under the AI: the last sample's games again, every rule run by the machine as
// above, but every seat's move read from the game's own record instead of decided. What is
// left is the rules and the machine: how fast a game could be with an AI that cost nothing.
const floorCpu: number[] = [];
for (let rep = 0; rep < 3; rep++) {
  let micros = 0;
  for (const game of lastSample) {
    const state = createGame(scenario, game.seed, options);
    let next = 0;
    const c0 = process.cpuUsage();
    runFuture(state, { lastTurn: Number.MAX_SAFE_INTEGER, move: () => game.actions[next++] });
    const used = process.cpuUsage(c0);
    micros += used.user + used.system;
    if (stateHash(state) !== game.hash) throw new Error(`the floor replay of ${game.seed} differs`);
  }
  floorCpu.push(micros / 1000 / lastSample.length);
}
console.log(
  `The rules and the machine alone (the same games, no AI thinking): CPU per game min ${Math.min(...floorCpu).toFixed(1)} ms, median ${median(floorCpu).toFixed(1)} ms (${floorCpu.map((c) => c.toFixed(1)).join(', ')}), at most ${(1000 / Math.min(...floorCpu)).toFixed(0)} games/s`,
);

// 2. AI decision time per action, per heuristic policy (every seat plays it).
for (const policy of ['easy', 'historical', 'challenger'] as PolicyId[]) {
  const times: number[] = [];
  for (let g = 0; g < 3; g++) {
    const state = createGame(scenario, `decide-${policy}-${g}`, options);
    const stream = new SideStream(`ai|${g}`);
    const driver = new GameDriver(state);
    for (let i = 0; i < 5000; i++) {
      const d = nextDecision(state);
      if (!d) break;
      const t0 = performance.now();
      const choice = decide(state, d.contender, policy, stream);
      times.push(performance.now() - t0);
      driver.play(choice.action);
    }
    driver.stop();
  }
  console.log(
    `AI decision (${policy.padEnd(10)}): median ${(median(times) * 1000).toFixed(0)} µs, p95 ${(percentile(times, 95) * 1000).toFixed(0)} µs over ${times.length} decisions`,
  );
}

// 2b. The planning policies (src/ai/planner.ts): one seat plans, the others play history;
// only the planned decisions are timed (the seat's action-phase moves; for `hard`, only the
// opening move of each quarter is planned, the rest are its heuristic's).
for (const policy of ['hard', 'planner'] as PolicyId[]) {
  const times: number[] = [];
  // CPU time as well as wall time: on a shared machine the wall clock measures the others' load.
  const cpu: number[] = [];
  const seat = 'trotsky';
  for (let g = 0; g < Number(values['planner-games']); g++) {
    const state = createGame(scenario, `decide-${policy}-${g}`, options);
    const stream = new SideStream(`ai|${g}`);
    const driver = new GameDriver(state);
    for (let i = 0; i < 5000; i++) {
      const d = nextDecision(state);
      if (!d) break;
      const planned = d.contender === seat && plansMove(state, seat, policy);
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const choice = decide(
        state,
        d.contender,
        d.contender === seat ? policy : 'historical',
        stream,
        runFuture,
      );
      if (planned) {
        times.push(performance.now() - t0);
        const used = process.cpuUsage(c0);
        cpu.push((used.user + used.system) / 1000);
      }
      driver.play(choice.action);
    }
    driver.stop();
  }
  console.log(
    `AI decision (${policy.padEnd(10)}): median ${median(times).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms over ${times.length} planned decisions (${seat}'s action phase; Node); CPU time median ${median(cpu).toFixed(0)} ms, p95 ${percentile(cpu, 95).toFixed(0)} ms; load average ${os.loadavg()[0].toFixed(1)}`,
  );
}

// 3. Memory over a long lab batch: peak resident size, and growth from the first to the last tenth.
const runs = Number(values['memory-runs']);
const spec = {
  scenario,
  runs,
  seed: 'memory',
  faction: null,
  factionPolicy: 'challenger' as PolicyId,
  difficulty: 'historical' as const,
  whatifs: [],
};
const table = emptyTable(spec);
let peak = 0;
const heapAt: number[] = [];
for (let i = 0; i < runs; i++) {
  runOne(spec, table, i);
  const rss = process.memoryUsage().rss;
  peak = Math.max(peak, rss);
  if (i % Math.max(1, Math.floor(runs / 10)) === 0) heapAt.push(process.memoryUsage().heapUsed);
}
const mb = (n: number) => (n / 1048576).toFixed(1);
console.log(
  `Memory over ${runs} lab runs: peak RSS ${mb(peak)} MB; heap used at each tenth: ${heapAt.map(mb).join(', ')} MB`,
);
