// The historians' explanations and discussion prompts come from src/sim/report.ts (buildReport),
// which the lead is writing; until it lands the report says so instead of inventing them.
import type { GameState } from '../../sim/types.ts';

export interface HistorianView {
  name: string;
  school: string;
  supported: boolean;
  reasons: string[];
}

export interface Prompt {
  question: string;
  evidence: string[];
}

export function historiansFor(_state: GameState): {
  historians: HistorianView[];
  prompts: Prompt[];
} {
  return { historians: [], prompts: [] };
}
