// The glossary and biographies written in src/content, adapted to what the panels show.
import { BIOS } from '../../content/bios.ts';
import { GLOSSARY } from '../../content/glossary.ts';
import type { PersonId } from '../../sim/ids.ts';
import type { GlossaryEntry } from './refs.ts';

export function extraGlossary(): GlossaryEntry[] {
  return GLOSSARY.map((g) => ({
    kind: 'history' as const,
    term: g.term,
    aliases: g.aliases,
    text: g.definition,
  }));
}

export interface BioText {
  name: string;
  years: string;
  paragraphs: string[];
}

export function bioOf(id: PersonId): BioText | null {
  const b = BIOS[id];
  if (!b) return null;
  return {
    name: b.name,
    years: `${b.born}\u2013${b.died}`,
    paragraphs: [b.summary, b.role1922to1929],
  };
}
