// The Politburo's balance in words, for the player: whom each member votes with (a waverer won
// over votes with his suitor, not his patron), how long a fresh word holds, and how many votes
// each side commands against the majority needed. The 1928 contest for Kalinin and Voroshilov
// is played on exactly these facts (src/sim/waverers.ts), so the player must be able to read them.
import { quarterLabel } from '../../sim/calendar.ts';
import { CONTENDERS, isContender, type ContenderId, type PersonId } from '../../sim/ids.ts';
import { alliesOf, canAct, nameOf } from '../../sim/query.ts';
import { politburoFollowing } from '../../sim/scoring.ts';
import type { PlayerView } from '../../sim/view.ts';
import { leaderFollowedBy, sympathyOf, viewsOf } from '../../sim/waverers.ts';

/** "you" for the viewer, his name for anyone else. */
function who(v: PlayerView, c: ContenderId): string {
  return c === v.viewer ? 'you' : nameOf(c);
}

/**
 * Whom a full or candidate member of the Politburo follows, in a phrase to put after his name,
 * or '' for a contender (he speaks for himself). A waverer's word to a suitor or to his patron
 * holds until `steadyUntil`: the phrase says until when.
 */
export function memberStanding(v: PlayerView, id: PersonId): string {
  if (isContender(id)) return '';
  const f = v.figures[id];
  const parts: string[] = [];
  if (f.patron)
    parts.push(f.patron === v.viewer ? 'your client' : `a client of ${nameOf(f.patron)}`);
  else parts.push('follows no leader');
  const suitor = sympathyOf(v, id);
  if (suitor) {
    const s = who(v, suitor);
    const p = f.patron ? who(v, f.patron) : 'his patron';
    const pair = s === 'you' ? `you and ${p}` : `${p} and ${s}`;
    parts.push(`won over by ${s}: votes with ${s} where ${pair} disagree`);
  } else if (viewsOf(id)) {
    parts.push('a waverer, with views of his own on the economy');
  }
  if (v.turn < f.steadyUntil) {
    const until = quarterLabel(v.startQuarter + f.steadyUntil);
    parts.push(
      suitor
        ? `his word holds to the end of the quarter: nobody can win him back before ${until}`
        : `just brought back into line: nobody can court him before ${until}`,
    );
  }
  return parts.join('; ');
}

/**
 * The votes in the Politburo: how many full members there are and how many make a majority,
 * whom each member votes with (a contender, the clients who follow him and the waverers he has
 * won over), and what the strongest leader commands with his allies (`politburoFollowing`, the
 * count supremacy asks for: src/sim/scoring.ts). Before a vote, leave that count out
 * (`forVote`): allies do not vote together on a question, each leader answers for himself, and
 * "Rykov commands 9 with his allies (Stalin, …)" read as if Stalin would vote with the Right.
 */
export function politburoBalance(v: PlayerView, { forVote = false } = {}): string {
  const n = v.politburo.full.length;
  const need = Math.floor(n / 2) + 1;
  const followers = new Map<ContenderId, PersonId[]>();
  for (const id of v.politburo.full) {
    const leader = votesWith(v, id);
    if (leader) followers.set(leader, [...(followers.get(leader) ?? []), id]);
  }
  const groups = CONTENDERS.filter((c) => followers.has(c)).map((c) => {
    const others = followers
      .get(c)!
      .filter((id) => id !== c)
      .map(nameOf);
    const with_ = others.length > 0 ? ` (with ${others.join(', ')})` : '';
    return `${who(v, c)} ${followers.get(c)!.length}${with_}`;
  });
  let top: ContenderId | null = null;
  let topVotes = -1;
  for (const c of CONTENDERS) {
    if (!canAct(v, c) || !v.politburo.full.includes(c)) continue;
    const votes = politburoFollowing(v, c);
    if (votes > topVotes) {
      top = c;
      topVotes = votes;
    }
  }
  const parts = [`${n} full members vote, ${need} make a majority.`];
  if (groups.length > 0) parts.push(`Votes by leader: ${groups.join('; ')}.`);
  if (top && !forVote) {
    const allies = alliesOf(v, top).filter((c) => canAct(v, c));
    const whose = top === v.viewer ? 'You command' : `${nameOf(top)} commands`;
    const withAllies =
      allies.length === 0
        ? ''
        : ` with ${top === v.viewer ? 'your' : 'his'} allies (${allies.map((c) => who(v, c)).join(', ')})`;
    const verdict = topVotes >= need ? 'a majority' : 'short of a majority';
    parts.push(
      `Counting allies, as supremacy does: ${whose} ${topVotes}${withAllies}: ${verdict}.`,
    );
  }
  return parts.join(' ');
}

/**
 * The leader a member votes with: a contender himself (if he can still act), a figure the
 * leader who has won him over or his patron (see memberStanding). His token takes that colour.
 */
export function votesWith(v: PlayerView, id: PersonId): ContenderId | null {
  if (isContender(id)) return canAct(v, id) ? id : null;
  return leaderFollowedBy(v, id);
}
