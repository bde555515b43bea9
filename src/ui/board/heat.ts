// Heat as the board shows it: the number and the line where removal becomes possible, read
// from the card's public facts (standing, posts, prestige) by the rules' own thresholds.
import { removalLineFor, type HeatLine } from '../../sim/feedback.ts';
import type { SeatModel } from './model.ts';

export function removalLineOf(seat: SeatModel): HeatLine | null {
  return removalLineFor({
    status: seat.status,
    inPolitburo: seat.seat !== 'none',
    hasPosts: seat.posts.length > 0,
    prestige: seat.prestige,
  });
}

/** "28 (removal at 53)", or "74 (OVER the line at 53)". */
export function heatWords(seat: SeatModel): string {
  const heat = Math.round(seat.heat);
  const line = removalLineOf(seat);
  if (!line) return String(heat);
  const what = line.base >= 70 ? 'expulsion' : 'removal';
  return heat >= line.at
    ? `${heat} (OVER the ${what} line at ${line.at})`
    : `${heat} (${what} at ${line.at})`;
}
