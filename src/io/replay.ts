// Reading replay files.
import type { z } from 'zod';
import type { Replay } from '../sim/replay.ts';
import type { Action } from '../sim/types.ts';
import { fromZod, ok, parseJson, type Result } from './result.ts';
import { replaySchema } from './schemas.ts';

type ReplayData = z.infer<typeof replaySchema>;
/** An AI's stated reason for one decision, as recorded beside the game. */
export type ReplayNote = NonNullable<ReplayData['notes']>[number];
/** Where a taken-over game left the replay it branched from. */
export type BranchOf = NonNullable<ReplayData['branchOf']>;
export type Checkpoint = NonNullable<ReplayData['checkpoints']>[number];

/** A replay with the optional fields a file may carry beside the rules' own. */
export interface ReplayFile extends Replay {
  checkpoints?: Checkpoint[];
  notes?: ReplayNote[];
  branchOf?: BranchOf;
  /** The student who played it, cleaned (src/io/student-name.ts). */
  student?: string;
}

export function validateReplay(file: string, data: unknown): Result<ReplayFile> {
  const parsed = replaySchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return fromZod(file, parsed.error);
  // Each action's fields beyond type and actor are checked when it is replayed, against
  // legalActions: an action is valid exactly when the rules list it.
  return ok({ ...parsed.data, actions: parsed.data.actions as Action[] });
}

export function parseReplay(file: string, text: string): Result<ReplayFile> {
  const json = parseJson(file, text);
  if (!json.ok) return json;
  return validateReplay(file, json.value);
}

export function serializeReplay(replay: ReplayFile): string {
  return JSON.stringify(replay);
}
