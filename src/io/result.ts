// Errors at the boundary are values with words for people: the file, the place in it, what was expected.
import type { z } from 'zod';

export interface IoError {
  file: string;
  where: string;
  what: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: IoError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T>(file: string, where: string, what: string): Result<T> {
  return { ok: false, error: { file, where, what } };
}

/** A value from a file, quoted in a message: short, since the file may be hostile. */
export function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}\u2026` : text;
}

export function formatError(error: IoError): string {
  return `${error.file}: ${error.where}: ${error.what}`;
}

function editDistance(a: string, b: string): number {
  const dp: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}

/** "did you mean 'trotsky'?" when a close match exists. */
export function didYouMean(word: string, options: readonly string[]): string {
  let best = '';
  let bestDistance = Infinity;
  for (const o of options) {
    const d = editDistance(word.toLowerCase(), o.toLowerCase());
    if (d < bestDistance) {
      best = o;
      bestDistance = d;
    }
  }
  return best && bestDistance <= Math.max(2, Math.floor(word.length / 3))
    ? ` (did you mean '${best}'?)`
    : '';
}

function pathText(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

/** The first zod issue, in words. */
export function fromZod<T>(file: string, error: z.ZodError): Result<T> {
  const issue = error.issues[0];
  const where = pathText(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0];
    return fail(file, where, `unknown field '${shorten(key)}'`);
  }
  if (issue.code === 'invalid_value') {
    const values = issue.values.map(String);
    const shown =
      values.length <= 8
        ? values.map((v) => `'${v}'`).join(', ')
        : `one of ${values.length} known ids`;
    const got = (issue as { input?: unknown }).input;
    const found =
      typeof got === 'string' ? `, found '${shorten(got)}'${didYouMean(got, values)}` : '';
    return fail(file, where, `expected ${shown}${found}`);
  }
  if (issue.code === 'invalid_key') {
    return fail(file, where, 'unknown key');
  }
  // Unions hide the useful part: a misspelt id inside them is reported as "invalid input".
  const got = (issue as { input?: unknown }).input;
  const found =
    typeof got === 'string'
      ? issue.code === 'too_big'
        ? ` (found ${got.length.toLocaleString('en-GB')})`
        : ` (found ${JSON.stringify(shorten(got))})`
      : typeof got === 'number'
        ? ` (found ${got})`
        : '';
  return fail(file, where, issue.message.replace(/^Invalid input: /, '') + found);
}

/** Parse JSON text, or say where it broke. */
export function parseJson(file: string, text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return fail(file, '(JSON)', `not valid JSON: ${message}`);
  }
}
