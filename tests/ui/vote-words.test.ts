// The player's row in a vote table: "your vote" where he cast it, and his delegates' own reason
// at a congress, where the rules cast it for him and he was never asked.
import { describe, expect, it } from 'vitest';
import type { Ballot } from '../../src/sim/types.ts';
import { honestReason } from '../../src/ui/session/vote-words.ts';

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
