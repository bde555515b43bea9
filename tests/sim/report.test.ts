import { describe, expect, it } from 'vitest';
import { runGame } from '../../src/lab/run-game.ts';
import { buildReport } from '../../src/sim/report.ts';
import { SIGNALS } from '../../src/sim/signals.ts';
import { scenario } from '../helpers.ts';

describe('the game-over report', () => {
  const { state } = runGame({
    scenario: scenario(),
    seed: 'report',
    options: { difficulty: 'historical', whatifs: [], faction: 'trotsky' },
  });
  const report = buildReport(state);

  it('has a power series point for every quarter played', () => {
    expect(report.powerSeries).toHaveLength(state.turn + 1);
    expect(report.powerSeries[0].date).toBe('1922-04');
  });

  it('measures every signal, each with a sentence and a strength in 0..1', () => {
    for (const id of SIGNALS) {
      const s = report.signals[id];
      expect(s.text.length).toBeGreaterThan(10);
      expect(s.strength).toBeGreaterThanOrEqual(0);
      expect(s.strength).toBeLessThanOrEqual(1);
    }
  });

  it('sets the game beside history: every historical fall is listed, with divergence marked', () => {
    const trotsky = report.milestones.find((m) => m.title === 'Trotsky left the Politburo');
    expect(trotsky?.historyDate).toBe('1926-10');
    const fall = state.fallen.find((f) => f.contender === 'trotsky');
    expect(trotsky?.gameDate ?? null).toBe(fall ? report.powerSeries[fall.turn].date : null);
    for (const row of report.milestones) expect(typeof row.diverged).toBe('boolean');
  });

  it("reveals how far the player's estimates were off, for every rival", () => {
    expect(report.reveal.estimateMiss.map((m) => m.contender)).not.toContain('trotsky');
    expect(report.reveal.estimateMiss).toHaveLength(6);
  });

  it('weighs all four historians\u2019 schools against the evidence, strongest first', () => {
    expect(report.explanations.map((e) => e.id).sort()).toEqual([
      'ideological',
      'power_politics',
      'social',
      'structural',
    ]);
    const scores = report.explanations.map((e) => e.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const e of report.explanations) {
      expect(e.evidence.length).toBeGreaterThan(0);
      expect(e.prompts.length).toBeGreaterThan(0);
      expect(e.prompts[0].evidence.length).toBeGreaterThan(10);
    }
  });
});
