// The player's row in a vote table: "your vote" where he cast it, and his delegates' own reason
// at a congress, where the rules cast it for him and he was never asked.
import { describe, expect, it } from 'vitest';
import type { Ballot, VoteRecord } from '../../src/sim/types.ts';
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
