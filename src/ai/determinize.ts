// Determinizing: turning what one seat may know (its view) into one full game state the rules
// can play on, by drawing what it cannot know around what it believes. The planner samples
// several such states and plays each candidate move in all of them, so no plan leans on one
// guess about the hidden parts ("strategy fusion"). Everything drawn here comes from the
// planner's own stream: never the game's dice, never another seat's private data.
import { CONTENDERS, REGIONS, type ContenderId } from '../sim/ids.ts';
import { cloneGame } from '../sim/flow.ts';
import { clamp, SECRETARY_SLOTS } from '../sim/query.ts';
import { initialRngState, type SideStream } from '../sim/rng.ts';
import type { GameState } from '../sim/types.ts';
import type { PlayerView } from '../sim/view.ts';

/** How far a rival's unknown feelings for a third party may stray from the neutral guess. */
const FEELING_SPREAD = 15;

/**
 * One full game state consistent with the view: the viewer's own network exactly, rivals'
 * secretaries drawn within the view's error band, others' feelings for third parties drawn
 * around the neutral guess the view shows, and fresh dice. Secret dealings the viewer is not
 * party to stay unknown (none are invented). The view is not changed.
 */
export function determinize(seen: PlayerView, stream: SideStream): GameState {
  const me = seen.viewer;
  const state = withoutViewerFields(cloneGame(seen));
  for (const region of REGIONS) drawSecretaries(state, region, me, seen.estimateError, stream);
  for (const c of CONTENDERS) {
    if (c === me) continue;
    for (const other of CONTENDERS) {
      if (other === c || other === me) continue;
      // The view shows a neutral guess here (src/sim/view.ts UNKNOWN_RELATION).
      const r = state.contenders[c].relations[other];
      r.trust = clamp(Math.round(r.trust + spread(stream) * FEELING_SPREAD), 0, 100);
      r.grievance = clamp(
        Math.round(r.grievance + Math.abs(spread(stream)) * FEELING_SPREAD),
        0,
        100,
      );
    }
  }
  // The view carries no usable dice; a future needs some, and they must be the planner's.
  state.rng = initialRngState(`determinized|${stream.next()}`);
  return state;
}

/**
 * A number in (-1, 1), most often near 0: the sum of two draws, so a sampled figure stays
 * close to the estimate more often than at the edge of its error band.
 */
function spread(stream: SideStream): number {
  return stream.next() + stream.next() - 1;
}

/** Rivals' secretaries in one region: each estimate ± the error, within the region's slots. */
function drawSecretaries(
  state: GameState,
  region: (typeof REGIONS)[number],
  me: ContenderId,
  error: number,
  stream: SideStream,
): void {
  const held = state.regions[region].secretaries;
  let total = held[me] ?? 0;
  const rivals: ContenderId[] = [];
  for (const c of CONTENDERS) {
    if (c === me) continue;
    const drawn = clamp(Math.round((held[c] ?? 0) + spread(stream) * error), 0, SECRETARY_SLOTS);
    held[c] = drawn;
    total += drawn;
    if (drawn > 0) rivals.push(c);
  }
  // Estimates can add up to more than the region has: take the surplus back from rivals,
  // the largest holder first (the viewer's own count is exact and stays).
  while (total > SECRETARY_SLOTS && rivals.length > 0) {
    rivals.sort(
      (a, b) => (held[b] ?? 0) - (held[a] ?? 0) || CONTENDERS.indexOf(a) - CONTENDERS.indexOf(b),
    );
    held[rivals[0]] = (held[rivals[0]] ?? 0) - 1;
    total -= 1;
    if (held[rivals[0]] === 0) rivals.shift();
  }
}

/** A view is a game state with two extra fields; the rules' copy must not carry them. */
function withoutViewerFields(copy: GameState): GameState {
  const extra = copy as Partial<PlayerView>;
  delete extra.viewer;
  delete extra.estimateError;
  return copy;
}
