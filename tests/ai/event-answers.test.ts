// How the historical AI answers events. It follows the record most of the time, but only with
// its own question's answer (an event may ask several men), and a Politburo member follows the
// record only when the record's answer does not go against his own interests, nor when he cast
// it in the record only as a beaten man and is not beaten here.
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/ai/policy.ts';
import type { ContenderId } from '../../src/sim/ids.ts';
import { SideStream } from '../../src/sim/rng.ts';
import type { GameState } from '../../src/sim/types.ts';
import { playUntil } from './play-until.ts';

/** Play 1928 with the historical AI until `who` is asked about `event`. */
function askedAbout(event: string, who: ContenderId, seed: string): GameState | null {
  return playUntil(
    '1928-grain-crisis',
    seed,
    (s, d) => d.phase === 'events' && d.contender === who && s.pendingEvents[0]?.id === event,
  );
}

/** How often each answer is chosen from the same position, over many of the AI's own streams. */
function answers(state: GameState, who: ContenderId, runs = 60): Record<string, number> {
  const count: Record<string, number> = {};
  for (let i = 0; i < runs; i++) {
    const a = decide(state, who, 'historical', new SideStream(`answer#${i}`)).action;
    if (a.type !== 'answer') throw new Error(`expected an answer, got ${a.type}`);
    count[a.choice] = (count[a.choice] ?? 0) + 1;
  }
  return count;
}

function firstAsked(event: string, who: ContenderId): GameState {
  for (let i = 0; i < 20; i++) {
    const state = askedAbout(event, who, `answers#${i}`);
    if (state) return state;
  }
  throw new Error(`${who} was never asked about ${event}`);
}

describe('the historical AI answers events', () => {
  it("answers his own question with the record's answer: Rykov opposes the forced collections", () => {
    // The Right's choice asks Bukharin, Rykov and Tomsky. Rykov's own historical answer is
    // "oppose"; taking Bukharin's ("join") for his made Rykov go along with Stalin every time.
    const state = firstAsked('right_opposition_forms', 'rykov');
    const count = answers(state, 'rykov');
    expect(count.oppose ?? 0).toBeGreaterThanOrEqual(40);
  });

  it('a Politburo member does not vote the record when it goes against him: Rykov on the great turn', () => {
    const state = firstAsked('great_break_article', 'rykov');
    // In the record the Right had already capitulated by November 1929; a Rykov who has not,
    // and who is Stalin's rival here, votes to slow collectivisation down.
    expect(state.contenders.rykov.relations.stalin.grievance).toBeGreaterThan(0);
    const rykov = answers(state, 'rykov');
    expect(rykov.slow ?? 0).toBeGreaterThan(rykov.great_turn ?? 0);
    // Stalin, whose turn it is, still votes the record.
    const stalin = firstAsked('great_break_article', 'stalin');
    expect(answers(stalin, 'stalin').great_turn ?? 0).toBeGreaterThanOrEqual(40);
  });

  it('Rykov backs the great turn only once the Right has been stripped of its posts', () => {
    const state = firstAsked('great_break_article', 'rykov');
    // A Rykov at peace with Stalin, for whom the turn costs little by his own reckoning...
    state.contenders.rykov.relations.stalin.grievance = 0;
    state.contenders.rykov.relations.stalin.trust = 90;
    // ...still votes against it while the Right stands: he went along only as a beaten man.
    expect(state.flags).not.toContain('right_defeated');
    expect(answers(state, 'rykov').great_turn ?? 0).toBe(0);
    // Once the April plenum has stripped the Right, he follows the record.
    state.flags.push('right_defeated');
    expect(answers(state, 'rykov').great_turn ?? 0).toBeGreaterThanOrEqual(40);
  });
});
