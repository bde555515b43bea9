// Reading scenarios: the built-in ones and files a teacher or hobbyist writes.
import type { ScenarioData } from '../content/types.ts';
import { CONTENDERS, REGIONS } from '../sim/ids.ts';
import { CC_SEATS, SECRETARY_SLOTS } from '../sim/query.ts';
import { quarterOf } from '../sim/calendar.ts';
import { didYouMean, fail, fromZod, ok, parseJson, type Result } from './result.ts';
import { scenarioSchema } from './schemas.ts';
import { keysAt } from './schema-keys.ts';
import full1922 from '../../scenarios/1922-full.json';
import leninDies1924 from '../../scenarios/1924-lenin-dies.json';
import unitedOpposition1926 from '../../scenarios/1926-united-opposition.json';
import grainCrisis1928 from '../../scenarios/1928-grain-crisis.json';
import lesson1926 from '../../scenarios/1926-lesson.json';

/** Built-in scenarios, in the order the title screen lists them. */
const BUILTIN_SOURCES: readonly unknown[] = [
  full1922,
  leninDies1924,
  unitedOpposition1926,
  lesson1926,
  grainCrisis1928,
];

/** Checks a schema cannot express: dates in order, seats add up, people in one place. */
function checkSemantics(file: string, s: ScenarioData): Result<ScenarioData> {
  if (quarterOf(s.end) < quarterOf(s.start))
    return fail(file, 'end', `must not be before start (${s.start})`);
  if (quarterOf(s.start) < quarterOf('1922-01') || quarterOf(s.end) > quarterOf('1929-12')) {
    return fail(file, 'start', 'the game covers 1922 to 1929');
  }
  for (const r of REGIONS) {
    const used = CONTENDERS.reduce((sum, c) => sum + (s.regions[r].secretaries[c] ?? 0), 0);
    if (used > SECRETARY_SLOTS) {
      return fail(
        file,
        `regions.${r}.secretaries`,
        `at most ${SECRETARY_SLOTS} secretaries in all (found ${used})`,
      );
    }
  }
  const seats = Object.values(s.cc).reduce<number>((sum, n) => sum + (n ?? 0), 0);
  if (seats !== CC_SEATS)
    return fail(file, 'cc', `the Central Committee has ${CC_SEATS} seats in all (found ${seats})`);
  const seen = new Set<string>();
  for (const [i, p] of [...s.politburo.full, ...s.politburo.candidates].entries()) {
    if (seen.has(p)) return fail(file, `politburo`, `'${p}' is listed twice (entry ${i + 1})`);
    seen.add(p);
  }
  for (const [i, a] of s.alliances.entries()) {
    if (a.members[0] === a.members[1])
      return fail(file, `alliances[${i}].members`, 'an alliance needs two different contenders');
  }
  for (const [i, r] of s.relations.entries()) {
    if (r.from === r.to) return fail(file, `relations[${i}]`, 'from and to must differ');
  }
  const ids = new Set<string>();
  for (const [i, w] of s.whatifs.entries()) {
    if (ids.has(w.id)) return fail(file, `whatifs[${i}].id`, `duplicate what-if id '${w.id}'`);
    ids.add(w.id);
  }
  return ok(s);
}

export function validateScenario(file: string, data: unknown): Result<ScenarioData> {
  const parsed = scenarioSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    // A misspelt field is also a missing one; the misspelling is the useful thing to say.
    const first = parsed.error.issues[0];
    const parent = JSON.stringify(first.path.slice(0, -1));
    const misspelt = parsed.error.issues.find(
      (i) => i.code === 'unrecognized_keys' && JSON.stringify(i.path) === parent,
    );
    const issue = misspelt ?? first;
    const failed = fromZod<ScenarioData>(file, {
      ...parsed.error,
      issues: [issue],
    } as typeof parsed.error);
    if (failed.ok || issue.code !== 'unrecognized_keys') return failed;
    const known = keysAt(scenarioSchema, issue.path, data);
    return fail(file, failed.error.where, failed.error.what + didYouMean(issue.keys[0], known));
  }
  return checkSemantics(file, parsed.data as ScenarioData);
}

/** A scenario is about 12,000 characters; anything far larger is not one. */
export const MAX_SCENARIO_CHARS = 200_000;
/** A scenario nests six levels deep (whatifs → effects → members); twenty is generous. */
const MAX_DEPTH = 20;

/** How deeply the JSON text nests arrays and objects (strings skipped), stopping past `limit`. */
function nesting(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === '}' || c === ']') depth--;
  }
  return deepest;
}

export function parseScenario(file: string, text: string): Result<ScenarioData> {
  if (text.length > MAX_SCENARIO_CHARS)
    return fail(
      file,
      '(file)',
      `too large for a scenario: ${text.length.toLocaleString('en-GB')} characters, at most ${MAX_SCENARIO_CHARS.toLocaleString('en-GB')}`,
    );
  if (nesting(text, MAX_DEPTH) > MAX_DEPTH)
    return fail(file, '(file)', `nested more than ${MAX_DEPTH} levels deep; a scenario needs 6`);
  const json = parseJson(file, text);
  if (!json.ok) return json;
  return validateScenario(file, json.value);
}

let builtins: ScenarioData[] | null = null;

/** The built-in scenarios, validated once. A broken built-in is a bug, so it throws. */
export function builtinScenarios(): ScenarioData[] {
  if (!builtins) {
    builtins = BUILTIN_SOURCES.map((src, i) => {
      const r = validateScenario(`scenarios/#${i}`, src);
      if (!r.ok) throw new Error(`built-in scenario invalid: ${r.error.where}: ${r.error.what}`);
      return r.value;
    });
  }
  return builtins;
}

export function findBuiltinScenario(id: string): Result<ScenarioData> {
  const all = builtinScenarios();
  const found = all.find((s) => s.id === id);
  if (found) return ok(found);
  return fail(
    id,
    'scenario',
    `no built-in scenario '${id}'${didYouMean(
      id,
      all.map((s) => s.id),
    )}; known: ${all.map((s) => s.id).join(', ')}`,
  );
}

/**
 * A scenario a teacher wrote, read from a file or from the game's site: the same checks as the
 * built-in ones, and its own id, so a class link never means two different scenarios.
 */
export function parseTeacherScenario(file: string, text: string): Result<ScenarioData> {
  const r = parseScenario(file, text);
  if (!r.ok) return r;
  if (builtinScenarios().some((s) => s.id === r.value.id))
    return fail(
      file,
      'id',
      `'${r.value.id}' is the id of a built-in scenario; give your scenario an id of its own`,
    );
  return r;
}
