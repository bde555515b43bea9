// The report's words, read as a first-time player reads them: each aim is quoted as what the
// player aimed for, then its verdict ("✗ Not reached: Stalin is not the supreme leader" read as
// if Stalin had not won); the Politburo keeps its capital; a supreme leader beside rivals who
// kept their seats is explained.
import { describe, expect, it } from 'vitest';
import { runGame } from '../../src/lab/run-game.ts';
import {
  aimVerdict,
  buildReportData,
  supremeNote,
  yourFateWords,
} from '../../src/ui/panels/report-data.ts';
import { reportMarkdown } from '../../src/ui/panels/report-markdown.ts';
import { builtin } from '../content/play.ts';

describe('an aim in the game-over report', () => {
  it('is quoted as the player\u2019s aim, with its verdict after it', () => {
    expect(aimVerdict({ label: 'Stalin is not the supreme leader', met: false })).toBe(
      'Your aim \u201cStalin is not the supreme leader\u201d: not reached.',
    );
    expect(aimVerdict({ label: 'You sit in the Politburo at the end', met: true })).toBe(
      'Your aim \u201cYou sit in the Politburo at the end\u201d: reached.',
    );
  });

  it('reads so in the Markdown report of a finished game', () => {
    const scenario = builtin('1922-full');
    const run = runGame({
      scenario,
      seed: 'aim-verdict',
      options: { difficulty: 'historical', whatifs: [], faction: 'trotsky' },
    });
    const data = buildReportData(
      { game: run.state, actions: run.actions, human: 'trotsky' },
      scenario.title,
      scenario,
    );
    const md = reportMarkdown(data);
    for (const c of data.aims.conditions)
      expect(md).toContain(`- Your aim \u201c${c.label}\u201d: `);
    expect(md).not.toMatch(/^- (Not reached|Reached): /m);
  });
});

describe('the player\u2019s fate in the report\u2019s verdict', () => {
  it('keeps the Politburo\u2019s capital letter', () => {
    expect(yourFateWords('Trotsky', 'Survived in the Politburo', 51.5)).toBe(
      'You, Trotsky: survived in the Politburo, score 51.5.',
    );
    expect(yourFateWords('Trotsky', 'Sidelined', 23.7)).toBe(
      'You, Trotsky: sidelined, score 23.7.',
    );
  });
});

describe('a supreme leader beside rivals still in the Politburo', () => {
  const fate = (name: string, f: 'supreme' | 'survived' | 'sidelined') => ({
    id: 'stalin' as const,
    name,
    fate: f,
    label: f,
    score: 1,
    colour: '#000',
  });

  it('is explained: supreme does not mean alone', () => {
    expect(supremeNote([fate('Stalin', 'supreme'), fate('Trotsky', 'survived')])).toMatch(
      /^Supreme does not mean alone: at the end Stalin has a large bloc in the Central Committee/,
    );
  });

  it('needs no word when nobody is supreme, or nobody else kept his seat', () => {
    expect(supremeNote([fate('Stalin', 'survived'), fate('Trotsky', 'survived')])).toBeNull();
    expect(supremeNote([fate('Stalin', 'supreme'), fate('Trotsky', 'sidelined')])).toBeNull();
  });
});
