// The words of the move panel's previews (src/sim/actions): plain English a student reads
// before acting. The figures themselves are checked against the rules in actions.test.ts.
import { describe, expect, it } from 'vitest';
import { regionInSentence } from '../../src/content/people.ts';
import { previewAction } from '../../src/sim/actions/table.ts';
import type { PhaseAction } from '../../src/sim/actions/rule.ts';
import { REGIONS } from '../../src/sim/ids.ts';
import { legalActions, nextDecision } from '../../src/sim/index.ts';
import { allScenarios, playRandom, plainState } from '../helpers.ts';

/** Every legal action-phase move of a sample of positions from random games, with its preview. */
function previews(): { action: PhaseAction; title: string; effect: string }[] {
  const out: { action: PhaseAction; title: string; effect: string }[] = [];
  for (const sc of allScenarios()) {
    let decisions = 0;
    playRandom(`words-${sc.id}`, sc, (state) => {
      const d = nextDecision(state);
      if (!d || d.phase !== 'actions' || decisions++ % 5 !== 0) return;
      for (const action of legalActions(state, d.contender) as PhaseAction[]) {
        const p = previewAction(state, action);
        out.push({ action, title: p.title, effect: p.effect });
      }
    });
  }
  return out;
}

describe('the previews\u2019 words', () => {
  const sample = previews();

  it('say nothing where there is nothing to say', () => {
    expect(sample.length).toBeGreaterThan(500);
    for (const { title, effect } of sample) {
      expect(effect, title).not.toMatch(/nothing more|If not: nothing happens/);
    }
  });

  it('never print the same line of feelings twice', () => {
    for (const { title, effect } of sample) {
      const lines = effect.split(/; |\. /).filter((l) => l.includes('feelings'));
      expect(new Set(lines).size, `${title}: ${effect}`).toBe(lines.length);
    }
  });

  it('name every region grammatically after "in", in each year', () => {
    for (const { title } of sample) {
      expect(title).not.toMatch(/ in (Urals|Volga|Red Army cells|Central Black Earth)\b/);
    }
    const early = 1922 * 4;
    const late = 1926 * 4;
    const words = REGIONS.map((r) => [regionInSentence(r, early), regionInSentence(r, late)]);
    expect(words).toEqual([
      ['Moscow', 'Moscow'],
      ['Petrograd', 'Leningrad'],
      ['Ukraine', 'Ukraine'],
      ['the Urals', 'the Urals'],
      ['Siberia', 'Siberia'],
      ['the Volga region', 'the Volga region'],
      ['the Central Black Earth region', 'the Central Black Earth region'],
      ['Transcaucasia', 'Transcaucasia'],
      ['Central Asia', 'Central Asia'],
      ['the Red Army\u2019s cells', 'the Red Army\u2019s cells'],
    ]);
  });

  it('name the rivals a rally of the army turns against you in one line', () => {
    const state = plainState();
    const effect = previewAction(state, { type: 'rally_army', actor: 'trotsky' }).effect;
    // Once if it works, once if not: each a single line for all six rivals.
    expect(effect.match(/feelings/g)).toHaveLength(2);
    const line =
      /the feelings of Stalin, Zinoviev, Kamenev, Bukharin, Rykov and Tomsky towards you: trust \u221210, grievance \+10 each/g;
    expect(effect.match(line)).toHaveLength(2);
  });
});
