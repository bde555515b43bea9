// How long a scenario takes to play, for a teacher planning a lesson. A scripted walk-through of
// the 1926 lesson (scripts/quarter-walkthrough.ts, docs/ui-notes.md) counted 550–770 words read
// and 13–17 clicks a quarter: about 3–4 minutes for a brisk player and 5–8 for a careful one.
// The range below runs from brisk-to-careful to careful.
import type { ScenarioData } from '../../content/types.ts';
import { quarterOf } from '../../sim/calendar.ts';

const MINUTES_A_QUARTER = { low: 4, high: 7 } as const;

export function quartersIn(scenario: Pick<ScenarioData, 'start' | 'end'>): number {
  return quarterOf(scenario.end) - quarterOf(scenario.start) + 1;
}

/**
 * "6 quarters: about 20–45 minutes" — rounded outwards to five minutes, so the range always
 * holds the quarters times the pace (a lesson's 42 minutes must not be shown as 40).
 */
export function playingTime(scenario: Pick<ScenarioData, 'start' | 'end'>): string {
  const n = quartersIn(scenario);
  const low = Math.floor((n * MINUTES_A_QUARTER.low) / 5) * 5;
  const high = Math.ceil((n * MINUTES_A_QUARTER.high) / 5) * 5;
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
