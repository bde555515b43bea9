// The lab's results as files: CSV (one row per outcome, for a spreadsheet) and JSON (every
// setup's table in the shape `heirs lab --json` prints, the comparison, and every game).
import { commandLine } from './setup.ts';
import { fateGroups, firstToFallRows, winnerRows, type ArmResult, type Row } from './model.ts';

export interface RunFacts {
  seconds: number;
  workers: number;
}

function rowsBySection(arms: readonly ArmResult[]): { section: string; who: string; row: Row }[] {
  return [
    ...winnerRows(arms).map((row) => ({ section: 'winner', who: row.label, row })),
    ...firstToFallRows(arms).map((row) => ({ section: 'first to fall', who: row.label, row })),
    ...fateGroups(arms).flatMap((g) =>
      g.seen.map((row) => ({ section: 'fate', who: g.name, row })),
    ),
  ];
}

function csvCell(v: string | number): string {
  if (typeof v === 'number') return String(v);
  // Quoted, and never read as a formula by a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return `"${safe.replace(/"/g, '""')}"`;
}

const r4 = (x: number) => Math.round(x * 10000) / 10000;

export function resultsCsv(arms: readonly ArmResult[]): string {
  const two = arms.length === 2;
  const head = ['section', 'who', 'outcome'];
  for (const a of arms) {
    const p = two ? `${a.name}_` : '';
    head.push(`${p}games`, `${p}runs`, `${p}share`, `${p}low95`, `${p}high95`);
  }
  if (two) head.push('change', 'pairs_only_A', 'pairs_only_B', 'p_value', 'larger_than_chance');
  const lines = [head.join(',')];
  for (const { section, who, row } of rowsBySection(arms)) {
    const cells: (string | number)[] = [section, who, section === 'fate' ? row.label : section];
    row.counts.forEach((c, i) => {
      cells.push(
        c,
        row.runs[i],
        r4(c / Math.max(1, row.runs[i])),
        r4(row.intervals[i].low),
        r4(row.intervals[i].high),
      );
    });
    const p = row.paired;
    if (p) cells.push(r4(p.difference), p.onlyA, p.onlyB, r4(p.p), p.significant ? 'yes' : 'no');
    lines.push(cells.map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function resultsJson(arms: readonly ArmResult[], facts: RunFacts): string {
  const spec = arms[0].spec;
  const games = arms.reduce((n, a) => n + a.records.length, 0);
  return JSON.stringify(
    {
      kind: 'heirs-lab-results',
      formatVersion: 1,
      scenario: spec.scenario.id,
      seed: spec.seed,
      runs: spec.runs,
      workers: facts.workers,
      seconds: Math.round(facts.seconds * 1000) / 1000,
      gamesPerSecond: Math.round((10 * games) / Math.max(facts.seconds, 1e-9)) / 10,
      setups: arms.map((a) => ({
        name: a.name || 'A',
        label: a.label,
        command: commandLine(a.spec),
        table: a.table,
      })),
      comparison:
        arms.length === 2
          ? rowsBySection(arms).map(({ section, who, row }) => ({
              section,
              who,
              outcome: section === 'fate' ? row.label : section,
              ...row.paired,
            }))
          : null,
      games: arms.flatMap((a) =>
        a.records.map((g) => ({ setup: a.name || 'A', game: g.index + 1, ...g, index: undefined })),
      ),
    },
    null,
    1,
  );
}
