// The motions already tabled for this quarter's vote, while the player chooses his actions.
// Rivals who moved before him may have tabled his censure; he learnt of it only at the ballot,
// after his points were spent, when nothing could be done about it any more.
import { currentQuarter } from '../../sim/calendar.ts';
import type { ContenderId } from '../../sim/ids.ts';
import { motionTarget, motionTitle } from '../../sim/motions.ts';
import { nameOf } from '../../sim/query.ts';
import type { GameState } from '../../sim/types.ts';

export interface TabledMotion {
  /** "Censure Trotsky for factionalism, tabled by Zinoviev" */
  text: string;
  /** Aimed at the player: his censure, removal, expulsion, or a post of his given away. */
  againstYou: boolean;
}

/** The rivals' motions waiting for the vote, those aimed at the player first. */
export function tabledMotions(game: GameState, me: ContenderId): TabledMotion[] {
  const quarter = currentQuarter(game);
  return game.motions
    .filter((m) => m.proposer !== me)
    .map((m) => ({
      text: `${motionTitle(m.spec, quarter)}, tabled by ${nameOf(m.proposer)}`,
      againstYou: motionTarget(game, m.spec) === me,
    }))
    .sort((a, b) => Number(b.againstYou) - Number(a.againstYou));
}
