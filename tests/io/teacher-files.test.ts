// Scenario files a teacher writes are untrusted: hostile ones are refused with a message that
// names the file, the place and what was expected, or they load with their text kept as text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_SCENARIO_CHARS, parseScenario, validateScenario } from '../../src/io/scenario.ts';
import { LIMITS } from '../../src/io/schemas.ts';
import { formatError, type Result } from '../../src/io/result.ts';
import { createGame, stateHash } from '../../src/sim/index.ts';
import { allScenarios, OPTIONS, scenario } from '../helpers.ts';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function errorOf(r: Result<unknown>): string {
  if (r.ok) throw new Error('expected the file to be refused');
  return formatError(r.error);
}

const EXAMPLES = join(import.meta.dirname, '../../scenarios/examples');

describe('hostile scenario files', () => {
  it('keeps markup in every text field as the characters it is', () => {
    const s = clone(scenario('1924-lenin-dies'));
    const script = '<script>window.hacked = 1</script>';
    const img = '<img src=x onerror="window.hacked = 1">';
    s.title = `${script} title`;
    s.summary = img;
    s.briefings.stalin = `${img} ${script}`;
    s.whatifs[0].title = script;
    s.whatifs[0].framing = img;
    const r = parseScenario('evil.json', JSON.stringify(s));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // Nothing is stripped or escaped: the page shows these strings as text (see dom.ts `h`).
    expect(r.value.title).toBe(`${script} title`);
    expect(r.value.briefings.stalin).toBe(`${img} ${script}`);
  });

  it('refuses huge strings with their place and the limit', () => {
    const s = clone(scenario());
    s.title = 'x'.repeat(10_000);
    expect(errorOf(validateScenario('big.json', s))).toBe(
      `big.json: title: at most ${LIMITS.title} characters (found 10,000)`,
    );
    const t = clone(scenario());
    t.briefings.trotsky = 'y'.repeat(LIMITS.text + 1);
    expect(errorOf(validateScenario('big.json', t))).toBe(
      `big.json: briefings.trotsky: at most ${LIMITS.text} characters (found 2,001)`,
    );
  });

  it('refuses a file far larger than any scenario before reading it', () => {
    const text = JSON.stringify({ ...scenario(), padding: 'z'.repeat(MAX_SCENARIO_CHARS) });
    expect(errorOf(parseScenario('huge.json', text))).toMatch(
      /^huge\.json: \(file\): too large for a scenario: [\d,]+ characters, at most 200,000$/,
    );
  });

  it('refuses too many what-ifs or flags', () => {
    const s = clone(scenario());
    s.whatifs = Array.from({ length: LIMITS.whatifs + 1 }, (_, i) => ({
      ...s.whatifs[0],
      id: `w${i}`,
    }));
    expect(errorOf(validateScenario('many.json', s))).toBe(
      `many.json: whatifs: at most ${LIMITS.whatifs} what-ifs`,
    );
    const t = clone(scenario());
    t.flags = Array.from({ length: 5000 }, (_, i) => `f${i}`);
    expect(errorOf(validateScenario('many.json', t))).toBe(
      `many.json: flags: at most ${LIMITS.flags} flags`,
    );
  });

  it('refuses deep nesting with a message, not a crash', () => {
    const deep = `{"formatVersion":1,"title":${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
    expect(errorOf(parseScenario('deep.json', deep))).toBe(
      'deep.json: (file): nested more than 20 levels deep; a scenario needs 6',
    );
    // Brackets inside strings are text, not nesting.
    const s = clone(scenario());
    s.summary = '['.repeat(500);
    expect(parseScenario('brackets.json', JSON.stringify(s)).ok).toBe(true);
  });

  it('refuses wrong types with the place and what was expected', () => {
    const s = clone(scenario()) as unknown as Record<string, unknown>;
    s.title = { toString: 'alert(1)' };
    expect(errorOf(validateScenario('types.json', s))).toBe(
      'types.json: title: expected string, received object',
    );
    const t = clone(scenario()) as unknown as { contenders: { stalin: { prestige: unknown } } };
    t.contenders.stalin.prestige = '90';
    expect(errorOf(validateScenario('types.json', t))).toMatch(
      /^types\.json: contenders\.stalin\.prestige: expected number, received string/,
    );
    expect(errorOf(validateScenario('types.json', [1, 2, 3]))).toBe(
      'types.json: (top level): expected object, received array',
    );
  });

  it('refuses unknown fields, with a suggestion for a misspelt one', () => {
    const s = { ...clone(scenario()), breifings: {} } as unknown;
    expect(errorOf(validateScenario('typo.json', s))).toBe(
      "typo.json: (top level): unknown field 'breifings' (did you mean 'briefings'?)",
    );
    const t = clone(scenario()) as unknown as { whatifs: Record<string, unknown>[] };
    t.whatifs[0].framming = 'x';
    expect(errorOf(validateScenario('typo.json', t))).toBe(
      "typo.json: whatifs[0]: unknown field 'framming' (did you mean 'framing'?)",
    );
    const u = clone(scenario()) as unknown as { whatifs: { effects: Record<string, unknown>[] }[] };
    u.whatifs[0].effects[0] = { kind: 'prestige', who: 'stalin', delt: 5 };
    expect(errorOf(validateScenario('typo.json', u))).toMatch(/did you mean 'delta'\?/);
    const evil = { ...clone(scenario()), ['<img src=x onerror=alert(1)>'.repeat(20)]: 1 };
    expect(errorOf(validateScenario('evil.json', evil))).toMatch(
      /^evil\.json: \(top level\): unknown field '<img src=x onerror=alert\(1\)><img.{20,}…'$/,
    );
  });

  it('keeps a long hostile value short when quoting it', () => {
    const s = clone(scenario()) as unknown as { posts: Record<string, string> };
    s.posts.war_commissar = '<script>'.repeat(1000);
    const message = errorOf(validateScenario('echo.json', s));
    expect(message.length).toBeLessThan(200);
  });

  it('refuses a Central Committee that does not add up to 40 seats', () => {
    const s = clone(scenario());
    s.cc.stalin = 1000;
    expect(errorOf(validateScenario('cc.json', s))).toBe(
      'cc.json: cc: the Central Committee has 40 seats in all (found 1034)',
    );
  });

  it('refuses a file that is not JSON at all', () => {
    expect(errorOf(parseScenario('page.json', '<html><script>alert(1)</script>'))).toMatch(
      /^page\.json: \(JSON\): not valid JSON: /,
    );
  });
});

describe('the built-in scenarios and the examples', () => {
  it('every built-in scenario is within the limits', () => {
    for (const s of allScenarios()) expect(validateScenario(s.id, s).ok).toBe(true);
  });

  const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));

  it('ships two or three teacher examples', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  it.each(files)('%s is valid, has its own id and starts a game', (file) => {
    const r = parseScenario(file, readFileSync(join(EXAMPLES, file), 'utf8'));
    if (!r.ok) throw new Error(formatError(r.error));
    expect(allScenarios().map((s) => s.id)).not.toContain(r.value.id);
    const a = createGame(r.value, 'class-7b', OPTIONS);
    const b = createGame(r.value, 'class-7b', OPTIONS);
    expect(stateHash(a)).toBe(stateHash(b));
  });
});
