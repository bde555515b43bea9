// The player's row in a vote table: "your vote" where he cast it, and his delegates' own reason
// at a congress, where the rules cast it for him and he was never asked. An event vote decided by
// a tie says so.
import { describe, expect, it } from 'vitest';
import type { Ballot, VoteRecord } from '../../src/sim/types.ts';
import { voteSentence } from '../../src/ui/session/results.ts';
import { honestReason, proposerWords } from '../../src/ui/session/vote-words.ts';

const trotsky = (reason: string): Ballot => ({
  voter: 'trotsky',
  choice: 'yes',
  weight: 6,
  reason,
});

describe('the player\u2019s own row', () => {
  it('is his vote where he cast it', () => {
    expect(honestReason(trotsky(''), 'trotsky')).toBe('your vote');
  });

  it('gives his delegates\u2019 reason at a congress, where he was not asked', () => {
    expect(honestReason(trotsky("Trotsky's delegates: trusts Stalin"), 'trotsky', false)).toBe(
      'your delegates: trusts Stalin',
    );
    expect(honestReason(trotsky('signed the platform'), 'trotsky', false)).toBe(
      'your delegates: signed the platform',
    );
  });
});

describe('who proposed a vote, in its caption', () => {
  const condemnation: VoteRecord = {
    id: 1,
    turn: 3,
    body: 'congress',
    title: 'Test Congress: condemn the platform of Trotsky',
    proposer: 'stalin',
    spec: { kind: 'condemn_platform', leader: 'trotsky' },
    ballots: [],
    yes: 60,
    no: 40,
    passed: true,
  };

  it('never says the player proposed a condemnation the rules tabled for his apparatus', () => {
    expect(proposerWords(condemnation, 'trotsky')).toBe(' (proposed by Stalin)');
    expect(proposerWords(condemnation, 'stalin')).not.toMatch(/proposed by/);
    expect(proposerWords(condemnation, 'stalin')).toBe(
      ' (tabled for the apparatus you run, in your name)',
    );
  });

  it('says "you" for a motion the player tabled himself', () => {
    const censure: VoteRecord = {
      ...condemnation,
      body: 'politburo',
      spec: { kind: 'censure', target: 'trotsky' },
    };
    expect(proposerWords(censure, 'stalin')).toBe(' (proposed by you)');
  });
});

describe('an event vote decided by a tie', () => {
  const greatTurn = (tally: Record<string, number>, option: string): VoteRecord => ({
    id: 7,
    turn: 7,
    body: 'politburo',
    title: 'Stalin\u2019s anniversary article',
    proposer: null,
    spec: { kind: 'event_choice', event: 'great_break_article', option, tally },
    ballots: [],
    yes: tally[option],
    no: Object.values(tally).reduce((a, b) => a + b, 0) - tally[option],
    passed: true,
  });

  it('says the vote was even and the proposal had no majority', () => {
    const even = greatTurn({ great_turn: 4, slow: 4 }, 'slow');
    expect(voteSentence(even, 'bukharin')).toBe(
      'The Politburo chose \u201cSlow down: collective farms only where peasants want them\u201d: Slow down: collective farms only where peasants want them 4, Proclaim the great turn to mass collectivisation 4. The vote was even: without a majority for the proposal, this course stood.',
    );
  });

  it('says nothing of a tie when one side had more votes', () => {
    const clear = greatTurn({ great_turn: 5, slow: 4 }, 'great_turn');
    expect(voteSentence(clear, 'bukharin')).not.toContain('even');
  });
});
