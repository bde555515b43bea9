// The historical calendar in true order: a month-only date (an unsure day) must never put an
// effect before its cause, and everything it shows is framed as the record, not as this game.
import { describe, expect, it } from 'vitest';
import { GATHERINGS } from '../../src/content/congresses.ts';
import { EVENTS } from '../../src/content/events.ts';
import { RECORD_ENTRIES } from '../../src/content/record.ts';
import { historicalCalendar, sortDay } from '../../src/sim/history.ts';
import { builtin, editScenario } from './play.ts';

/** Cause, then effect: each pair the history issue named, and a few more of the same kind. */
const CAUSE_EFFECT: [string, string][] = [
  ['arcos_raid', 'anglo_soviet_break'],
  ['oct_anniversary_demonstration', 'trotsky_zinoviev_expelled_party'],
  ['stalin_siberia_trip', 'trotsky_exiled_alma_ata'],
  ['lenin_stroke_2', 'stalin_krupskaya_clash'],
  ['stalin_krupskaya_clash', 'lenin_testament_dictated'],
  ['lenin_letter_to_stalin', 'lenin_stroke_3'],
  ['congress_12', 'kuibyshev_to_rabkrin'],
  ['scissors_crisis', 'trotsky_letter_oct_1923'],
  ['congress_15', 'kamenev_expelled_15th_congress'],
  ['kamenev_expelled_15th_congress', 'politburo_dec_1927'],
  ['april_1929_plenum', 'conference_16'],
  ['record_grain_procurement_crisis', 'stalin_siberia_trip'],
  ['record_stalin_general_secretary', 'lenin_stroke_1'],
];

describe('the historical calendar', () => {
  const calendar = historicalCalendar(builtin('1922-full'));
  const at = (id: string) => calendar.findIndex((e) => e.id === id);

  it('puts every cause before its effect', () => {
    for (const [cause, effect] of CAUSE_EFFECT) {
      expect(at(cause), cause).toBeGreaterThanOrEqual(0);
      expect(at(effect), effect).toBeGreaterThanOrEqual(0);
      expect(at(cause), `${cause} before ${effect}`).toBeLessThan(at(effect));
    }
  });

  it('is sorted by the best-known day', () => {
    const byId = new Map(EVENTS.map((e) => [e.id, e]));
    const keys = calendar.map((e) => sortDay(e.date, byId.get(e.id)?.bestKnown));
    const keyOfRecord = new Map(RECORD_ENTRIES.map((r) => [r.id, sortDay(r.date, r.bestKnown)]));
    const all = calendar.map((e, i) => keyOfRecord.get(e.id) ?? keys[i]);
    expect(all).toEqual([...all].sort());
  });

  it('gives a best-known day to month-only events that share a month with exact dates', () => {
    // The day is unsure, but where an exact date in the same month could be its cause or its
    // effect we must say which came first.
    const exact = [...EVENTS.map((e) => e.date), ...GATHERINGS.map((g) => g.date)].filter(
      (d) => d.length === 10,
    );
    const loose = new Set(['new_opposition_formed', 'war_scare_1927', 'lessons_of_october']);
    for (const e of EVENTS) {
      if (e.date.length !== 7 || loose.has(e.id)) continue;
      if (!exact.some((d) => d.startsWith(e.date))) continue;
      expect(e.bestKnown, e.id).toBeDefined();
    }
    for (const e of [...EVENTS, ...RECORD_ENTRIES]) {
      if (!e.bestKnown) continue;
      expect(e.bestKnown.startsWith(e.date.slice(0, 7)), e.id).toBe(true);
    }
  });

  it('carries the three entries of the record whatever the game does', () => {
    const full = historicalCalendar(builtin('1922-full')).map((e) => e.id);
    expect(full).toContain('record_stalin_general_secretary');
    expect(full).toContain('record_grain_procurement_crisis');
    // The enlarged Politburo: told once, by the deck event where it is listed, else by the record.
    expect(full).toContain('politburo_jan_1926');
    expect(full).not.toContain('record_politburo_enlarged_1926');
    const fromThe1924Start = editScenario('1924-lenin-dies', (s) => {
      s.firedEvents.push('politburo_jan_1926');
    });
    const ids1924 = historicalCalendar(fromThe1924Start).map((e) => e.id);
    expect(ids1924).toContain('record_politburo_enlarged_1926');
    for (const r of RECORD_ENTRIES) {
      expect(r.ref.trim(), r.id).not.toBe('');
      expect(r.date, r.id).toMatch(/^19\d\d-\d\d(-\d\d)?$/);
    }
  });

  it('frames every congress note and record entry as the record', () => {
    for (const g of GATHERINGS) expect(g.note, g.id).toMatch(/^In the record: /);
    for (const e of calendar.filter((x) => x.kind !== 'event' && x.kind !== 'plenum')) {
      expect(e.note, e.id).toMatch(/^In the record: /);
    }
  });
});
