// Heat as the board shows it: the number and the line where removal becomes possible, read
// from the card's public facts (standing, posts, prestige) by the rules' own thresholds.
import { removalLineFor, type HeatLine } from '../../sim/feedback.ts';
import { HEAT_TO_REMOVE_FROM_POLITBURO } from '../../sim/motions.ts';
import type { SeatModel } from './model.ts';

export function removalLineOf(seat: SeatModel): HeatLine | null {
  return removalLineFor({
    status: seat.status,
    inPolitburo: seat.seat !== 'none',
    hasPosts: seat.posts.length > 0,
    prestige: seat.prestige,
    branded: seat.branded,
  });
}

/**
 * The Politburo line waits until he is branded (a platform signed, or his group condemned by an
 * event): until then no heat is enough for the Central Committee to vote him out.
 */
export function lineWaits(seat: SeatModel, line: HeatLine | null): boolean {
  return line !== null && line.base === HEAT_TO_REMOVE_FROM_POLITBURO && !seat.branded;
}

/**
 * "28 (removal at 53)", "74 (OVER the removal line at 53)", or for a man not yet branded
 * "28 (removal at 53 once branded)".
 */
export function heatWords(seat: SeatModel): string {
  const heat = Math.round(seat.heat);
  const line = removalLineOf(seat);
  if (!line) return String(heat);
  if (lineWaits(seat, line)) return `${heat} (removal at ${line.at} once branded)`;
  const what = line.base >= 70 ? 'expulsion' : 'removal';
  return heat >= line.at
    ? `${heat} (OVER the ${what} line at ${line.at})`
    : `${heat} (${what} at ${line.at})`;
}
