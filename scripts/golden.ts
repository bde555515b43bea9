// npm run golden — re-record the golden replay after an intended change of the rules, content
// or AI. The golden test then pins the new final hash; review the diff of the summary it prints.
import { writeFileSync } from 'node:fs';
import { findBuiltinScenario } from '../src/io/scenario.ts';
import { runGame, summarise, toReplay } from '../src/lab/run-game.ts';

const scenario = findBuiltinScenario('1922-full');
if (!scenario.ok) throw new Error(scenario.error.what);
const run = runGame({
  scenario: scenario.value,
  seed: 'golden',
  options: { difficulty: 'historical', whatifs: [], faction: 'trotsky' },
});
const replay = toReplay(run.state, run.actions);
writeFileSync('tests/fixtures/golden-1922-full.json', JSON.stringify(replay) + '\n');
const summary = summarise(run.state);
writeFileSync('tests/fixtures/golden-1922-full.summary.json', JSON.stringify(summary, null, 2) + '\n');
console.log(`golden replay: ${replay.actions.length} actions, final hash ${replay.finalStateHash}`);
