// How long a scenario takes to play, for a teacher planning a lesson. A thoughtful quarter
// (read the news and the event, choose two or three actions, vote, read the summary) took about
// four to five minutes when the feedback screens were tried (docs/ui-notes.md).
import type { ScenarioData } from '../../content/types.ts';
import { quarterOf } from '../../sim/calendar.ts';

const MINUTES_A_QUARTER = { low: 4, high: 5 } as const;

export function quartersIn(scenario: Pick<ScenarioData, 'start' | 'end'>): number {
  return quarterOf(scenario.end) - quarterOf(scenario.start) + 1;
}

/** "15 quarters: about 60–75 minutes" — rounded to five minutes. */
export function playingTime(scenario: Pick<ScenarioData, 'start' | 'end'>): string {
  const n = quartersIn(scenario);
  const round5 = (m: number) => Math.round(m / 5) * 5;
  const low = round5(n * MINUTES_A_QUARTER.low);
  const high = round5(n * MINUTES_A_QUARTER.high);
  const hours = (m: number) => Math.round((m / 60) * 10) / 10;
  const span =
    high < 120
      ? `${low}–${high} minutes`
      : low >= 120
        ? `${hours(low)}–${hours(high)} hours`
        : `${low} minutes to ${hours(high)} hours`;
  const fits =
    high <= 45 ? ' — fits a 45-minute lesson' : low > 60 ? ' — more than one lesson' : '';
  return `${n} quarters: about ${span} at ${MINUTES_A_QUARTER.low}–${MINUTES_A_QUARTER.high} minutes a quarter${fits}.`;
}
