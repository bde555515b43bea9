// What one what-if changes in its scenario: every contender's fate distribution, switch off
// against switch on, on the same seeds (paired games). Prints Markdown.
// Usage: npx tsx scripts/switch-effects.ts [--whatif <id>]... [--scenario <id>] [--runs 200] [--seed sw]
// (every switch, each in its scenario from scripts/switch-scenarios.ts, when no --whatif is given)
import { parseArgs } from 'node:util';
import { builtinScenarios, findBuiltinScenario } from '../src/io/scenario.ts';
import { runBatch, type LabTable } from '../src/lab/batch.ts';
import { CONTENDERS, FATES } from '../src/sim/ids.ts';
import { SWITCH_SCENARIO } from './switch-scenarios.ts';

const { values } = parseArgs({
  options: {
    whatif: { type: 'string', multiple: true },
    scenario: { type: 'string' },
    runs: { type: 'string', default: '200' },
    seed: { type: 'string', default: 'sw' },
  },
});
const runs = Number(values.runs);
const ids = values.whatif?.length ? values.whatif : Object.keys(SWITCH_SCENARIO);
const pct = (n: number) => Math.round((100 * n) / runs);

for (const id of ids) {
  const scId =
    values.scenario ??
    SWITCH_SCENARIO[id] ??
    builtinScenarios().find((s) => s.whatifs.some((w) => w.id === id))!.id;
  const sc = findBuiltinScenario(scId);
  if (!sc.ok) throw new Error(sc.error.what);
  const spec = {
    scenario: sc.value,
    runs,
    seed: values.seed!,
    faction: null,
    factionPolicy: 'challenger' as const,
    difficulty: 'historical' as const,
  };
  const off: LabTable = runBatch({ ...spec, whatifs: [] });
  const on: LabTable = runBatch({ ...spec, whatifs: [id] });
  console.log(`### ${id} in ${scId} (${runs} runs, seed ${values.seed})\n`);
  console.log(`| contender | ${FATES.join(' | ')} |`);
  console.log(`|---|${FATES.map(() => '---').join('|')}|`);
  let best = { label: '', d: 0 };
  for (const c of CONTENDERS) {
    const cells = FATES.map((f) => {
      const a = pct(off.fates[c][f]);
      const b = pct(on.fates[c][f]);
      const d = b - a;
      if (Math.abs(d) > Math.abs(best.d)) best = { label: `${c} ${f}`, d };
      return a === b ? `${a}` : `${a}→${b}`;
    });
    console.log(`| ${c} | ${cells.join(' | ')} |`);
  }
  console.log(
    `\nStalin supreme ${pct(off.fates.stalin.supreme)}% → ${pct(on.fates.stalin.supreme)}%; no winner ${pct(off.winners.none)}% → ${pct(on.winners.none)}%; largest change: ${best.label} ${best.d > 0 ? '+' : ''}${best.d} points\n`,
  );
}
