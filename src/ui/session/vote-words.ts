// Votes told truthfully: the player's own row says "your vote"; a reason is shown only when it
// agrees with the ballot actually cast; an event's vote is counted per option, not as yes/no.
import { EVENT_BY_ID } from '../../content/events.ts';
import type { ContenderId } from '../../sim/ids.ts';
import { nameOf } from '../../sim/query.ts';
import type { Ballot, BallotChoice, VoteRecord } from '../../sim/types.ts';

export type EventVote = VoteRecord & {
  spec: Extract<VoteRecord['spec'], { kind: 'event_choice' }>;
};

export function isEventVote(v: VoteRecord): v is EventVote {
  return v.spec.kind === 'event_choice';
}

/** Reasons the rules write, by the way they lean. "follows X" and the majority lean with X. */
const LEANS_YES = [
  /^proposed it/,
  /^trusts /,
  /^backs his ally/,
  /^agrees with/,
  /cut down$/,
  /persuaded$/,
];
const LEANS_NO = [
  /^defends himself/,
  /^distrusts /,
  /^opposes /,
  /^fears /,
  /^stands by his ally/,
  /^will not sacrifice/,
  /unconvinced$/,
  /^protects his patron/,
];

function leaning(reason: string): BallotChoice | null {
  if (LEANS_YES.some((r) => r.test(reason))) return 'yes';
  if (LEANS_NO.some((r) => r.test(reason))) return 'no';
  return null;
}

/**
 * The reason to print beside a ballot: never one that argues for the other side. `cast` is false
 * for a congress's ballots: the player's delegates vote by the rules, he is never asked, so his
 * row gives their reason rather than "your vote".
 */
export function honestReason(b: Ballot, me: ContenderId | null, cast = true): string {
  if (me && b.voter === me)
    return cast ? 'your vote' : `your delegates: ${b.reason.replace(/^.*?'s delegates: /, '')}`;
  const lean = leaning(b.reason);
  if (b.choice === 'abstain') return lean ? 'holds back: not sure enough either way' : b.reason;
  if (lean && lean !== b.choice) return 'weighs his own interests (he did not say why)';
  return b.reason;
}

/**
 * Who proposed a vote, for its caption. A congress's condemnation of a platform is tabled by the
 * rules for the apparatus: when that is the player (he runs the Secretariat), it says so rather
 * than that he proposed a motion he never tabled.
 */
export function proposerWords(vote: VoteRecord, me: ContenderId | null): string {
  if (!vote.proposer) return '';
  if (vote.proposer === me && vote.spec.kind === 'condemn_platform')
    return ' (tabled for the apparatus you run, in your name)';
  return ` (proposed by ${vote.proposer === me ? 'you' : nameOf(vote.proposer)})`;
}

/** An option's label, from the event's own choices (its changed form's too). */
function optionLabel(event: string, option: string): string {
  const def = EVENT_BY_ID[event];
  const options = [...(def?.choices ?? []), ...(def?.adapted?.choices ?? [])].flatMap(
    (c) => c.options,
  );
  return options.find((o) => o.id === option)?.label ?? option;
}

export interface OptionCount {
  label: string;
  votes: number;
  won: boolean;
}

/** Counts per option of an event's Politburo vote, as on record, the winner first. */
export function eventVoteCounts(v: EventVote): OptionCount[] {
  return Object.entries(v.spec.tally)
    .map(([option, votes]) => ({
      label: optionLabel(v.spec.event, option),
      votes,
      won: option === v.spec.option,
    }))
    .sort((a, b) => Number(b.won) - Number(a.won) || b.votes - a.votes);
}

/**
 * Did an even vote decide this event vote: the winning option had no more votes than another,
 * and it is the course the event names to stand on a tie (EventChoice.ifTied)?
 */
export function decidedByTie(v: EventVote): boolean {
  const won = v.spec.tally[v.spec.option] ?? 0;
  const even = Object.entries(v.spec.tally).some(([o, n]) => o !== v.spec.option && n === won);
  const def = EVENT_BY_ID[v.spec.event];
  const choices = [...(def?.choices ?? []), ...(def?.adapted?.choices ?? [])];
  return even && choices.some((c) => c.who === 'politburo' && c.ifTied === v.spec.option);
}

/** The option a ballot of an event vote was for (for the table's "Chose" column). */
export function chosenOption(v: EventVote, b: Ballot): string {
  return b.option ? optionLabel(v.spec.event, b.option) : '\u2014';
}
