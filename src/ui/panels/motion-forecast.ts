// A motion's odds before it is tabled: tabling is certain, passing is not. The forecast is the
// player's own reading of the room (his view), made the way the AI forecasts its motions.
import type { MotionForecast } from '../../sim/feedback.ts';
import { nameOf } from '../../sim/query.ts';
import { h, pct } from '../dom.ts';

export function forecastNumbers(f: MotionForecast): string {
  return `passes ~${pct(f.chance)}`;
}

function names(list: string[]): string {
  return list.length > 0
    ? list.map((c) => nameOf(c as Parameters<typeof nameOf>[0])).join(', ')
    : 'nobody';
}

/** The "Chance" entry of a motion's detail, in words. */
export function forecastWords(f: MotionForecast): HTMLElement {
  return h(
    'dd',
    null,
    `Tabling it is certain. Passing: about ${pct(f.chance)}, by your reading of the room. `,
    `Likely for: ${names(f.yes)}. Likely against: ${names(f.no)}.`,
    f.abstain.length > 0 ? ` Undecided: ${names(f.abstain)}.` : '',
    f.body === 'cc'
      ? ' It goes to the Central Committee, where the uncommitted members go with the mood and prestige.'
      : ' It goes to the Politburo; clients vote with their patrons.',
    f.overtakenBy
      ? h(
          'span',
          { class: 'danger' },
          `\u26a0 \u201c${f.overtakenBy}\u201d is already tabled: if it passes first, this motion is withdrawn.`,
        )
      : null,
  );
}
