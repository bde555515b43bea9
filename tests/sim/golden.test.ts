// A recorded game must replay to exactly the same final state. If this fails after an intended
// change to the rules or content, re-record with `npm run golden` and review the summary diff.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReplay } from '../../src/io/replay.ts';
import { summarise } from '../../src/lab/run-game.ts';
import { runReplay } from '../../src/machine/replay.ts';
import { scenario } from '../helpers.ts';

describe('golden replay (1922-full, seed "golden", Trotsky)', () => {
  const file = 'tests/fixtures/golden-1922-full.json';
  const parsed = parseReplay(file, readFileSync(file, 'utf8'));

  it('replays every action legally to the recorded final hash and summary', () => {
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const run = runReplay(scenario(), parsed.value);
    expect(run.ok, run.ok ? '' : `action ${run.index}: ${run.what}`).toBe(true);
    if (!run.ok) return;
    expect(run.hash).toBe(parsed.value.finalStateHash);
    const summary = JSON.parse(
      readFileSync('tests/fixtures/golden-1922-full.summary.json', 'utf8'),
    );
    expect(summarise(run.state)).toEqual(summary);
  });
});
