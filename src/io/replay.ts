// Reading replay files.
import type { Replay } from '../sim/replay.ts';
import type { Action } from '../sim/types.ts';
import { fromZod, ok, parseJson, type Result } from './result.ts';
import { replaySchema } from './schemas.ts';

export function validateReplay(file: string, data: unknown): Result<Replay> {
  const parsed = replaySchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return fromZod(file, parsed.error);
  // Each action's fields beyond type and actor are checked when it is replayed, against
  // legalActions: an action is valid exactly when the rules list it.
  return ok({ ...parsed.data, actions: parsed.data.actions as Action[] });
}

export function parseReplay(file: string, text: string): Result<Replay> {
  const json = parseJson(file, text);
  if (!json.ok) return json;
  return validateReplay(file, json.value);
}

export function serializeReplay(replay: Replay): string {
  return JSON.stringify(replay);
}
