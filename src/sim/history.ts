// The historical calendar a scenario schedules (for `heirs events` and the game-over timeline):
// every deck event, gathering and entry of the record in the scenario's span, with the date from
// the record, in true order.
import { GATHERINGS } from '../content/congresses.ts';
import { EVENTS } from '../content/events.ts';
import { POSTS_IN_RECORD, RECORD_ENTRIES, type Tenure } from '../content/record.ts';
import type { CalendarKind, ScenarioData } from '../content/types.ts';
import { quarterOf } from './calendar.ts';
import type { PersonId, PostId } from './ids.ts';
import { nameOf } from './query.ts';

export interface CalendarEntry {
  id: string;
  title: string;
  /** The date as the record gives it ('YYYY-MM' when the day is unsure). */
  date: string;
  kind: CalendarKind;
  note: string;
}

/**
 * The day an entry is sorted by. A month-only date means the day is unsure, not that it was the
 * 1st: sorting it as '1927-05' would put it before every exact date of May, so the Anglo-Soviet
 * break would come before the ARCOS raid that caused it. We sort by the best-known day, and a
 * month-only date with no best guess goes to the middle of its month.
 */
export function sortDay(date: string, bestKnown?: string): string {
  if (bestKnown) return bestKnown;
  return date.length === 7 ? `${date}-15` : date;
}

export function historicalCalendar(scenario: ScenarioData): CalendarEntry[] {
  const from = quarterOf(scenario.start);
  const to = quarterOf(scenario.end);
  const inSpan = (date: string) =>
    quarterOf(date.slice(0, 7)) >= from && quarterOf(date.slice(0, 7)) <= to;
  const events = EVENTS.filter((e) => inSpan(e.date) && !scenario.firedEvents.includes(e.id));
  const listed = new Set(events.map((e) => e.id));
  const entries: (CalendarEntry & { key: string })[] = [
    ...events.map((e) => ({
      id: e.id,
      title: e.title,
      date: e.date,
      kind: e.kind,
      note: e.history,
      key: sortDay(e.date, e.bestKnown),
    })),
    ...GATHERINGS.filter((g) => inSpan(g.date)).map((g) => ({
      id: g.id,
      title: g.title,
      date: g.date,
      kind: g.kind,
      note: g.note,
      key: sortDay(g.date),
    })),
    ...RECORD_ENTRIES.filter((r) => inSpan(r.date) && !(r.sameAs && listed.has(r.sameAs))).map(
      (r) => ({
        id: r.id,
        title: r.title,
        date: r.date,
        kind: 'record' as const,
        note: `In the record: ${r.note}`,
        key: sortDay(r.date, r.bestKnown),
      }),
    ),
  ];
  // A stable sort: on the same day the deck's own order (cause before effect) is kept.
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.key < b.e.key ? -1 : a.e.key > b.e.key ? 1 : a.i - b.i))
    .map(({ e }) => ({ id: e.id, title: e.title, date: e.date, kind: e.kind, note: e.note }));
}

/** Who held a post in the record during a quarter, by the fact sheet's dates. */
export interface RecordHolder {
  /** The holder's name as the game writes it. */
  name: string;
  /** The month his tenure ended, where the sources agree on it. */
  until: string | null;
}

function tenureQuarters(t: Tenure): [number, number] {
  return [quarterOf(t.from), t.to === null ? Infinity : quarterOf(t.to)];
}

/**
 * If the game has just given `post` to `holder` in `quarter` where the record had someone else
 * in it, who that was; null when the game agrees with the record (or the record does not say).
 * A quarter either side is allowed, since the record's months and the game's quarters do not
 * meet exactly (Frunze took the War Commissariat in January 1925, a plenum later than the
 * quarter in which a game might move it).
 */
export function recordHolderInstead(
  post: PostId,
  holder: PersonId,
  quarter: number,
): RecordHolder | null {
  const tenures = POSTS_IN_RECORD[post];
  if (!tenures) return null;
  const now = tenures.find((t) => {
    const [from, to] = tenureQuarters(t);
    return from <= quarter && quarter <= to;
  });
  if (!now) return null;
  const agrees = tenures.some((t) => {
    const [from, to] = tenureQuarters(t);
    return t.holder === holder && from - 1 <= quarter && quarter <= to + 1;
  });
  if (agrees) return null;
  return {
    name: typeof now.holder === 'string' ? nameOf(now.holder) : now.holder.name,
    until: now.sureEnd ? now.to : null,
  };
}
