// The rules' public API. Callers (machine, AI, CLI, lab, UI) import from here.
export * from './ids.ts';
export type * from './types.ts';
export { createGame } from './setup.ts';
export {
  nextDecision,
  legalActions,
  isLegal,
  applyActionInPlace,
  cloneState,
  cloneGame,
} from './flow.ts';
export { view, type PlayerView } from './view.ts';
export { stateHash, canonicalJson } from './hash.ts';
export {
  currentQuarter,
  quarterToYyyyMm,
  quarterLabel,
  dateLabel,
  turnsInGame,
  nextGathering,
} from './calendar.ts';
export {
  powerIndex,
  controlledDelegates,
  totalDelegates,
  nameOf,
  canAct,
  inPolitburo,
} from './query.ts';
