// The historians' explanations (src/content/historians.ts) weighed against the signals the
// game-over report measured in this very game (src/sim/report.ts, src/sim/signals.ts).
import { HISTORIANS } from '../../content/historians.ts';
import type { GameReport } from '../../sim/report.ts';

export interface HistorianView {
  name: string;
  school: string;
  argument: string;
  supported: boolean;
  /** 0..1: how strongly this game's evidence points to the explanation. */
  strength: number;
  reasons: string[];
}

export interface Prompt {
  question: string;
  evidence: string[];
}

/** A school is "supported" when its signals, on average, point to it at least half-way. */
export const SUPPORT_THRESHOLD = 0.5;

export function historiansFor(report: GameReport): {
  historians: HistorianView[];
  prompts: Prompt[];
} {
  const historians = HISTORIANS.map((school) => {
    const measured = school.signals.map((s) => ({ ...s, signal: report.signals[s.signal] }));
    const strength =
      measured.reduce((sum, m) => sum + m.signal.strength, 0) / Math.max(1, measured.length);
    return {
      name: school.historians.join(' and '),
      school: school.school,
      argument: school.argument,
      supported: strength >= SUPPORT_THRESHOLD,
      strength,
      reasons: measured
        .sort((a, b) => b.signal.strength - a.signal.strength)
        .map((m) =>
          `${m.signal.strength >= SUPPORT_THRESHOLD ? 'For' : 'Against'}: ${m.signal.text} ${m.signal.strength >= SUPPORT_THRESHOLD ? m.meaning : ''}`.trim(),
        ),
    };
  }).sort((a, b) => b.strength - a.strength);
  const prompts = HISTORIANS.map((school) => ({
    question: school.prompts[0] ?? school.school,
    evidence: school.signals.map((s) => report.signals[s.signal].text),
  }));
  return { historians, prompts };
}
