import type { IoError, Result } from '../io/result.ts';

/** Where the CLI writes; tests pass their own. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** Progress on stderr, only when it is a terminal. */
  progress?(text: string): void;
  now(): number;
}

/** Bad input from a file or argument: one line on stderr and exit code 1. */
export class InputError extends Error {
  constructor(readonly error: IoError) {
    super(`${error.file}: ${error.where}: ${error.what}`);
  }
}

/** The value of a Result, or the InputError that reports it. */
export function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new InputError(r.error);
  return r.value;
}
