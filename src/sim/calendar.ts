// Turns are quarters. A quarter index is year * 4 + (quarter - 1).
import { GATHERINGS, type GatheringDef } from '../content/congresses.ts';
import type { GameState } from './types.ts';

const SEASONS = ['Winter', 'Spring', 'Summer', 'Autumn'] as const;
const MONTHS = ['Jan\u2013Mar', 'Apr\u2013Jun', 'Jul\u2013Sep', 'Oct\u2013Dec'] as const;

export function quarterOf(yyyyMm: string): number {
  const year = Number(yyyyMm.slice(0, 4));
  const month = Number(yyyyMm.slice(5, 7));
  return year * 4 + Math.floor((month - 1) / 3);
}

export function currentQuarter(state: GameState): number {
  return state.startQuarter + state.turn;
}

export function yearOf(quarter: number): number {
  return Math.floor(quarter / 4);
}

/** 1..4 */
export function quarterNumber(quarter: number): number {
  return (quarter % 4) + 1;
}

/** 'YYYY-MM' of the quarter's first month. */
export function quarterToYyyyMm(quarter: number): string {
  const month = (quarter % 4) * 3 + 1;
  return `${yearOf(quarter)}-${String(month).padStart(2, '0')}`;
}

/** 'Apr–Jun 1922' */
export function quarterMonths(quarter: number): string {
  return `${MONTHS[quarter % 4]} ${yearOf(quarter)}`;
}

/** 'Apr–Jun 1922 (spring)' */
export function quarterLabel(quarter: number): string {
  return `${quarterMonths(quarter)} (${SEASONS[quarter % 4].toLowerCase()})`;
}

export function dateLabel(state: GameState): string {
  return quarterLabel(currentQuarter(state));
}

export function turnsInGame(state: GameState): number {
  return state.endQuarter - state.startQuarter + 1;
}

/** Each gathering's quarter, worked out once from the calendar's dates (a constant table). */
const GATHERING_QUARTERS: readonly number[] = GATHERINGS.map((g) => quarterOf(g.date));

export function gatheringsInQuarter(quarter: number): GatheringDef[] {
  return GATHERINGS.filter((_, i) => GATHERING_QUARTERS[i] === quarter);
}

export function nextGathering(state: GameState): GatheringDef | null {
  const now = currentQuarter(state);
  const i = GATHERING_QUARTERS.findIndex((q) => q >= now);
  return i < 0 ? null : GATHERINGS[i];
}
