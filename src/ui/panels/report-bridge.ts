// The historians' explanations as buildReport weighed them against this game's evidence
// (src/sim/report.ts), shaped for the report page and its Markdown.
import type { GameReport } from '../../sim/report.ts';

export interface HistorianView {
  name: string;
  school: string;
  argument: string;
  support: 'strong' | 'some' | 'little';
  /** 0..1: how strongly this game's evidence points to the explanation. */
  strength: number;
  reasons: string[];
}

export interface Prompt {
  question: string;
  evidence: string[];
}

export const SUPPORT_WORDS: Record<HistorianView['support'], string> = {
  strong: 'your game strongly supports this',
  some: 'your game gives it some support',
  little: 'your game gives it little support',
};

export function historiansFor(report: GameReport): {
  historians: HistorianView[];
  prompts: Prompt[];
} {
  const historians = report.explanations.map((x) => ({
    name: x.historians.join(' and '),
    school: x.school,
    argument: x.argument,
    support: x.support,
    strength: x.score,
    reasons: [...x.evidence]
      .sort((a, b) => b.strength - a.strength)
      .map((e) =>
        e.strength >= 0.5 ? `${e.text} ${e.meaning}` : `${e.text} (weak evidence here)`,
      ),
  }));
  const prompts = report.explanations.flatMap((x) =>
    x.prompts
      .slice(0, 1)
      .map((p) => ({ question: p.question, evidence: p.evidence ? [p.evidence] : [] })),
  );
  return { historians, prompts };
}
