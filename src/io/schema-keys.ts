// The fields a schema allows at a place in a file, so "unknown field 'breifings'" can add
// "did you mean 'briefings'?". zod's issue names the unknown key but not the allowed ones.
import type { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  items?: z.ZodType[];
  options?: z.ZodType[];
  discriminator?: string;
  values?: unknown[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { def: Def }).def;

/** Optional, nullable and default wrappers hide the schema that matters. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let i = 0; i < 10; i++) {
    const def = defOf(s);
    if (!def.innerType) return s;
    s = def.innerType;
  }
  return s;
}

/** A discriminated union's member that matches the data's discriminator, if any. */
function pickOption(def: Def, data: unknown): z.ZodType | undefined {
  if (!def.options || !def.discriminator || !data || typeof data !== 'object') return undefined;
  const tag = (data as Record<string, unknown>)[def.discriminator];
  return def.options.find((o) => {
    const field = defOf(o).shape?.[def.discriminator as string];
    return field ? (defOf(unwrap(field)).values ?? []).includes(tag) : false;
  });
}

/** The allowed field names of the object at `path` (empty when the place is not an object). */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[], data: unknown): string[] {
  let s: z.ZodType | undefined = unwrap(schema);
  let here: unknown = data;
  for (const step of path) {
    if (!s) return [];
    let def = defOf(s);
    if (def.type === 'union') {
      s = pickOption(def, here);
      if (!s) return [];
      def = defOf(s);
    }
    if (def.type === 'object' && typeof step === 'string') s = def.shape?.[step];
    else if (def.type === 'array') s = def.element;
    else if (def.type === 'tuple' && typeof step === 'number') s = def.items?.[step];
    else return [];
    s = s ? unwrap(s) : undefined;
    here =
      here && typeof here === 'object' ? (here as Record<PropertyKey, unknown>)[step] : undefined;
  }
  if (!s) return [];
  let def = defOf(s);
  if (def.type === 'union') {
    const picked = pickOption(def, here);
    if (!picked) return [];
    def = defOf(picked);
  }
  return def.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}
