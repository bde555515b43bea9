// Bad input gets one readable message naming the file, the place and what was expected.
import { describe, expect, it } from 'vitest';
import { parseScenario, validateScenario } from '../../src/io/scenario.ts';
import { parseReplay, serializeReplay } from '../../src/io/replay.ts';
import { formatError } from '../../src/io/result.ts';
import { runGame, toReplay } from '../../src/lab/run-game.ts';
import { OPTIONS, allScenarios, scenario } from '../helpers.ts';

function clone<T>(x: T): T {
  return JSON.parse(JSON.stringify(x));
}

function errorOf(r: {
  ok: boolean;
  error?: { file: string; where: string; what: string };
}): string {
  if (r.ok || !r.error) throw new Error('expected an error');
  return formatError(r.error);
}

describe('scenario files', () => {
  it('every built-in scenario round-trips: parse(serialize(x)) equals x', () => {
    for (const s of allScenarios()) {
      const again = parseScenario(`${s.id}.json`, JSON.stringify(s));
      expect(again.ok).toBe(true);
      if (again.ok) expect(again.value).toEqual(s);
    }
  });

  it('names the place of a misspelt contender, with a suggestion', () => {
    const bad = clone(scenario()) as unknown as { posts: Record<string, string> };
    bad.posts.war_commissar = 'trotksy';
    expect(errorOf(validateScenario('mine.json', bad))).toBe(
      "mine.json: posts.war_commissar: expected one of 24 known ids, found 'trotksy' (did you mean 'trotsky'?)",
    );
  });

  it('rejects an unknown field', () => {
    const bad = { ...clone(scenario()), colour: 'red' };
    expect(errorOf(validateScenario('mine.json', bad))).toBe(
      "mine.json: (top level): unknown field 'colour'",
    );
  });

  it('rejects numbers out of range with their path', () => {
    const bad = clone(scenario());
    bad.contenders.stalin.prestige = 140;
    expect(errorOf(validateScenario('s.json', bad))).toMatch(
      /^s\.json: contenders\.stalin\.prestige: /,
    );
  });

  it('rejects too many secretaries in a region', () => {
    const bad = clone(scenario());
    bad.regions.moscow.secretaries = { stalin: 8, kamenev: 5 };
    expect(errorOf(validateScenario('s.json', bad))).toBe(
      's.json: regions.moscow.secretaries: at most 10 secretaries in all (found 13)',
    );
  });

  it('rejects broken JSON', () => {
    expect(errorOf(parseScenario('s.json', '{"id": '))).toMatch(
      /^s\.json: \(JSON\): not valid JSON/,
    );
  });

  it('rejects a malformed what-if effect', () => {
    const bad = clone(scenario()) as unknown as { whatifs: unknown[] };
    bad.whatifs = [
      {
        id: 'x',
        title: 't',
        framing: 'f',
        question: 'q',
        effects: [{ kind: 'prestige', who: 'stalin' }],
      },
    ];
    expect(errorOf(validateScenario('s.json', bad))).toMatch(
      /^s\.json: whatifs\[0\]\.effects\[0\]\.delta: /,
    );
  });
});

describe('replay files', () => {
  it('round-trip: parse(serialize(x)) equals x', () => {
    const run = runGame({ scenario: scenario(), seed: 'rt', options: OPTIONS });
    const replay = toReplay(run.state, run.actions);
    const again = parseReplay('r.json', serializeReplay(replay));
    expect(again.ok).toBe(true);
    if (again.ok) expect(again.value).toEqual(replay);
  });

  it('rejects a replay without actions', () => {
    const text = JSON.stringify({
      formatVersion: 1,
      kind: 'heirs-replay',
      scenario: '1922-full',
      seed: 's',
      options: OPTIONS,
    });
    expect(errorOf(parseReplay('r.json', text))).toMatch(/^r\.json: actions: /);
  });

  it('rejects an unknown actor', () => {
    const text = JSON.stringify({
      formatVersion: 1,
      kind: 'heirs-replay',
      scenario: '1922-full',
      seed: 's',
      options: OPTIONS,
      actions: [{ type: 'end', actor: 'lenin' }],
    });
    expect(errorOf(parseReplay('r.json', text))).toMatch(/^r\.json: actions\[0\]\.actor: expected/);
  });
});
