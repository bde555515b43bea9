// How often the player asked the adviser: kept in the save, said in the report and its Markdown.
import { describe, expect, it } from 'vitest';
import { runGame } from '../../src/lab/run-game.ts';
import { buildReportData } from '../../src/ui/panels/report-data.ts';
import { reportMarkdown } from '../../src/ui/panels/report-markdown.ts';
import { Session } from '../../src/ui/session/session.ts';
import { scenario } from '../helpers.ts';

describe('the adviser count', () => {
  it('survives a save and a reload, and a damaged count reads as none', () => {
    const session = Session.start({
      scenario: scenario('1928-grain-crisis'),
      seed: 'count',
      faction: 'bukharin',
      difficulty: 'historical',
      whatifs: [],
    });
    session.adviceAsked = 4;
    const save = session.toSave(new Date(0));
    expect(Session.fromSave(save).adviceAsked).toBe(4);
    const damaged = { ...save, snapshot: { ...save.snapshot, adviceAsked: 'lots' } };
    expect(Session.fromSave(damaged).adviceAsked).toBe(0);
    session.stop();
  });

  it('is said in the report: once, n times, never, or not at all when unknown', () => {
    const run = runGame({
      scenario: scenario('1928-grain-crisis'),
      seed: 'count',
      options: { difficulty: 'historical', whatifs: [], faction: 'bukharin' },
    });
    const finished = { game: run.state, actions: run.actions, human: 'bukharin' as const };
    const words = (asked?: number) =>
      reportMarkdown(buildReportData({ ...finished, adviceAsked: asked }, 'The grain crisis'));
    expect(words(3)).toContain('You asked the adviser 3 times.');
    expect(words(1)).toContain('You asked the adviser once.');
    expect(words(0)).toContain('You played without asking the adviser.');
    expect(words(undefined)).not.toContain('adviser');
  });
});
