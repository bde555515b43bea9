// Asking the adviser from the page: the player's own view goes to the planner's Web Workers
// (workers.ts), each playing its share of the futures; the page gathers them in order and
// words the three best moves. The advice is the same however many workers play it
// (tests/ai/planner.test.ts).
import { adviceFrom, type Advice } from '../../ai/advice.ts';
import { gatherFutures } from '../../ai/planner.ts';
import type { ContenderId } from '../../sim/ids.ts';
import type { GameState } from '../../sim/types.ts';
import { view } from '../../sim/view.ts';
import { plannerWorkers } from './workers.ts';

export class Adviser {
  /**
   * The adviser's answer for `seat` in this position. Only `seat`'s view leaves the page's
   * game; `seed` fixes the futures it tries (the same position and seed, the same advice).
   * `workerMs`: the longest any worker took to play its share of the futures (for the
   * benchmark; the page does not show it).
   */
  async ask(
    game: GameState,
    seat: ContenderId,
    seed: string,
  ): Promise<{ advice: Advice; workerMs: number }> {
    const seen = view(game, seat, { withLog: false });
    const { parts, workerMs } = await plannerWorkers.play({ kind: 'advice', seen, seed });
    return { advice: adviceFrom(seen, gatherFutures(parts)), workerMs: Math.round(workerMs) };
  }

  /** Load the workers now, so the first question does not wait for their script. */
  warm(): void {
    plannerWorkers.warm();
  }
}
