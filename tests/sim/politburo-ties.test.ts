// A Politburo vote on a proposal (a removal, a condemnation, the great turn) needs a majority:
// when the Politburo splits evenly, the milder course named by the event stands.
import { describe, expect, it } from 'vitest';
import { EVENT_BY_ID } from '../../src/content/events.ts';
import { optionOnTie, resolveReadyEvents } from '../../src/sim/events.ts';
import type { ContenderId, PersonId } from '../../src/sim/ids.ts';
import type { GameState } from '../../src/sim/types.ts';
import { playUntil } from '../ai/play-until.ts';

/** The 1928 game at Stalin's call for the great turn, with the Politburo and the votes set. */
function greatTurnVote(members: PersonId[], answers: Partial<Record<ContenderId, string>>) {
  return eventVote('great_break_article', members, answers);
}

/** The 1928 game at an event's Politburo vote, with the Politburo and the votes set. */
function eventVote(
  event: string,
  members: PersonId[],
  answers: Partial<Record<ContenderId, string>>,
) {
  let state: GameState | null = null;
  for (let i = 0; i < 20 && !state; i++) {
    state = playUntil(
      '1928-grain-crisis',
      `ties#${i}`,
      (s, d) => d.phase === 'events' && s.pendingEvents[0]?.id === event,
    );
  }
  if (!state) throw new Error(`${event} never came to a vote`);
  state.politburo.full = members;
  const pending = state.pendingEvents[0];
  pending.awaiting = Object.keys(answers) as ContenderId[];
  pending.answers = answers;
  resolveReadyEvents(state);
  const vote = state.votes.at(-1)!;
  if (vote.spec.kind !== 'event_choice') throw new Error('no Politburo vote was recorded');
  return { state, option: vote.spec.option, vote };
}

describe('a Politburo split evenly on a proposal', () => {
  it('leaves the milder course standing: the great turn is not backed on a tie', () => {
    const { state, option, vote } = greatTurnVote(['stalin', 'rykov'], {
      stalin: 'great_turn',
      rykov: 'slow',
    });
    expect(option).toBe('slow');
    expect([vote.yes, vote.no]).toEqual([1, 1]);
    expect(state.flags).not.toContain('great_turn');
    // The chronicle says why the proposal fell, so a student can see it was the tie.
    const line = state.log.find((l) => l.cause === `vote:${vote.id}`)!;
    expect(line.text).toContain('split, 1\u20131');
  });

  it('still passes the proposal with a majority', () => {
    // Molotov follows his patron Stalin: two votes to one.
    const { state, option } = greatTurnVote(['stalin', 'rykov', 'molotov'], {
      stalin: 'great_turn',
      rykov: 'slow',
    });
    expect(option).toBe('great_turn');
    expect(state.flags).toContain('great_turn');
  });

  it('without a proposal, an even vote goes to the answer optionOnTie names (the first listed)', () => {
    const { option } = eventVote('five_year_plan_adopted', ['stalin', 'bukharin'], {
      stalin: 'minimal',
      bukharin: 'optimal',
    });
    const choice = EVENT_BY_ID.five_year_plan_adopted.choices![0];
    expect(optionOnTie(choice)?.id).toBe('optimal');
    expect(option).toBe('optimal');
    // With a proposal, the course named for a tie, whatever its place in the list.
    expect(optionOnTie(EVENT_BY_ID.great_break_article.choices![0])?.id).toBe('slow');
  });
});
