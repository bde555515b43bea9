// The Politburo votes the calendar brings next quarter, in words, for the player. The great
// decisions (a removal, the great turn of 1929) are event votes at the start of a quarter, before
// anyone can act, so the quarter before is the last chance to win the votes they need: a waverer
// won over now still votes with his new leader then (src/sim/waverers.ts). Without a notice a
// student learns of the vote only when it is already lost.
import { currentQuarter, quarterLabel } from '../../sim/calendar.ts';
import { optionOnTie, politburoVotesDue } from '../../sim/events.ts';
import type { PlayerView } from '../../sim/view.ts';
import { seatedWaverers } from '../../sim/waverers.ts';
import type { Notice } from './notice.ts';
import { politburoBalance } from './politburo-words.ts';

export type VoteAheadNotice = Notice;

/** A quarter's name without its season: "Oct–Dec 1929". */
const shortLabel = (quarter: number) => quarterLabel(quarter).replace(/ \(.*\)$/, '');

/**
 * A notice, in the action phase, of the Politburo votes due next quarter as the game stands now;
 * null when none is due (or the game ends first).
 */
export function politburoVoteAhead(v: PlayerView): VoteAheadNotice | null {
  if (v.phase !== 'actions') return null;
  const next = currentQuarter(v) + 1;
  if (next > v.endQuarter) return null;
  const due = politburoVotesDue(v, next);
  if (due.length === 0) return null;
  const questions = due.map(({ event, choice, certain }) => {
    const tied = optionOnTie(choice);
    const tie = tied ? ` If the vote is even, \u201c${tied.label}\u201d stands.` : '';
    const when = certain ? '' : ' (it may come later in its season)';
    return `${event.title}${when}: \u201c${choice.prompt}\u201d${tie}`;
  });
  const court =
    seatedWaverers(v).length > 0
      ? [
          'A waverer won over this quarter still votes with his new leader then: his patron cannot win him back before the vote.',
        ]
      : [];
  return {
    title: due.length > 1 ? 'Politburo votes next quarter' : 'A Politburo vote next quarter',
    lines: [
      `At the start of ${shortLabel(next)}, before anyone can act, the Politburo is due to vote.`,
      ...questions,
      `As it stands now: ${politburoBalance(v, { forVote: true })} Each leader's followers vote as he answers.`,
      ...court,
    ],
  };
}
