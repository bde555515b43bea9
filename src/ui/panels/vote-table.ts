// A vote as a table: every voter's choice, weight and reason (choices in words, not only colour).
import { FIGURE_INFO } from '../../content/people.ts';
import { isContender, isFigure } from '../../sim/ids.ts';
import { nameOf } from '../../sim/query.ts';
import type { ContenderId } from '../../sim/ids.ts';
import {
  chosenOption,
  eventVoteCounts,
  honestReason,
  isEventVote,
  proposerWords,
  type EventVote,
} from '../session/vote-words.ts';
import type { BallotChoice, VoteRecord } from '../../sim/types.ts';
import { h, tableHead, tableRow } from '../dom.ts';

const BODY: Record<VoteRecord['body'], string> = {
  politburo: 'Politburo',
  cc: 'Central Committee',
  congress: 'Party Congress',
};

export const CHOICE_WORD: Record<BallotChoice, string> = {
  yes: 'Yes \u2714',
  no: 'No \u2718',
  abstain: 'Abstain \u2013',
};

function voterName(voter: string): string {
  if (voter === 'unaligned') return 'Uncommitted members';
  if (isFigure(voter)) return `${FIGURE_INFO[voter].name}`;
  if (isContender(voter)) return nameOf(voter);
  return voter;
}

/** Every ballot with its choice and reason; `me` marks the player's own row "your vote". */
export function voteTable(vote: VoteRecord, me: ContenderId | null = null): HTMLTableElement {
  if (isEventVote(vote)) return eventVoteTable(vote, me);
  const weighted = vote.ballots.some((b) => b.weight !== 1);
  return h(
    'table',
    { class: 'data' },
    h(
      'caption',
      null,
      vote.body === 'congress'
        ? `${vote.title} \u2014 `
        : `${BODY[vote.body]}: ${vote.title} \u2014 `,
      h(
        'span',
        { class: vote.passed ? 'choice-yes' : 'choice-no' },
        vote.passed ? 'PASSED' : 'FAILED',
      ),
      ` ${vote.yes}\u2013${vote.no}`,
      proposerWords(vote, me),
    ),
    tableHead('Voter', 'Vote', weighted && 'Votes', 'Why'),
    h(
      'tbody',
      null,
      ...vote.ballots.map((b) =>
        tableRow(
          voterName(b.voter),
          [
            h('td', { class: `choice-${b.choice}` }, CHOICE_WORD[b.choice]),
            weighted && String(b.weight),
            honestReason(b, me, vote.body !== 'congress'),
          ],
          me && b.voter === me ? { class: 'mine' } : null,
        ),
      ),
    ),
  );
}

/** An event decided by the Politburo: counts per option, and who chose which. */
function eventVoteTable(vote: EventVote, me: ContenderId | null): HTMLTableElement {
  const counts = eventVoteCounts(vote);
  const weighted = vote.ballots.some((b) => b.weight !== 1);
  const event = vote.title.includes(': ')
    ? vote.title.slice(0, vote.title.indexOf(': '))
    : vote.title;
  return h(
    'table',
    { class: 'data' },
    h(
      'caption',
      null,
      `Politburo: ${event} \u2014 decided `,
      h('span', { class: 'choice-yes' }, `\u201c${counts[0]?.label ?? ''}\u201d`),
      ` (${counts.map((c) => `${c.label}: ${c.votes}`).join(', ')})`,
    ),
    tableHead('Voter', 'Chose', weighted && 'Votes'),
    h(
      'tbody',
      null,
      ...vote.ballots.map((b) =>
        tableRow(
          [voterName(b.voter), me && b.voter === me ? ' (your vote)' : ''],
          [chosenOption(vote, b), weighted && String(b.weight)],
          me && b.voter === me ? { class: 'mine' } : null,
        ),
      ),
    ),
  );
}
