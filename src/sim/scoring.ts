// The end: supremacy, every contender's fate, and a score.
import { CONTENDERS, type ContenderId, type Fate } from './ids.ts';
import { isContender } from './ids.ts';
import {
  alliesOf,
  canAct,
  ccTotal,
  inPolitburo,
  inPolitburoAny,
  powerIndex,
  round1,
} from './query.ts';
import { leaderFollowedBy } from './waverers.ts';
import { gradeAims } from './aims.ts';
import type { GameState, Outcome } from './types.ts';

const FATE_POINTS: Record<Fate, number> = {
  supreme: 100,
  collective: 60,
  survived: 40,
  sidelined: 20,
  expelled: 10,
  exiled: 5,
  dead: 0,
};

/** A contender who has won before the end: most of the CC, and no rival left in the Politburo. */
export function supremeLeader(state: GameState): ContenderId | null {
  const total = ccTotal(state);
  for (const c of CONTENDERS) {
    if (!canAct(state, c) || !inPolitburo(state, c)) continue;
    if (state.cc[c] < total * 0.6) continue;
    const rivals = CONTENDERS.filter(
      (o) => o !== c && canAct(state, o) && inPolitburoAny(state, o),
    );
    if (rivals.length === 0) return c;
  }
  return null;
}

/**
 * Full Politburo members who vote with `c`: himself, his allies, and the figures who follow
 * him or an ally (src/sim/waverers.ts).
 */
export function politburoFollowing(state: GameState, c: ContenderId): number {
  const side = (x: ContenderId | null) => x !== null && (x === c || alliesOf(state, c).includes(x));
  let n = 0;
  for (const member of state.politburo.full) {
    if (isContender(member)) {
      if (canAct(state, member) && side(member)) n += 1;
    } else if (member !== 'lenin' && side(leaderFollowedBy(state, member))) {
      n += 1;
    }
  }
  return n;
}

export function computeOutcome(state: GameState, reason: string): Outcome {
  const fates = {} as Record<ContenderId, Fate>;
  const power = {} as Record<ContenderId, number>;
  for (const c of CONTENDERS) power[c] = powerIndex(state, c);
  const seated = CONTENDERS.filter((c) => canAct(state, c) && inPolitburo(state, c)).sort(
    (a, b) => power[b] - power[a],
  );
  const top = seated[0];
  const second = seated[1];
  const total = ccTotal(state);
  // Supreme means unchallenged: a large bloc in the Central Committee, far ahead of the next
  // man, and a majority in the Politburo (a leader outvoted there has not won).
  const topIsSupreme =
    top !== undefined &&
    state.cc[top] >= total * 0.35 &&
    (second === undefined || power[top] >= power[second] * 1.5) &&
    politburoFollowing(state, top) * 2 > state.politburo.full.length;
  for (const c of CONTENDERS) {
    const status = state.contenders[c].status;
    if (status === 'dead' || status === 'exiled' || status === 'expelled') {
      fates[c] = status;
    } else if (status === 'removed' || !inPolitburoAny(state, c)) {
      fates[c] = 'sidelined';
    } else if (c === top && topIsSupreme) {
      fates[c] = 'supreme';
    } else if (
      !topIsSupreme &&
      top !== undefined &&
      inPolitburo(state, c) &&
      power[c] >= power[top] * 0.6
    ) {
      fates[c] = 'collective';
    } else {
      fates[c] = 'survived';
    }
  }
  const scores = {} as Record<ContenderId, number>;
  for (const c of CONTENDERS) {
    scores[c] = round1(FATE_POINTS[fates[c]] + power[c] / 2 + state.contenders[c].prestige / 10);
  }
  const winner = CONTENDERS.find((c) => fates[c] === 'supreme') ?? null;
  const grades = gradeAims(state, fates);
  const aimsMet = CONTENDERS.filter((c) => grades[c].met);
  return { winner, fates, aimsMet, scores, reason };
}
