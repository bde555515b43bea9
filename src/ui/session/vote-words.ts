// Votes told truthfully: the player's own row says "your vote"; a reason is shown only when it
// agrees with the ballot actually cast; an event's vote is counted per option, not as yes/no.
import type { ContenderId, PersonId } from '../../sim/ids.ts';
import { nameOf } from '../../sim/query.ts';
import type { Ballot, BallotChoice, VoteRecord } from '../../sim/types.ts';

export type EventVote = VoteRecord & {
  spec: { kind: 'event_choice'; event: string; option: string };
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

/** The reason to print beside a ballot: never one that argues for the other side. */
export function honestReason(b: Ballot, me: ContenderId | null): string {
  if (me && b.voter === me) return 'your vote';
  const lean = leaning(b.reason);
  if (b.choice === 'abstain') return lean ? 'holds back: not sure enough either way' : b.reason;
  if (lean && lean !== b.choice) return 'weighs his own interests (he did not say why)';
  return b.reason;
}

/** The option a ballot of an event vote went to: a leader's own, or his patron's. */
function optionOf(b: Ballot, byVoter: Map<string, string>): string | null {
  const own = /^for \u201c(.*)\u201d$/.exec(b.reason);
  if (own) return own[1];
  const follows = /^follows (.*)$/.exec(b.reason);
  if (follows) {
    for (const [voter, label] of byVoter) if (voter === follows[1]) return label;
  }
  return null;
}

export interface OptionCount {
  label: string;
  votes: number;
  won: boolean;
}

/** Counts per option of an event's Politburo vote, the winner first. */
export function eventVoteCounts(v: EventVote): OptionCount[] {
  const winner = v.title.includes(': ') ? v.title.slice(v.title.indexOf(': ') + 2) : v.title;
  const byVoter = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const b of v.ballots) {
    const label = optionOf(b, byVoter) ?? 'other';
    byVoter.set(nameOf(b.voter as PersonId), label);
    counts.set(label, (counts.get(label) ?? 0) + b.weight);
  }
  if (!counts.has(winner)) counts.set(winner, 0);
  return [...counts.entries()]
    .map(([label, votes]) => ({ label, votes, won: label === winner }))
    .sort((a, b) => Number(b.won) - Number(a.won) || b.votes - a.votes);
}

/** The option each voter chose in an event vote (for the table's "Chose" column). */
export function eventChoices(v: EventVote): Map<Ballot, string> {
  const byVoter = new Map<string, string>();
  const out = new Map<Ballot, string>();
  for (const b of v.ballots) {
    const label = optionOf(b, byVoter) ?? '\u2014';
    byVoter.set(nameOf(b.voter as PersonId), label);
    out.set(b, label);
  }
  return out;
}
