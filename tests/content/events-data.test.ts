// The event deck as data: texts present, ids that exist, effects the rules can execute, dates
// inside their windows and in calendar order, and big effects guarded by conditions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENTS, EVENT_BY_ID } from '../../src/content/events.ts';
import { GRAIN_DECISION } from '../../src/content/grain-decision.ts';
import type { Condition, Effect, EventChoice, EventDef } from '../../src/content/types.ts';
import { builtinScenarios } from '../../src/io/scenario.ts';
import { effectSchema } from '../../src/io/schemas.ts';
import { quarterOf } from '../../src/sim/calendar.ts';
import { SHORTFALL_FLAG } from '../../src/sim/economy.ts';
import { CONTENDERS, FIGURES, POSTS, REGIONS, isPerson } from '../../src/sim/ids.ts';

const sentences = (text: string) =>
  text.split(/(?<=[.!?])["\u201d)]?\s+(?=["\u201c(A-Z0-9])/).length;

function formsOf(e: EventDef): { effects: Effect[]; choices: EventChoice[]; when: Condition[] }[] {
  const forms = [{ effects: e.effects ?? [], choices: e.choices ?? [], when: e.conditions ?? [] }];
  if (e.adapted)
    forms.push({
      effects: e.adapted.effects,
      choices: e.adapted.choices ?? [],
      when: e.adapted.when,
    });
  return forms;
}

function allEffects(e: EventDef): Effect[] {
  return formsOf(e).flatMap((f) => [
    ...f.effects,
    ...f.choices.flatMap((c) => c.options.flatMap((o) => o.effects)),
  ]);
}

function allConditions(e: EventDef): Condition[] {
  return [...(e.conditions ?? []), ...(e.adapted?.when ?? [])];
}

/** Every flag something can set: events, the grain decision, what-ifs, scenarios and the rules. */
function flagsSetAnywhere(): Set<string> {
  const set = new Set<string>([SHORTFALL_FLAG]);
  for (const e of [...EVENTS, GRAIN_DECISION]) {
    for (const eff of allEffects(e)) if (eff.kind === 'flag' && eff.value) set.add(eff.flag);
  }
  for (const s of builtinScenarios()) {
    for (const f of s.flags) set.add(f);
    for (const w of s.whatifs)
      for (const eff of w.effects) if (eff.kind === 'flag') set.add(eff.flag);
  }
  return set;
}

const DATE = /^(19\d\d)-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
const MONTH = /^(19\d\d)-(0[1-9]|1[0-2])$/;

describe('the event deck', () => {
  it('has at least 35 events with unique ids', () => {
    expect(EVENTS.length).toBeGreaterThanOrEqual(35);
    const ids = EVENTS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(GRAIN_DECISION.id);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9_]+$/);
  });

  it('includes the events the design asks for', () => {
    const required = [
      'lenin_stroke_1',
      'lenin_stroke_2',
      'lenin_stroke_3',
      'lenin_death',
      'lenin_funeral',
      'lenin_testament_dictated',
      'lenin_testament_postscript',
      'georgian_affair',
      'lenin_letter_to_stalin',
      'troika_formed',
      'scissors_crisis',
      'trotsky_letter_oct_1923',
      'declaration_of_46',
      'german_october',
      'new_course',
      'lenin_enrolment',
      'testament_handled_may_1924',
      'politburo_june_1924',
      'lessons_of_october',
      'socialism_in_one_country',
      'trotsky_removed_war_commissar',
      'frunze_death',
      'new_opposition_formed',
      'kirov_to_leningrad',
      'politburo_jan_1926',
      'united_opposition_formed',
      'dzerzhinsky_death',
      'zinoviev_removed_comintern',
      'shanghai_massacre',
      'arcos_raid',
      'anglo_soviet_break',
      'voikov_assassination',
      'war_scare_1927',
      'oct_anniversary_demonstration',
      'trotsky_zinoviev_expelled_party',
      'trotsky_exiled_alma_ata',
      'stalin_siberia_trip',
      'shakhty_affair',
      'right_opposition_forms',
      'bukharin_kamenev_meeting',
      'notes_of_an_economist',
      'right_deviation_condemned',
      'trotsky_deported',
      'april_1929_plenum',
      'five_year_plan_adopted',
      'bukharin_removed_politburo',
      'great_break_article',
      'liquidate_kulaks_speech',
    ];
    for (const id of required) expect(EVENT_BY_ID[id], id).toBeDefined();
  });

  it('gives every event its texts, a reference and a short "what really happened"', () => {
    for (const e of EVENTS) {
      expect(e.title.trim(), e.id).not.toBe('');
      expect(e.text.trim(), e.id).not.toBe('');
      expect(e.history.trim(), e.id).not.toBe('');
      expect(e.ref.trim(), e.id).not.toBe('');
      expect(sentences(e.text), `${e.id} text`).toBeLessThanOrEqual(4);
      expect(sentences(e.history), `${e.id} history`).toBeLessThanOrEqual(3);
      if (e.adapted) expect(e.adapted.text.trim(), e.id).not.toBe('');
      expect(['event', 'plenum'], e.id).toContain(e.kind);
    }
  });

  it('dates every event inside 1922–1929 and inside its window', () => {
    for (const e of EVENTS) {
      expect(e.date, e.id).toMatch(DATE);
      expect(e.window.from, e.id).toMatch(MONTH);
      expect(e.window.to, e.id).toMatch(MONTH);
      const month = e.date.slice(0, 7);
      expect(month >= '1922-01' && month <= '1929-12', e.id).toBe(true);
      expect(e.window.from <= month, `${e.id}: window starts after ${e.date}`).toBe(true);
      expect(month <= e.window.to, `${e.id}: window ends before ${e.date}`).toBe(true);
      expect(e.window.from >= '1922-01' && e.window.to <= '1929-12', e.id).toBe(true);
      if (e.chance !== undefined) expect(e.chance > 0 && e.chance <= 1, e.id).toBe(true);
    }
  });

  it('keeps the deck in calendar order (by month), so same-quarter events resolve in order', () => {
    const months = EVENTS.map((e) => e.date.slice(0, 7));
    const sorted = [...months].sort();
    expect(months).toEqual(sorted);
    // Windows are in order too: an event never opens before the one listed before it.
    for (let i = 1; i < EVENTS.length; i++) {
      expect(
        quarterOf(EVENTS[i].window.to) >= quarterOf(EVENTS[i - 1].window.from),
        EVENTS[i].id,
      ).toBe(true);
    }
  });

  it('gives every choice 2–3 options, each with a label, a preview and one historical option', () => {
    for (const e of EVENTS) {
      for (const f of formsOf(e)) {
        for (const ch of f.choices) {
          expect(ch.prompt.trim(), e.id).not.toBe('');
          expect(ch.options.length, e.id).toBeGreaterThanOrEqual(2);
          expect(ch.options.length, e.id).toBeLessThanOrEqual(3);
          expect(ch.options.filter((o) => o.historical).length, `${e.id}: historical options`).toBe(
            1,
          );
          const ids = ch.options.map((o) => o.id);
          expect(new Set(ids).size, e.id).toBe(ids.length);
          for (const o of ch.options) {
            expect(o.label.trim(), e.id).not.toBe('');
            expect(o.preview.trim(), `${e.id}/${o.id}`).not.toBe('');
          }
          const who = ch.who;
          const valid =
            who === 'politburo' ||
            (CONTENDERS as readonly string[]).includes(who) ||
            (who.startsWith('holder:') && (POSTS as readonly string[]).includes(who.slice(7)));
          expect(valid, `${e.id}: who ${who}`).toBe(true);
          // The chooser of a Politburo vote is nobody in particular.
          if (who === 'politburo') {
            for (const o of ch.options)
              for (const eff of o.effects)
                expect(JSON.stringify(eff).includes('"chooser"'), `${e.id}/${o.id}`).toBe(false);
          }
          // What stands on a tie is one of the options of a vote that can tie.
          if (ch.ifTied !== undefined) {
            expect(who, `${e.id}: ifTied`).toBe('politburo');
            expect(ids, `${e.id}: ifTied`).toContain(ch.ifTied);
          }
          // Only the record's vote can have been cast by beaten men, and only in a vote.
          for (const o of ch.options) {
            if (!o.castOnlyOnceBeaten) continue;
            expect(o.historical && who === 'politburo', `${e.id}/${o.id}`).toBe(true);
            for (const c of o.castOnlyOnceBeaten.who)
              expect(CONTENDERS, `${e.id}/${o.id}`).toContain(c);
          }
        }
      }
    }
  });

  it('uses only effects the rules can execute, with ids that exist and modest sizes', () => {
    for (const e of [...EVENTS, GRAIN_DECISION]) {
      for (const eff of allEffects(e)) {
        const parsed = effectSchema.safeParse(eff);
        expect(parsed.success, `${e.id}: ${JSON.stringify(eff)}`).toBe(true);
      }
    }
    for (const e of EVENTS) {
      for (const eff of allEffects(e)) {
        const where = `${e.id}: ${JSON.stringify(eff)}`;
        if (eff.kind === 'prestige') expect(Math.abs(eff.delta) <= 10, where).toBe(true);
        if (eff.kind === 'heat') expect(Math.abs(eff.delta) <= 20, where).toBe(true);
        if (eff.kind === 'mood') expect(Math.abs(eff.delta) <= 10, where).toBe(true);
        if (eff.kind === 'post')
          expect((POSTS as readonly string[]).includes(eff.post), where).toBe(true);
        if (eff.kind === 'figure')
          expect((FIGURES as readonly string[]).includes(eff.figure), where).toBe(true);
        if (eff.kind === 'mood' || eff.kind === 'weight')
          expect(
            eff.region === 'all' || (REGIONS as readonly string[]).includes(eff.region),
            where,
          ).toBe(true);
      }
    }
  });

  it('refers only to people, posts, events and flags that exist', () => {
    const flags = flagsSetAnywhere();
    for (const e of EVENTS) {
      for (const c of allConditions(e)) {
        const where = `${e.id}: ${JSON.stringify(c)}`;
        switch (c.kind) {
          case 'flag':
            expect(flags.has(c.flag), `${where} (flag never set)`).toBe(true);
            break;
          case 'status':
            expect((CONTENDERS as readonly string[]).includes(c.who), where).toBe(true);
            break;
          case 'politburo':
            expect(isPerson(c.who), where).toBe(true);
            break;
          case 'holds':
            expect(isPerson(c.who), where).toBe(true);
            expect((POSTS as readonly string[]).includes(c.post), where).toBe(true);
            break;
          case 'fired':
            expect(EVENT_BY_ID[c.event], where).toBeDefined();
            break;
          case 'alive':
            expect((FIGURES as readonly string[]).includes(c.who), where).toBe(true);
            break;
          case 'whatif':
            expect(
              builtinScenarios().some((s) => s.whatifs.some((w) => w.id === c.id)),
              where,
            ).toBe(true);
            break;
        }
      }
    }
  });

  it('guards big effects with conditions that check the game still matches history', () => {
    for (const e of EVENTS) {
      for (const f of formsOf(e)) {
        const effects = [
          ...f.effects,
          ...f.choices.flatMap((c) => c.options.flatMap((o) => o.effects)),
        ];
        for (const eff of effects) {
          const where = `${e.id}: ${JSON.stringify(eff)}`;
          if (eff.kind === 'post' && eff.to !== null) {
            // A post is only handed on when the event knows who holds it now (or that nobody does).
            expect(
              f.when.some(
                (c) => (c.kind === 'holds' || c.kind === 'vacant') && c.post === eff.post,
              ),
              where,
            ).toBe(true);
          }
          if (eff.kind === 'post' && eff.to === null) {
            // A post is only taken away from a holder the event knows, or from named men only.
            expect(
              eff.takenFrom !== undefined ||
                f.when.some((c) => c.kind === 'holds' && c.post === eff.post),
              where,
            ).toBe(true);
          }
          if (eff.kind === 'status') {
            expect(
              f.when.some((c) => c.kind === 'status' && c.who === eff.who),
              where,
            ).toBe(true);
          }
          if (eff.kind === 'politburo' || eff.kind === 'alliance') {
            expect(f.when.length, where).toBeGreaterThan(0);
          }
        }
      }
    }
  });

  it('explains every skip that a diverging game can cause, or adapts instead', () => {
    // Events that need only Lenin alive, or that only a what-if switches on, may skip silently.
    const silent = new Set([
      'lenin_returns_1922',
      'lenin_stroke_3',
      'lenin_death',
      'dzerzhinsky_death',
      'frunze_death',
      'testament_at_12th_congress',
      'lenin_stroke_2',
      'lenin_testament_dictated',
      'lenin_testament_postscript',
      'stalin_krupskaya_clash',
      'georgian_affair',
      'shanghai_massacre',
    ]);
    for (const e of EVENTS) {
      const bigEffect = allEffects(e).some((eff) =>
        ['post', 'politburo', 'status', 'alliance'].includes(eff.kind),
      );
      if (!e.conditions || silent.has(e.id)) continue;
      if (bigEffect) expect(Boolean(e.skippedBecause || e.adapted), e.id).toBe(true);
      if (e.skippedBecause) expect(e.skippedBecause.trim().length, e.id).toBeGreaterThan(10);
    }
  });

  it('is listed in full in docs/events.md', () => {
    const doc = readFileSync('docs/events.md', 'utf8');
    for (const e of EVENTS) {
      expect(doc, e.id).toContain(`| \`${e.id}\` | ${e.title.replace(/\|/g, '\\|')} | ${e.date} |`);
    }
  });
});
