import { describe, expect, it } from 'vitest';
import { runGame } from '../../src/lab/run-game.ts';
import { EVENT_BY_ID } from '../../src/content/events.ts';
import { buildReport } from '../../src/sim/report.ts';
import { SIGNALS } from '../../src/sim/signals.ts';
import { scenario } from '../helpers.ts';

/** Quarter index of a 'YYYY-MM' date: the year × 4 plus the quarter its month falls in. */
const quarter = (date: string) =>
  Number(date.slice(0, 4)) * 4 + Math.floor((Number(date.slice(5, 7)) - 1) / 3);

describe('the game-over report', () => {
  const { state } = runGame({
    scenario: scenario(),
    seed: 'report',
    options: { difficulty: 'historical', whatifs: [], faction: 'trotsky' },
  });
  const report = buildReport(state);

  it('lists the record\u2019s events in true order: a cause before its effect', () => {
    const titles = report.events.map((r) => r.title);
    const at = (id: string) => titles.indexOf(EVENT_BY_ID[id].title);
    for (const [cause, effect] of [
      ['arcos_raid', 'anglo_soviet_break'],
      ['oct_anniversary_demonstration', 'trotsky_zinoviev_expelled_party'],
      ['stalin_siberia_trip', 'trotsky_exiled_alma_ata'],
    ]) {
      expect(at(cause), cause).toBeGreaterThanOrEqual(0);
      expect(at(cause), `${cause} before ${effect}`).toBeLessThan(at(effect));
    }
  });

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
    // Diverged: the game's date is more than a quarter from the record's, or never came.
    for (const row of report.milestones) {
      const apart =
        row.historyDate && row.gameDate
          ? Math.abs(quarter(row.historyDate) - quarter(row.gameDate))
          : Infinity;
      expect(row.diverged, row.title).toBe(apart > 1);
    }
  });

  it('marks a fall as diverged only when it is more than a quarter off the record', () => {
    // Trotsky left the Politburo in 1926-10; the game starts in 1922-04, so that is turn 18.
    const turnOf = (date: string) => quarter(date) - quarter('1922-04');
    const rowWhenFallenAt = (turn: number | null) => {
      const s = structuredClone(state);
      s.fallen = s.fallen.filter((f) => f.contender !== 'trotsky');
      if (turn !== null) s.fallen.push({ contender: 'trotsky', turn, fate: 'sidelined' });
      return buildReport(s).milestones.find((m) => m.title === 'Trotsky left the Politburo');
    };
    const onTime = turnOf('1926-10');
    expect(rowWhenFallenAt(onTime)).toMatchObject({ gameDate: '1926-10', diverged: false });
    expect(rowWhenFallenAt(onTime + 1)).toMatchObject({ gameDate: '1927-01', diverged: false });
    expect(rowWhenFallenAt(onTime - 1)).toMatchObject({ gameDate: '1926-07', diverged: false });
    expect(rowWhenFallenAt(onTime + 2)).toMatchObject({ gameDate: '1927-04', diverged: true });
    expect(rowWhenFallenAt(null)).toMatchObject({ gameDate: null, diverged: true });
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
