// Texts that teach: biographies, glossary and the historians' debate are complete and linked.
import { describe, expect, it } from 'vitest';
import { BIOS } from '../../src/content/bios.ts';
import { GLOSSARY } from '../../src/content/glossary.ts';
import { HISTORIANS } from '../../src/content/historians.ts';
import { CONTENDERS, FIGURES } from '../../src/sim/ids.ts';
import { SIGNALS } from '../../src/sim/signals.ts';

const sentences = (text: string) =>
  text.split(/(?<=[.!?])["\u201d)]?\s+(?=["\u201c(A-Z0-9])/).filter((s) => s.trim()).length;

describe('biographies', () => {
  it('cover every contender and the figures the design names', () => {
    const required = [
      ...CONTENDERS,
      'molotov',
      'voroshilov',
      'kalinin',
      'rudzutak',
      'kuibyshev',
      'dzerzhinsky',
      'frunze',
      'krupskaya',
      'kirov',
      'uglanov',
      'lenin',
    ];
    for (const id of required) expect(BIOS[id as keyof typeof BIOS], id).toBeDefined();
    // In fact every person in the game has one.
    for (const id of [...CONTENDERS, ...FIGURES]) expect(BIOS[id], id).toBeDefined();
  });

  it('are complete, consistent and of the right length', () => {
    for (const [key, b] of Object.entries(BIOS)) {
      expect(b.id, key).toBe(key);
      expect(b.name.trim(), key).not.toBe('');
      expect(b.born, key).toBeGreaterThan(1850);
      expect(b.died, key).toBeGreaterThan(b.born);
      expect(b.died, key).toBeLessThan(2000);
      expect(sentences(b.summary), `${key} summary`).toBeGreaterThanOrEqual(3);
      expect(sentences(b.summary), `${key} summary`).toBeLessThanOrEqual(5);
      expect(b.role1922to1929.trim(), key).not.toBe('');
    }
  });
});

describe('glossary', () => {
  it('has at least 32 terms, including those the design names', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(32);
    const ids = GLOSSARY.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    const required = [
      'troika',
      'permanent_revolution',
      'socialism_in_one_country',
      'nep',
      'nepmen',
      'kulaks',
      'smychka',
      'sovnarkom',
      'orgburo',
      'rabkrin',
      'ban_on_factions',
      'politburo',
      'central_committee',
      'general_secretary',
      'party_congress',
      'lenin_enrolment',
      'lenins_testament',
      'left_opposition',
      'united_opposition',
      'right_opposition',
      'scissors_crisis',
      'goods_famine',
      'procurement',
      'urals_siberian_method',
      'five_year_plan',
      'collectivisation',
      'comintern',
      'ogpu',
      'nomenklatura',
      'bonapartism',
      'pravda',
      'gosplan',
    ];
    for (const id of required) expect(ids, id).toContain(id);
  });

  it('defines every term in 1–3 sentences and links only to entries that exist', () => {
    const ids = new Set(GLOSSARY.map((g) => g.id));
    const terms = new Set<string>();
    for (const g of GLOSSARY) {
      expect(g.term.trim(), g.id).not.toBe('');
      expect(terms.has(g.term.toLowerCase()), `${g.id}: duplicate term`).toBe(false);
      terms.add(g.term.toLowerCase());
      expect(sentences(g.definition), g.id).toBeGreaterThanOrEqual(1);
      expect(sentences(g.definition), g.id).toBeLessThanOrEqual(3);
      for (const s of g.seeAlso ?? []) {
        expect(ids.has(s), `${g.id} -> ${s}`).toBe(true);
        expect(s, g.id).not.toBe(g.id);
      }
    }
  });
});

describe("historians' explanations", () => {
  it('give the four schools with named historians', () => {
    expect(HISTORIANS.map((h) => h.id)).toEqual([
      'power_politics',
      'structural',
      'ideological',
      'social',
    ]);
    const named = HISTORIANS.flatMap((h) => h.historians).join(' ');
    // Montefiore wrote about Stalin's court of 1932–53, not the 1920s: he is no longer listed.
    for (const n of ['Conquest', 'Tucker', 'Daniels', 'Pipes', 'Schapiro', 'Fitzpatrick']) {
      expect(named).toContain(n);
    }
  });

  it('tie each school to signals the game measures, with prompts to discuss', () => {
    for (const h of HISTORIANS) {
      expect(h.school.trim(), h.id).not.toBe('');
      expect(h.historians.length, h.id).toBeGreaterThan(0);
      expect(sentences(h.argument), h.id).toBeGreaterThanOrEqual(2);
      expect(sentences(h.argument), h.id).toBeLessThanOrEqual(3);
      expect(h.signals.length, h.id).toBeGreaterThan(0);
      for (const s of h.signals) {
        expect((SIGNALS as readonly string[]).includes(s.signal), `${h.id}: ${s.signal}`).toBe(
          true,
        );
        expect(s.meaning.trim(), h.id).not.toBe('');
      }
      expect(h.prompts.length, h.id).toBeGreaterThanOrEqual(2);
      expect(h.prompts.length, h.id).toBeLessThanOrEqual(3);
      for (const p of h.prompts) expect(p.trim(), h.id).toMatch(/[?.]$/);
      expect(h.inTheModel.trim(), h.id).not.toBe('');
      expect(h.ref, h.id).toMatch(/\(\d{4}/);
    }
    // Every signal the game measures feeds at least one explanation.
    const used = new Set(HISTORIANS.flatMap((h) => h.signals.map((s) => s.signal)));
    for (const s of SIGNALS) expect(used.has(s), s).toBe(true);
  });
});
