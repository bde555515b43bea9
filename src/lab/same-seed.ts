// "What would the AI have done in my seat?" The same scenario, seed and switches, every seat
// played by the AI at the game's difficulty: the comparison a student most wants at the end.
import type { ScenarioData } from '../content/types.ts';
import type { ContenderId, Fate } from '../sim/ids.ts';
import type { GameState } from '../sim/types.ts';
import { runGame } from './run-game.ts';

export interface SeatResult {
  fate: Fate;
  score: number;
  aimsMet: boolean;
  /** Who was supreme in that game, if anyone. */
  winner: ContenderId | null;
}

/** The AI's result in `seat`, playing the finished game's scenario, seed and options. */
export function aiInSeat(scenario: ScenarioData, game: GameState, seat: ContenderId): SeatResult {
  const { state } = runGame({ scenario, seed: game.seed, options: game.options });
  const outcome = state.outcome!;
  return {
    fate: outcome.fates[seat],
    score: outcome.scores[seat],
    aimsMet: outcome.aimsMet.includes(seat),
    winner: outcome.winner,
  };
}
