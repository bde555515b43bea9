// Node-side file reading for the CLI: every failure becomes an IoError naming the file.
import { readFileSync, writeFileSync } from 'node:fs';
import type { ScenarioData } from '../content/types.ts';
import { findBuiltinScenario, parseScenario } from '../io/scenario.ts';
import { fail, type Result } from '../io/result.ts';

export function readText(file: string): Result<string> {
  try {
    return { ok: true, value: readFileSync(file, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const what =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a folder, not a file'
          : `cannot read (${code ?? 'error'})`;
    return fail(file, '(file)', what);
  }
}

export function writeText(file: string, text: string): Result<void> {
  try {
    writeFileSync(file, text);
    return { ok: true, value: undefined };
  } catch (e) {
    return fail(file, '(file)', `cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** A built-in scenario id, or a path to a scenario file (anything with a slash or ending .json). */
export function loadScenario(idOrFile: string): Result<ScenarioData> {
  if (idOrFile.includes('/') || idOrFile.endsWith('.json')) {
    const text = readText(idOrFile);
    if (!text.ok) return text;
    return parseScenario(idOrFile, text.value);
  }
  return findBuiltinScenario(idOrFile);
}
