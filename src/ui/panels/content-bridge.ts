// Content another engineer is writing (src/content/glossary.ts, bios.ts, historians.ts) plugs in
// here, so the rest of the UI does not change when it lands.
import type { PersonId } from '../../sim/ids.ts';
import type { GlossaryEntry } from './refs.ts';

export function extraGlossary(): GlossaryEntry[] {
  return [];
}

export function extraBios(): Partial<Record<PersonId, string[]>> {
  return {};
}
