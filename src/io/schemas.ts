// zod schemas for everything read from files: scenarios, replays, saves.
import { z } from 'zod';
import { cleanStudentName } from './student-name.ts';
import { CONTENDERS, DIFFICULTIES, FIGURES, POSTS, REGIONS } from '../sim/ids.ts';

export const contenderId = z.enum(CONTENDERS);
export const figureId = z.enum(FIGURES);
export const personId = z.enum([...CONTENDERS, ...FIGURES]);
export const postId = z.enum(POSTS);
export const regionId = z.enum(REGIONS);
const status = z.enum(['active', 'removed', 'expelled', 'exiled', 'dead']);
const pct = z.number().min(0).max(100);
const axis = z.number().min(-100).max(100);
const yyyyMm = z.string().regex(/^(19\d\d)-(0[1-9]|1[0-2])$/, 'expected a date as YYYY-MM');

const target = z.union([
  personId,
  z.literal('chooser'),
  z.enum(POSTS.map((p) => `holder:${p}` as const) as [`holder:${(typeof POSTS)[number]}`]),
]);
const regionOrAll = z.union([regionId, z.literal('all')]);
const delta = z.number().min(-100).max(100);

/**
 * Limits on what a file may hold. Teachers' files are untrusted: a title of a million characters
 * or ten thousand what-ifs must be refused with a message, not slow the page down. Every built-in
 * scenario is well inside them.
 */
export const LIMITS = {
  id: 60,
  title: 120,
  /** A summary, a briefing, a what-if's framing or question. */
  text: 2000,
  logText: 500,
  flag: 80,
  flags: 200,
  firedEvents: 500,
  whatifs: 20,
  effects: 40,
} as const;

/** Words for people, with a limit so hostile files cannot fill the page. */
const text = (max: number) => z.string().min(1).max(max, `at most ${max} characters`);
const flagName = z.string().min(1).max(LIMITS.flag, `at most ${LIMITS.flag} characters`);

/** Effects are data that the rules execute, so each kind is checked field by field. */
export const effectSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('prestige'), who: target, delta }).strict(),
  z.object({ kind: z.literal('health'), who: target, delta }).strict(),
  z.object({ kind: z.literal('heat'), who: target, delta }).strict(),
  z.object({ kind: z.literal('mood'), region: regionOrAll, delta }).strict(),
  z
    .object({
      kind: z.literal('relation'),
      from: target,
      to: target,
      trust: delta.optional(),
      grievance: delta.optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('post'),
      post: postId,
      to: personId.nullable(),
      takenFrom: z.array(contenderId).min(1).optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('politburo'),
      person: personId,
      seat: z.enum(['full', 'candidate', 'none']),
    })
    .strict(),
  z.object({ kind: z.literal('status'), who: contenderId, status }).strict(),
  z.object({ kind: z.literal('flag'), flag: flagName, value: z.boolean() }).strict(),
  z
    .object({
      kind: z.literal('secretaries'),
      who: target,
      region: regionId,
      delta: z.number().int().min(-10).max(10),
    })
    .strict(),
  z
    .object({
      kind: z.literal('weight'),
      region: regionOrAll,
      delta: z.number().int().min(-20).max(20),
    })
    .strict(),
  z.object({ kind: z.literal('line'), axis: z.enum(['economy', 'revolution']), delta }).strict(),
  z
    .object({
      kind: z.literal('position'),
      who: contenderId,
      axis: z.enum(['economy', 'revolution']),
      delta,
    })
    .strict(),
  z
    .object({
      kind: z.literal('economy'),
      field: z.enum(['goodsFamine', 'unrest', 'investment', 'procurementPrice', 'collectivised']),
      delta,
    })
    .strict(),
  z
    .object({
      kind: z.literal('figure'),
      figure: figureId,
      alive: z.boolean().optional(),
      incapacitated: z.boolean().optional(),
      patron: contenderId.nullable().optional(),
      sympathy: contenderId.nullable().optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('cc'),
      who: z.union([contenderId, z.literal('unaligned')]),
      delta: z.number().int().min(-40).max(40),
    })
    .strict(),
  z
    .object({
      kind: z.literal('alliance'),
      members: z.tuple([contenderId, contenderId]),
      value: z.boolean(),
      secret: z.boolean().optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('truce'),
      who: contenderId,
      quarters: z.number().int().min(1).max(8),
    })
    .strict(),
  z.object({ kind: z.literal('log'), text: text(LIMITS.logText) }).strict(),
]);

const whatIf = z
  .object({
    id: z
      .string()
      .max(LIMITS.id)
      .regex(/^[a-z0-9_]+$/, 'expected a snake_case id'),
    title: text(LIMITS.title),
    framing: text(LIMITS.text),
    question: text(LIMITS.text),
    effects: z.array(effectSchema).max(LIMITS.effects, `at most ${LIMITS.effects} effects`),
  })
  .strict();

function fullRecord<K extends string, V extends z.ZodType>(keys: readonly K[], value: V) {
  const shape = Object.fromEntries(keys.map((k) => [k, value])) as Record<K, V>;
  return z.object(shape).strict();
}

function partialRecord<K extends string, V extends z.ZodType>(keys: readonly K[], value: V) {
  const shape = Object.fromEntries(keys.map((k) => [k, value.optional()])) as Record<
    K,
    z.ZodOptional<V>
  >;
  return z.object(shape).strict();
}

export const scenarioSchema = z
  .object({
    formatVersion: z.literal(1),
    id: z
      .string()
      .max(LIMITS.id)
      .regex(/^[a-z0-9-]+$/, 'expected an id of lower-case letters, digits and dashes'),
    title: text(LIMITS.title),
    summary: text(LIMITS.text),
    start: yyyyMm,
    end: yyyyMm,
    playable: z.array(contenderId).min(1).max(CONTENDERS.length),
    briefings: partialRecord(CONTENDERS, text(LIMITS.text)),
    contenders: fullRecord(
      CONTENDERS,
      z
        .object({
          status,
          prestige: pct,
          health: pct,
          heat: pct,
          economy: axis,
          revolution: axis,
        })
        .strict(),
    ),
    relations: z
      .array(z.object({ from: contenderId, to: contenderId, trust: pct, grievance: pct }).strict())
      .max(CONTENDERS.length * (CONTENDERS.length - 1)),
    figures: partialRecord(
      FIGURES,
      z
        .object({
          patron: contenderId.nullable(),
          alive: z.boolean(),
          incapacitated: z.boolean().optional(),
        })
        .strict(),
    ),
    posts: fullRecord(POSTS, personId.nullable()),
    politburo: z
      .object({
        full: z.array(personId).max(personId.options.length),
        candidates: z.array(personId).max(personId.options.length),
      })
      .strict(),
    cc: partialRecord([...CONTENDERS, 'unaligned'] as const, z.number().int().min(0)),
    regions: fullRecord(
      REGIONS,
      z
        .object({
          weight: z.number().int().min(1).max(40),
          mood: axis,
          secretaries: partialRecord(CONTENDERS, z.number().int().min(0).max(10)),
        })
        .strict(),
    ),
    alliances: z
      .array(
        z.object({ members: z.tuple([contenderId, contenderId]), secret: z.boolean() }).strict(),
      )
      .max(CONTENDERS.length * (CONTENDERS.length - 1)),
    partyLine: z.object({ economy: axis, revolution: axis }).strict(),
    economy: z
      .object({
        harvest: z.number().min(0).max(150),
        procurementPrice: z.number().min(0).max(3),
        goodsFamine: pct,
        unrest: pct,
        investment: pct,
        collectivised: pct,
      })
      .strict(),
    flags: z.array(flagName).max(LIMITS.flags, `at most ${LIMITS.flags} flags`),
    firedEvents: z.array(flagName).max(LIMITS.firedEvents, `at most ${LIMITS.firedEvents} events`),
    whatifs: z.array(whatIf).max(LIMITS.whatifs, `at most ${LIMITS.whatifs} what-ifs`),
  })
  .strict();

export const gameOptionsSchema = z
  .object({
    difficulty: z.enum(DIFFICULTIES),
    whatifs: z.array(z.string()),
    faction: contenderId.nullable(),
  })
  .strict();

export const actionSchema = z.object({ type: z.string(), actor: contenderId }).passthrough();

/**
 * A student's name in a file: whatever it holds, the file still loads; the name is cleaned
 * (trimmed, capped, control characters gone) and anything but a string reads as no name.
 */
const studentName = z.unknown().transform(cleanStudentName).optional();

export const replaySchema = z
  .object({
    formatVersion: z.literal(1),
    kind: z.literal('heirs-replay'),
    rulesVersion: z.number().int().min(1).optional(),
    scenario: z.string().min(1),
    seed: z.string(),
    options: gameOptionsSchema,
    actions: z.array(actionSchema),
    /** The state hash after the last action: the end of the game, or where an unfinished replay stops. */
    finalStateHash: z.string().optional(),
    /** Optional: state hashes at some steps (each quarter's first decision), to name where a copy diverges. */
    checkpoints: z
      .array(z.object({ step: z.number().int().min(0), hash: z.string() }).strict())
      .optional(),
    /** Optional: the AI's stated reasons, as the game recorded them (replays need no AI). */
    notes: z
      .array(
        z
          .object({
            logIndex: z.number().int().min(0),
            turn: z.number().int().min(0),
            contender: contenderId,
            text: z.string().max(2000),
          })
          .strict(),
      )
      .optional(),
    /** Optional: the student who played it (untrusted: cleaned, never rejected). */
    student: studentName,
    /** Optional: this game was taken over from another replay after its first `step` decisions. */
    branchOf: z
      .object({
        /** replayId of the parent replay. */
        parent: z.string().min(1),
        step: z.number().int().min(0),
        /** The hash of the parent's first `step` actions: the part this replay shares with it. */
        prefix: z.string().min(1),
        /** The seat played from the take-over on (null: watched only). */
        seat: contenderId.nullable(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const saveSchema = z
  .object({
    formatVersion: z.literal(1),
    kind: z.literal('heirs-save'),
    rulesVersion: z.number().int().min(1).optional(),
    savedAt: z.string(),
    scenario: z.string().min(1),
    label: z.string(),
    /** Optional: the student who plays it (untrusted: cleaned, never rejected). */
    student: studentName,
    /** The machine's persisted snapshot (its context holds the game state and the replay so far). */
    snapshot: z
      .object({ status: z.string(), value: z.unknown(), context: z.object({}).passthrough() })
      .passthrough(),
  })
  .strict();
