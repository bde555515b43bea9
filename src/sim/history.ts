// The historical calendar a scenario schedules (for `heirs events` and the game-over timeline):
// every deck event and gathering in the scenario's span, with the date from the record.
import { GATHERINGS } from '../content/congresses.ts';
import { EVENTS } from '../content/events.ts';
import type { CalendarKind, ScenarioData } from '../content/types.ts';
import { quarterOf } from './calendar.ts';

export interface CalendarEntry {
  id: string;
  title: string;
  date: string;
  kind: CalendarKind;
  note: string;
}

export function historicalCalendar(scenario: ScenarioData): CalendarEntry[] {
  const from = quarterOf(scenario.start);
  const to = quarterOf(scenario.end);
  const inSpan = (date: string) =>
    quarterOf(date.slice(0, 7)) >= from && quarterOf(date.slice(0, 7)) <= to;
  const entries: CalendarEntry[] = [
    ...EVENTS.filter((e) => inSpan(e.date) && !scenario.firedEvents.includes(e.id)).map((e) => ({
      id: e.id,
      title: e.title,
      date: e.date,
      kind: e.kind,
      note: e.history,
    })),
    ...GATHERINGS.filter((g) => inSpan(g.date)).map((g) => ({
      id: g.id,
      title: g.title,
      date: g.date,
      kind: g.kind,
      note: g.note,
    })),
  ];
  // Month-precision dates sort before day-precision ones in the same month.
  return entries.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.id.localeCompare(b.id),
  );
}
