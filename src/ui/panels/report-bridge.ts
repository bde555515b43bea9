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
  /** What the game's rules assume that bears on this explanation. */
  inTheModel: string;
}

export interface Prompt {
  question: string;
  evidence: string[];
  /** The same question turned towards the model: which rule produced this evidence? */
  aboutTheModel: string;
}

export const SUPPORT_WORDS: Record<HistorianView['support'], string> = {
  // A game cannot prove a historian right: it shows what its rules assume.
  strong: 'the evidence of this game leans strongly towards it',
  some: 'the evidence of this game leans a little towards it',
  little: 'the evidence of this game gives it little weight',
};

/** 'A', 'A and B', 'A, B and C'. */
function namesList(names: string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function historiansFor(report: GameReport): {
  historians: HistorianView[];
  prompts: Prompt[];
} {
  const historians = report.explanations.map((x) => ({
    name: namesList(x.historians),
    school: x.school,
    argument: x.argument,
    support: x.support,
    strength: x.score,
    inTheModel: x.inTheModel,
    reasons: [...x.evidence]
      .sort((a, b) => b.strength - a.strength)
      .map((e) =>
        e.strength >= 0.5 ? `${e.text} ${e.meaning}` : `${e.text} (weak evidence here)`,
      ),
  }));
  const prompts = report.explanations.flatMap((x) =>
    x.prompts.slice(0, 1).map((p) => ({
      question: p.question,
      evidence: p.evidence ? [p.evidence] : [],
      aboutTheModel: p.aboutTheModel,
    })),
  );
  return { historians, prompts };
}
