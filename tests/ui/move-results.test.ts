// The result card of the player's move says what that move did, and only that: when the move
// spent his last action point, the rivals' whole turn has run by the time the card is drawn.
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../../src/machine/game-machine.ts';
import { legalActions } from '../../src/sim/flow.ts';
import type { Action } from '../../src/sim/types.ts';
import { moveResult } from '../../src/ui/session/results.ts';
import { Session } from '../../src/ui/session/session.ts';
import { builtin } from '../content/play.ts';
import { toActions } from './session-steps.ts';

function act(
  session: Session,
  pick: (a: Action) => boolean,
): { event: GameEvent; before: Session['context'] } {
  const action = legalActions(session.context.game, 'trotsky').find(pick);
  if (!action) throw new Error('no such action');
  const before = session.context;
  const event: GameEvent = { type: 'player.act', action };
  session.send(event);
  return { event, before };
}

describe('the result of the player\u2019s last action of a quarter', () => {
  it('lists the numbers his move changed, not those the rivals\u2019 moves after it changed', () => {
    const session = Session.start({
      scenario: builtin('1922-full'),
      // With this seed a rival denounces Trotsky right after his last speech of a quarter.
      seed: 'denounced',
      faction: 'trotsky',
      difficulty: 'historical',
      whatifs: [],
    });
    const seen: string[] = [];
    for (let quarter = 0; quarter < 8; quarter++) {
      toActions(session);
      // Speeches in Moscow with every point: the last ends the turn, and the rivals move after it.
      let last: ReturnType<typeof act> | null = null;
      while (session.stage === 'actions')
        last = act(session, (a) => a.type === 'speak' && a.region === 'moscow');
      if (!last) throw new Error('no speech was possible');
      const result = moveResult(last.before, session.context, last.event, 'trotsky');
      // A speech moves the speaker's prestige and the region's mood, and nothing else.
      for (const line of result?.changes ?? []) {
        seen.push(line);
        expect(line).toMatch(/^(Your prestige|Mood in Moscow): /);
      }
    }
    // The speeches did move something: the card is not simply empty.
    expect(seen.some((l) => l.startsWith('Your prestige'))).toBe(true);
  });
});
