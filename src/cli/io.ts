import type { IoError } from '../io/result.ts';

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
