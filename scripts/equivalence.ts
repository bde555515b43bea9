// Equivalence check for work that must not change any game: play a fixed list of games and
// compare each one's final state hash (which covers the chronicle), and the hashes of its
// decisions and of the AI's notes, with a recorded list.
//
//   npx tsx scripts/equivalence.ts --record   # before: write the hashes (default file below)
//   npx tsx scripts/equivalence.ts            # after: play again and compare; exit 1 on a change
//
// Options: --file PATH (default test-output/equivalence.json), --seeds N (default 30).
// The list: every built-in scenario × N seeds, all seats AI at each difficulty in turn; then,
// per scenario, Trotsky played by the challenger and by the random policy, all what-ifs on, and
// a few games re-applied move by move through GameDriver (the replay path) and in immutable
// mode (the browser's path: a fresh state each step), which must reach the same hash.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { createActor } from 'xstate';
import type { PolicyId } from '../src/ai/policy.ts';
import { builtinScenarios } from '../src/io/scenario.ts';
import { runGame, type RunSpec } from '../src/lab/run-game.ts';
import { GameDriver } from '../src/machine/driver.ts';
import { gameMachine } from '../src/machine/game-machine.ts';
import { canonicalJson, hashString, stateHash } from '../src/sim/hash.ts';
import type { ContenderId, Difficulty } from '../src/sim/ids.ts';
import { createGame } from '../src/sim/setup.ts';

const { values } = parseArgs({
  options: {
    record: { type: 'boolean', default: false },
    file: { type: 'string', default: 'test-output/equivalence.json' },
    seeds: { type: 'string', default: '30' },
  },
});

interface GameHashes {
  state: string;
  actions: string;
  notes: string;
}

const seeds = Number(values.seeds);
const results: Record<string, GameHashes> = {};
const t0 = performance.now();

function play(key: string, spec: RunSpec): void {
  const run = runGame(spec);
  results[key] = {
    state: stateHash(run.state),
    actions: hashString(canonicalJson(run.actions)),
    notes: hashString(canonicalJson(run.notes)),
  };
}

for (const scenario of builtinScenarios()) {
  const all = scenario.whatifs.map((w) => w.id);
  for (let i = 0; i < seeds; i++) {
    const difficulty = (['historical', 'easy', 'hard'] as Difficulty[])[i % 3];
    const seed = `eq-${i}`;
    play(`${scenario.id}|${seed}|${difficulty}`, {
      scenario,
      seed,
      options: { difficulty, whatifs: [], faction: null },
    });
  }
  for (const [policy, n] of [
    ['challenger', 4],
    ['random', 3],
  ] as [PolicyId, number][]) {
    for (let i = 0; i < n; i++) {
      const seed = `eq-${policy}-${i}`;
      const faction: ContenderId = 'trotsky';
      play(`${scenario.id}|${seed}|trotsky:${policy}`, {
        scenario,
        seed,
        options: { difficulty: 'historical', whatifs: [], faction },
        policies: { [faction]: policy },
      });
    }
  }
  for (let i = 0; i < 2; i++) {
    const seed = `eq-whatifs-${i}`;
    play(`${scenario.id}|${seed}|whatifs`, {
      scenario,
      seed,
      options: { difficulty: 'historical', whatifs: all, faction: null },
    });
  }
  // The replay path and the browser's path: the same decisions, one by one, same hash.
  for (let i = 0; i < 2; i++) {
    const seed = `eq-${i}`;
    const options = { difficulty: 'historical' as const, whatifs: [], faction: null };
    const run = runGame({ scenario, seed, options });
    const game = createGame(scenario, seed, options);
    const driver = new GameDriver(game);
    for (const action of run.actions) driver.play(action);
    results[`${scenario.id}|${seed}|driver`] = {
      state: stateHash(driver.game),
      actions: hashString(canonicalJson(driver.actions)),
      notes: '',
    };
    driver.stop();
    const actor = createActor(gameMachine, {
      input: { scenario, seed, options, immutable: true },
    });
    actor.start();
    const snap = actor.getSnapshot();
    actor.stop();
    results[`${scenario.id}|${seed}|immutable`] = {
      state: stateHash(snap.context.game),
      actions: hashString(canonicalJson(snap.context.actions)),
      notes: hashString(canonicalJson(snap.context.notes)),
    };
  }
}

const seconds = (performance.now() - t0) / 1000;
const count = Object.keys(results).length;
if (values.record) {
  mkdirSync(dirname(values.file), { recursive: true });
  writeFileSync(values.file, JSON.stringify(results, null, 1) + '\n');
  console.log(`recorded ${count} games to ${values.file} (${seconds.toFixed(1)} s)`);
} else {
  const recorded = JSON.parse(readFileSync(values.file, 'utf8')) as Record<string, GameHashes>;
  const differ: string[] = [];
  for (const key of new Set([...Object.keys(recorded), ...Object.keys(results)])) {
    const a = recorded[key];
    const b = results[key];
    if (!a || !b) differ.push(`${key}: ${a ? 'not played now' : 'not recorded'}`);
    else if (a.state !== b.state) differ.push(`${key}: final state differs`);
    else if (a.actions !== b.actions) differ.push(`${key}: decisions differ`);
    else if (a.notes !== b.notes) differ.push(`${key}: AI notes differ`);
  }
  if (differ.length > 0) {
    console.log(`${differ.length} of ${count} games differ:\n${differ.join('\n')}`);
    process.exit(1);
  }
  console.log(`${count} games identical to ${values.file} (${seconds.toFixed(1)} s)`);
}
