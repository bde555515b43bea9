// Queries the UI asks to warn a player before danger bites: how close each contender stands to
// the next line heat can push him over, and what a choice would do to his own heat.
// Pure functions of a GameState: nothing here changes the state it is given or rolls its dice.
import type { EventOption } from '../content/types.ts';
import { resolveTarget } from './effects.ts';
import { applyActionInPlace, cloneGame } from './flow.ts';
import type { ContenderId } from './ids.ts';
import {
  HEAT_TO_EXPEL,
  HEAT_TO_LOSE_POST,
  HEAT_TO_REMOVE_FROM_CC,
  HEAT_TO_REMOVE_FROM_POLITBURO,
} from './motions.ts';
import { inPolitburoAny, postsControlledBy } from './query.ts';
import { initialRngState } from './rng.ts';
import type { Action, GameState, Status } from './types.ts';

export interface HeatLine {
  /** The base threshold of the rules (50 for the Politburo, 60, 70; 30 for posts). */
  base: number;
  /** The heat at which it bites for this contender now: the base plus his prestige's shield. */
  at: number;
  /** What a vote can then do to him, in words for the second person ("vote you out of …"). */
  what: string;
  /** The same in the third person, for rivals. */
  whatThey: string;
}

/** Prestige above 50 shields: half a point of heat per point (motions.ts `exposure`). */
export function prestigeShield(prestige: number): number {
  return Math.max(0, prestige - 50) / 2;
}

/** What decides which lines apply to a contender: public facts, on the board for everyone. */
export interface Standing {
  status: Status;
  inPolitburo: boolean;
  hasPosts: boolean;
  prestige: number;
}

export function standingOf(state: GameState, c: ContenderId): Standing {
  const me = state.contenders[c];
  return {
    status: me.status,
    inPolitburo: inPolitburoAny(state, c),
    hasPosts: postsControlledBy(state, c).length > 0,
    prestige: me.prestige,
  };
}

/**
 * Every line the rules draw for a contender of this standing, lowest first: posts can be taken
 * at 30, a Politburo member removed at 50, a Central Committee member dropped at 60, a removed
 * man expelled at 70 (each raised by the prestige shield).
 */
export function linesFor(s: Standing): HeatLine[] {
  const shield = prestigeShield(s.prestige);
  const line = (base: number, what: string, whatThey: string): HeatLine => ({
    base,
    at: Math.round(base + shield),
    what,
    whatThey,
  });
  const out: HeatLine[] = [];
  if (s.status !== 'active' && s.status !== 'removed') return out;
  if (s.hasPosts)
    out.push(line(HEAT_TO_LOSE_POST, 'a vote can take your posts', 'a vote can take his posts'));
  if (s.inPolitburo)
    out.push(
      line(
        HEAT_TO_REMOVE_FROM_POLITBURO,
        'the Central Committee can vote you out of the Politburo',
        'the Central Committee can vote him out of the Politburo',
      ),
    );
  else if (s.status === 'active')
    out.push(
      line(
        HEAT_TO_REMOVE_FROM_CC,
        'the Central Committee can throw you out of it',
        'the Central Committee can throw him out of it',
      ),
    );
  if (s.status === 'removed')
    out.push(line(HEAT_TO_EXPEL, 'the party can expel you', 'the party can expel him'));
  return out;
}

export function heatLines(state: GameState, c: ContenderId): HeatLine[] {
  return linesFor(standingOf(state, c));
}

/** The line that matters most on a card: removal (or expulsion), not the posts' line. */
export function removalLineFor(s: Standing): HeatLine | null {
  return linesFor(s).filter((l) => l.base !== HEAT_TO_LOSE_POST)[0] ?? null;
}

/** The lines a move from `from` to `to` heat crosses upwards (for a warning in words). */
export function linesCrossed(
  state: GameState,
  c: ContenderId,
  from: number,
  to: number,
): HeatLine[] {
  return heatLines(state, c).filter((l) => from < l.at && to >= l.at);
}

/** One warning sentence, or null when no line is crossed. */
export function heatWarning(
  state: GameState,
  c: ContenderId,
  from: number,
  to: number,
  you = true,
): string | null {
  const crossed = linesCrossed(state, c, from, to);
  if (crossed.length === 0) return null;
  const worst = crossed[crossed.length - 1];
  const what = crossed.map((l) => (you ? l.what : l.whatThey)).join('; ');
  return `${you ? 'This puts you' : 'This puts him'} at heat ${Math.round(to)}, past ${worst.at}: ${what}.`;
}

/** The chooser's heat after an event option (its effects are data: no dice involved). */
export function heatAfterOption(
  state: GameState,
  option: EventOption,
  chooser: ContenderId,
): number {
  let heat = state.contenders[chooser].heat;
  for (const e of option.effects) {
    if (e.kind === 'heat' && resolveTarget(state, e.who, chooser) === chooser) heat += e.delta;
  }
  return Math.max(0, Math.min(100, heat));
}

const PROBES = 6;

/**
 * The highest heat an action could leave its actor at. The action is tried on copies of the
 * state with made-up dice (never the game's own, so no outcome leaks), success and failure both
 * likely among the tries. The copy leaves out the log: the rules only append to it.
 */
export function worstHeatAfter(state: GameState, action: Action): number {
  const base: GameState = { ...state, log: [] };
  let worst = state.contenders[action.actor].heat;
  for (let i = 0; i < PROBES; i++) {
    const copy = cloneGame(base);
    copy.rng = initialRngState(`heat-probe-${i}`);
    try {
      applyActionInPlace(copy, action);
    } catch {
      return worst;
    }
    worst = Math.max(worst, copy.contenders[action.actor].heat);
  }
  return worst;
}
