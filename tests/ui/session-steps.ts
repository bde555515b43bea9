// Steps a UI Session (src/ui/session/session.ts) the way a passive player would, for the tests
// of what the move panel tells him: answer events with the first choice, abstain on ballots and
// continue past congresses and summaries until his own actions are up.
import type { GameEvent } from '../../src/machine/game-machine.ts';
import type { ContenderId } from '../../src/sim/ids.ts';
import { legalActions } from '../../src/sim/flow.ts';
import type { Session } from '../../src/ui/session/session.ts';

/** Play `seat`'s answers and ballots until his actions are up; `sent` hears of each decision. */
export function toActions(
  session: Session,
  seat: ContenderId = 'trotsky',
  sent: (before: Session['context'], event: GameEvent) => void = () => undefined,
): void {
  for (let i = 0; i < 200; i++) {
    const stage = session.stage;
    let event: GameEvent | null = null;
    if (stage === 'congress' || stage === 'resolution') event = { type: 'ui.continue' };
    else {
      const legal = legalActions(session.context.game, seat);
      const answer = legal.find((a) => a.type === 'answer');
      const ballot = legal.find((a) => a.type === 'ballot');
      if (stage === 'actions' && !answer && !ballot) return;
      if (answer?.type === 'answer')
        event = { type: 'player.answerEvent', event: answer.event, choice: answer.choice };
      else if (ballot?.type === 'ballot')
        event = { type: 'player.vote', motion: ballot.motion, choice: 'abstain' };
    }
    if (!event) throw new Error(`stuck in ${stage}`);
    const before = session.context;
    session.send(event);
    sent(before, event);
  }
  throw new Error(`${seat}\u2019s actions never came`);
}
