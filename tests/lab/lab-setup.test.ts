// The lab page's setup, in Node: a link fills it (and names what it cannot use), the batches
// follow it, and the command line it prints is the one `heirs lab` understands.
import { describe, expect, it } from 'vitest';
import { builtinScenarios } from '../../src/io/scenario.ts';
import { commandLine, setupFromLink, specsOf } from '../../src/ui/lab/setup.ts';

const scenarios = builtinScenarios();

describe('the lab page setup', () => {
  it('reads a link for two setups on the same seeds', () => {
    const { setup, problems } = setupFromLink(
      '?scenario=1924-lenin-dies&runs=1000&seed=class&compare=1&b-whatif=trotsky_at_funeral&b-faction=trotsky&b-policy=random',
      scenarios,
    );
    expect(problems).toEqual([]);
    const [a, b] = specsOf(
      setup,
      scenarios.find((s) => s.id === '1924-lenin-dies')!,
    );
    expect([a.runs, a.seed, a.whatifs, a.faction]).toEqual([1000, 'class', [], null]);
    expect([b.runs, b.seed, b.whatifs, b.faction, b.factionPolicy]).toEqual([
      1000,
      'class',
      ['trotsky_at_funeral'],
      'trotsky',
      'random',
    ]);
    expect(commandLine(b)).toBe(
      'npx heirs lab --scenario 1924-lenin-dies --runs 1000 --seed class --faction trotsky --faction-policy random --whatif trotsky_at_funeral',
    );
  });

  it('names what a link gets wrong and keeps the usual choices', () => {
    const { setup, problems } = setupFromLink(
      '?scenario=1930&runs=0&whatif=nope&faction=lenin&policy=clever',
      scenarios,
    );
    expect(setup.scenarioId).toBe(scenarios[0].id);
    expect(setup.runs).toBe(200);
    expect(setup.arms[0]).toEqual({
      whatifs: [],
      faction: null,
      factionPolicy: 'challenger',
      difficulty: 'historical',
    });
    expect(problems).toHaveLength(5);
    expect(problems.join(' ')).toContain('\u201c1930\u201d');
  });

  it('quotes a seed the shell would split', () => {
    const { setup } = setupFromLink("?seed=class 7b's", scenarios);
    const [spec] = specsOf(setup, scenarios[0]);
    expect(commandLine(spec)).toContain(`--seed 'class 7b'\\''s'`);
  });
});
