// The Secretariat election in words, for the player. The quarter after a congress is the one
// moment the General Secretaryship can be taken from a holder in good standing (and, while
// Lenin lives, the only one: src/sim/motions.ts), and the congress before it decides who sits in
// the Central Committee that votes. Without a notice a student never learns the moment exists.
import { GATHERINGS } from '../../content/congresses.ts';
import {
  currentQuarter,
  gatheringsInQuarter,
  quarterLabel,
  quarterOf,
} from '../../sim/calendar.ts';
import { newCentralCommitteeMeets } from '../../sim/motions.ts';
import { ccTotal, controllerOf, nameOf } from '../../sim/query.ts';
import type { PlayerView } from '../../sim/view.ts';
import type { Notice } from './notice.ts';

/** The Central Committee's seats as the viewer sees them: his own, the General Secretary's side. */
function seatsLine(v: PlayerView): string {
  const total = ccTotal(v);
  const mine = v.cc[v.viewer];
  const holder = controllerOf(v, 'general_secretary');
  const theirs = holder && holder !== v.viewer ? `, ${nameOf(holder)} ${v.cc[holder]}` : '';
  return `The Central Committee has ${total} members: you hold ${mine}${theirs}, and ${v.cc.unaligned} follow no leader.`;
}

export type SecretariatNotice = Notice;

/** A quarter's name without its season: "Jul–Sep 1924". */
const shortLabel = (quarter: number) => quarterLabel(quarter).replace(/ \(.*\)$/, '');

/**
 * A notice for the quarter of a Secretariat election, or of the congress that leads to one; null
 * in other quarters.
 */
export function secretariatNotice(v: PlayerView): SecretariatNotice | null {
  const quarter = currentQuarter(v);
  if (newCentralCommitteeMeets(v)) {
    const next = GATHERINGS.find(
      (g) =>
        g.electsCentralCommittee &&
        quarterOf(g.date) > quarter &&
        quarterOf(g.date) <= v.endQuarter,
    );
    const nextTime = next
      ? `The next chance comes after the ${next.title}, in ${shortLabel(quarterOf(next.date) + 1)}.`
      : 'No congress before the end will give another chance.';
    const lenin = v.figures.lenin.alive
      ? ['While Lenin lives, this is the only way to move the General Secretary.']
      : [];
    return {
      title: 'The Secretariat election',
      lines: [
        'This quarter only, the new Central Committee elects the Secretariat.',
        'A member of the Politburo can table a motion to give the General Secretaryship or the Orgburo to anyone, however well the holder stands; the Central Committee decides by majority.',
        ...lenin,
        seatsLine(v),
        nextTime,
      ],
    };
  }
  const congress = gatheringsInQuarter(quarter).find((g) => g.electsCentralCommittee);
  if (congress) {
    return {
      title: `The ${congress.title}`,
      lines: [
        `The ${congress.title} meets at the end of this quarter and elects a new Central Committee from the delegates the regions send: the secretaries who control a region choose them.`,
        'Next quarter that Central Committee elects the Secretariat, so the regions you hold now decide who can take the General Secretaryship.',
      ],
    };
  }
  return null;
}
