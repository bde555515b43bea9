// Grading each contender's aims at the end of the game (src/content/aims.ts has the aims).
import { AIMS, SCENARIO_AIMS, type Aim, type AimCondition } from '../content/aims.ts';
import { CONTENDERS, type ContenderId } from './ids.ts';
import { canAct, controls, inPolitburo } from './query.ts';
import type { Fate } from './ids.ts';
import type { GameState } from './types.ts';

export interface AimGrade {
  met: boolean;
  conditions: { label: string; met: boolean }[];
}

/**
 * How far the economic line stands outside what an aim asks of it (0 when it is there). With a
 * margin, the range is narrowed by that much: for a player who wants room before the end.
 */
export function lineShortfall(
  line: number,
  aim: { atMost?: number; atLeast?: number },
  margin = 0,
): number {
  return (
    Math.max(0, aim.atMost === undefined ? 0 : line - (aim.atMost - margin)) +
    Math.max(0, aim.atLeast === undefined ? 0 : aim.atLeast + margin - line)
  );
}

function holds(state: GameState, fates: Record<ContenderId, Fate>, test: AimCondition): boolean {
  switch (test.kind) {
    case 'supreme':
      return fates[test.who] === 'supreme';
    case 'not_supreme':
      return fates[test.who] !== 'supreme';
    case 'in_politburo':
      return canAct(state, test.who) && inPolitburo(state, test.who);
    case 'group_in_politburo':
      return (
        test.members.filter((m) => canAct(state, m) && inPolitburo(state, m)).length >= test.atLeast
      );
    case 'controls_post':
      return controls(state, test.who, test.post);
    case 'economic_line':
      return lineShortfall(state.partyLine.economy, test) === 0;
    case 'nep_alive':
      return (
        !state.flags.includes('great_turn') &&
        state.economy.lastPolicy !== 'collective_farms' &&
        state.economy.collectivised < test.maxCollectivised
      );
  }
}

/** A seat's aims in a scenario: its own for a scenario that stops early, else the campaign's. */
export function aimsFor(scenarioId: string, c: ContenderId): Aim {
  return SCENARIO_AIMS[scenarioId]?.[c] ?? AIMS[c];
}

/** Each contender's aims, graded against the final state and the fates. */
export function gradeAims(
  state: GameState,
  fates: Record<ContenderId, Fate>,
): Record<ContenderId, AimGrade> {
  const out = {} as Record<ContenderId, AimGrade>;
  for (const c of CONTENDERS) {
    const conditions = aimsFor(state.scenario, c).conditions.map((l) => ({
      label: l.label,
      met: holds(state, fates, l.test),
    }));
    out[c] = { met: conditions.every((x) => x.met), conditions };
  }
  return out;
}
