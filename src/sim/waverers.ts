// Waverers: Politburo members with views of their own (Kalinin, Voroshilov, Rudzutak,
// Kuibyshev, Ordzhonikidze). They were Stalin's allies, not his puppets: they follow their
// patron, but vote their conviction on the economy when he asks too much of it, and another
// leader can court them. In July 1928 Kalinin and Voroshilov leaned to the Right before
// "betraying at the last moment" (Bukharin to Kamenev): this is where 1928 can be contested.
import { FIGURE_INFO } from '../content/people.ts';
import { FIGURES, type ContenderId, type FigureId } from './ids.ts';
import { canAct } from './query.ts';
import type { BallotChoice, GameState, MotionSpec } from './types.ts';

/** A waverer's views, or null for a man who simply follows his patron. */
export function viewsOf(figure: FigureId) {
  return FIGURE_INFO[figure].views ?? null;
}

/** Waverers who sit as full members of the Politburo now, alive and well. */
export function seatedWaverers(state: GameState): FigureId[] {
  return FIGURES.filter(
    (f) =>
      viewsOf(f) !== null &&
      state.politburo.full.includes(f) &&
      state.figures[f].alive &&
      !state.figures[f].incapacitated,
  );
}

/**
 * How a waverer's own views incline him on a motion to move the economic line: 'yes', 'no',
 * or null when he has no strong view (or the motion is not about the economy). He breaks
 * with his patron only when the move goes far against his views; the more independent, the
 * sooner.
 */
export function conviction(
  state: GameState,
  figure: FigureId,
  spec: MotionSpec,
): BallotChoice | null {
  const views = viewsOf(figure);
  if (!views || spec.kind !== 'line' || spec.axis !== 'economy') return null;
  // Where the line would go, against where he stands: positive means the move brings it nearer.
  const gain = (views.economy - state.partyLine.economy) * spec.direction;
  const threshold = 40 * (1 - views.independence);
  if (gain >= threshold) return 'yes';
  if (gain <= -threshold) return 'no';
  return null;
}

/** The leader a waverer has been won over by, if that man can still act. */
export function sympathyOf(state: GameState, figure: FigureId): ContenderId | null {
  const s = state.figures[figure].sympathy;
  return s && canAct(state, s) ? s : null;
}

/**
 * How far a waverer's views on the economy may lie from a suitor's position for the suitor to
 * win him at all. A man courted from the other side of the argument is not for winning: no
 * Right leader could have won over Kuibyshev, who wanted factories built fast, nor Trotsky the
 * peasants' man Kalinin. His patron can always try to win him back.
 */
export const COURTING_REACH = 60;

/**
 * How long a waverer won back by his patron stays out of others' reach, in quarters: half a
 * year, long enough to carry the votes that follow (the July 1928 plenum, then November's).
 */
export const STEADY_QUARTERS = 2;

/**
 * How long a waverer won over by a suitor keeps his word, in quarters: to the end of the
 * quarter he gave it in. His patron cannot talk him round within the same season; he must win
 * him back later, as Stalin did Kalinin and Voroshilov between the July and November plenums of
 * 1928. Without it a patron who moves after the suitor undoes every win at once, and the 1928
 * Politburo was never in play (docs/balance.md, rules version 6).
 */
export const WON_OVER_QUARTERS = 1;

/**
 * Can `actor` hope to win this waverer (or, as his patron, win him back)? Not while the man's
 * latest word holds (to his patron, or to the suitor who just won him), nor, for a suitor, if
 * his views lie on the other side of the argument.
 */
export function withinReach(state: GameState, actor: ContenderId, figure: FigureId): boolean {
  const views = viewsOf(figure);
  if (!views) return false;
  const f = state.figures[figure];
  if (state.turn < f.steadyUntil) return false;
  if (f.patron === actor) return true;
  return Math.abs(views.economy - state.contenders[actor].positions.economy) <= COURTING_REACH;
}

/** The chance that `actor` wins a waverer over (or, as his patron, wins him back). */
export function courtChance(state: GameState, actor: ContenderId, figure: FigureId): number {
  const views = viewsOf(figure);
  if (!views) return 0;
  if (state.figures[figure].patron === actor) return 0.7;
  const me = state.contenders[actor];
  const agreement = 1 - Math.abs(views.economy - me.positions.economy) / 200;
  const p = 0.1 + views.independence * 0.5 * agreement + (me.prestige - 50) / 250;
  return Math.min(0.8, Math.max(0.05, Math.round(p * 100) / 100));
}

/** Whom a figure in the Politburo votes with by default: the man who won him over, or his patron. */
export function leaderFollowedBy(state: GameState, figure: FigureId): ContenderId | null {
  const f = state.figures[figure];
  if (!f.alive || f.incapacitated) return null;
  const sympathy = sympathyOf(state, figure);
  if (sympathy) return sympathy;
  return f.patron && canAct(state, f.patron) ? f.patron : null;
}
