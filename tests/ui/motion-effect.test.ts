// A motion says what it does if it passes, before it is tabled and on the ballot: the rules'
// preview told only what tabling it costs, so a censure's meaning was nowhere on the page.
import { describe, expect, it } from 'vitest';
import { quarterOf } from '../../src/sim/calendar.ts';
import { ifPassedWords } from '../../src/ui/panels/motion-effect.ts';

const q1923 = quarterOf('1923-04');
const q1925 = quarterOf('1925-04');

describe('what a motion does if it passes', () => {
  it('speaks to the player when the motion is aimed at him', () => {
    expect(ifPassedWords({ kind: 'censure', target: 'trotsky' }, q1923, 'trotsky')).toBe(
      'If it passes: you lose prestige and your heat rises: the charge of factionalism, which can later cost you your posts and your seat.',
    );
    expect(ifPassedWords({ kind: 'censure', target: 'stalin' }, q1923, 'trotsky')).toMatch(
      /^If it passes: Stalin loses prestige and his heat rises/,
    );
    expect(ifPassedWords({ kind: 'remove_politburo', target: 'trotsky' }, q1923, 'trotsky')).toBe(
      'If it passes: you lose your seat in the Politburo, and prestige with it.',
    );
    expect(ifPassedWords({ kind: 'expel', target: 'zinoviev' }, q1923, 'trotsky')).toBe(
      'If it passes: Zinoviev is expelled from the party.',
    );
  });

  it('names the side a line motion moves to, and the post by its name in that year', () => {
    expect(ifPassedWords({ kind: 'line', axis: 'economy', direction: -1 }, q1923, 'trotsky')).toBe(
      'If it passes: the party line on the economy moves one step Left, towards faster industrialisation.',
    );
    expect(
      ifPassedWords({ kind: 'line', axis: 'revolution', direction: 1 }, q1923, 'trotsky'),
    ).toBe('If it passes: the party line moves one step towards Socialism in One Country.');
    const leningrad = { kind: 'transfer_post', post: 'leningrad_party', to: 'trotsky' } as const;
    expect(ifPassedWords(leningrad, q1923, 'trotsky')).toMatch(
      /^If it passes: you become .*Petrograd/,
    );
    expect(ifPassedWords(leningrad, q1925, 'stalin')).toMatch(
      /^If it passes: Trotsky becomes .*Leningrad/,
    );
  });
});
