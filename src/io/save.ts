// Saved games: the machine's persisted snapshot wrapped with a version and a label.
import { z } from 'zod';
import { CONTENDERS } from '../sim/ids.ts';
import { fail, fromZod, ok, parseJson, type Result } from './result.ts';
import { saveSchema } from './schemas.ts';

export const SAVE_FORMAT_VERSION = 1;

export interface SaveFile {
  formatVersion: 1;
  kind: 'heirs-save';
  /** The rules the game was saved under; saves from before the field existed are version 1. */
  rulesVersion?: number;
  savedAt: string;
  scenario: string;
  label: string;
  /** The student who plays it, cleaned (src/io/student-name.ts); absent in older saves. */
  student?: string;
  snapshot: { status: string; value: unknown; context: Record<string, unknown> };
}

const gameShape = z
  .object({
    formatVersion: z.literal(1),
    scenario: z.string(),
    seed: z.string(),
    turn: z.number().int().min(0),
    phase: z.enum(['events', 'actions', 'votes', 'congress', 'resolution', 'over']),
    rng: z.object({ c: z.number(), s0: z.number(), s1: z.number(), s2: z.number() }),
    contenders: z.object(
      Object.fromEntries(
        CONTENDERS.map((c) => [c, z.object({ status: z.string() }).passthrough()]),
      ),
    ),
    log: z.array(z.unknown()),
  })
  .passthrough();

const contextShape = z
  .object({
    game: gameShape,
    human: z.enum(CONTENDERS).nullable(),
    actions: z.array(z.unknown()),
  })
  .passthrough();

export function validateSave(file: string, data: unknown): Result<SaveFile> {
  const parsed = saveSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return fromZod(file, parsed.error);
  const ctx = contextShape.safeParse(parsed.data.snapshot.context, { reportInput: true });
  if (!ctx.success) {
    const r = fromZod<SaveFile>(file, ctx.error);
    if (!r.ok) return fail(file, `snapshot.context.${r.error.where}`, r.error.what);
  }
  return ok(parsed.data as SaveFile);
}

export function parseSave(file: string, text: string): Result<SaveFile> {
  const json = parseJson(file, text);
  if (!json.ok) return json;
  return validateSave(file, json.value);
}

export type FileKind = 'scenario' | 'replay' | 'save';

/** What kind of file this JSON claims to be. */
export function detectKind(data: unknown): FileKind {
  if (data && typeof data === 'object' && 'kind' in data) {
    const kind = (data as { kind: unknown }).kind;
    if (kind === 'heirs-replay') return 'replay';
    if (kind === 'heirs-save') return 'save';
  }
  return 'scenario';
}
