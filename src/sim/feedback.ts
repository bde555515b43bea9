// Queries the UI asks to warn a player before danger bites: how close each contender stands to
// the next line heat can push him over, and what a choice would do to his own heat.
// Pure functions of a GameState: nothing here changes the state it is given or rolls its dice.
import type { EventOption } from '../content/types.ts';
import { resolveTarget } from './effects.ts';
import { ACTION_RULES, previewAction } from './actions/table.ts';
import type { ActionGroup, ActionRule, Change, PhaseActionType } from './actions/rule.ts';
import { currentQuarter } from './calendar.ts';
import { CONTENDERS, type ContenderId } from './ids.ts';
import {
  chargedHeat,
  HEAT_TO_EXPEL,
  HEAT_TO_LOSE_POST,
  HEAT_TO_REMOVE_FROM_CC,
  HEAT_TO_REMOVE_FROM_POLITBURO,
  inTruce,
  isBranded,
  motionTitle,
} from './motions.ts';
import { forecastMotion } from './votes.ts';
import { inPolitburoAny, isActive, postsControlledBy } from './query.ts';
import type { Action, GameState, Motion, MotionSpec, Status } from './types.ts';

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
  /** Has he signed a platform (or been branded by an event)? False: the removal line waits. */
  branded?: boolean;
  /** Is a recantation's truce running? Then dropping from the CC and expulsion wait for its end. */
  truce?: boolean;
}

export function standingOf(state: GameState, c: ContenderId): Standing {
  const me = state.contenders[c];
  return {
    status: me.status,
    inPolitburo: inPolitburoAny(state, c),
    hasPosts: postsControlledBy(state, c).length > 0,
    prestige: me.prestige,
    branded: isBranded(state, c),
    truce: inTruce(state, c),
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
  // The Politburo line bites only after open factional work (motions.ts, isBranded).
  const unlessClean = s.branded === false ? ', once you have signed an opposition platform' : '';
  const unlessCleanHe = s.branded === false ? ', once he has signed an opposition platform' : '';
  if (s.inPolitburo)
    out.push(
      line(
        HEAT_TO_REMOVE_FROM_POLITBURO,
        `the Central Committee can vote you out of the Politburo${unlessClean}`,
        `the Central Committee can vote him out of the Politburo${unlessCleanHe}`,
      ),
    );
  // Dropping from the Central Committee and expulsion wait while a truce runs (motions.ts).
  const afterTruce = s.truce ? ', once your truce has ended' : '';
  const afterTruceHe = s.truce ? ', once his truce has ended' : '';
  if (!s.inPolitburo && s.status === 'active')
    out.push(
      line(
        HEAT_TO_REMOVE_FROM_CC,
        `the Central Committee can throw you out of it${afterTruce}`,
        `the Central Committee can throw him out of it${afterTruceHe}`,
      ),
    );
  if (s.status === 'removed')
    out.push(
      line(
        HEAT_TO_EXPEL,
        `the party can expel you${afterTruce}`,
        `the party can expel him${afterTruceHe}`,
      ),
    );
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

/**
 * The highest heat an action could leave its actor at: the rules' own numbers for success and
 * for failure (the same the preview prints), whichever is worse. No dice are involved.
 */
export function worstHeatAfter(state: GameState, action: Action): number {
  const heat = state.contenders[action.actor].heat;
  if (action.type === 'answer' || action.type === 'ballot') return heat;
  const p = previewAction(state, action);
  const after = (changes: Change[]) => {
    let h = heat;
    for (const c of changes) {
      if (c.kind === 'heat' && c.who === action.actor) h += c.delta;
      if (c.kind === 'charge' && c.who === action.actor) h = chargedHeat(h, c.delta);
    }
    return Math.max(0, Math.min(100, h));
  };
  return Math.max(after(p.success), after(p.failure));
}

export interface Unavailable {
  type: PhaseActionType;
  /** The group of the action chooser it is shown greyed in, from the action table. */
  group: ActionGroup;
  title: string;
  reason: string;
}

/**
 * The kinds of action the player cannot take now, with the reason: none allowed, or not enough
 * action points for any. Answers to offers and breaking alliances are left out (they are shown
 * when there is something to answer or break).
 */
export function unavailableActions(state: GameState, actor: ContenderId): Unavailable[] {
  const points = state.actionPoints[actor] ?? 0;
  const out: Unavailable[] = [];
  for (const type of Object.keys(ACTION_RULES) as PhaseActionType[]) {
    const rule = ACTION_RULES[type] as ActionRule<PhaseActionType>;
    if (!rule.kind) continue;
    const options = rule.options(state, actor);
    const title = rule.kind;
    // A kind whose group depends on the move (a pamphlet against a rival is an attack, an
    // article on the party's course is persuasion) is shown where its first move belongs; such
    // a kind always has a move (the article), so it is never greyed for want of one.
    const group =
      typeof rule.group === 'string' ? rule.group : options[0] ? rule.group(options[0]) : null;
    if (!group) continue;
    if (options.length === 0) {
      out.push({
        type,
        group,
        title,
        reason: rule.whyNone?.(state, actor) ?? 'Not possible now.',
      });
      continue;
    }
    const cheapest = Math.min(...options.map((o) => rule.cost(state, o)));
    if (cheapest > points)
      out.push({
        type,
        group,
        title,
        reason: `Needs ${cheapest} action point${cheapest === 1 ? '' : 's'}; you have ${points} left.`,
      });
  }
  return out;
}

export interface MotionForecast {
  /** 0..1: the same forecast the AI makes (forecastMotion in votes.ts). */
  chance: number;
  /** Who is likely to vote for, against, or hold back (contenders only). */
  yes: ContenderId[];
  no: ContenderId[];
  abstain: ContenderId[];
  /** Set when an earlier motion this quarter may overtake it (it would then be withdrawn). */
  overtakenBy: string | null;
  body: Motion['body'];
}

/**
 * How a motion the player might table is likely to go, read from his own view: each contender
 * votes by his stance (relations the player cannot see count as neutral), the uncommitted as the
 * rules count them. The same forecast the AI makes for its own motions.
 */
export function motionForecast(view: GameState, me: ContenderId, spec: MotionSpec): MotionForecast {
  // The same forecast the AI makes (votes.ts), read from the player's own view.
  const { chance, motion } = forecastMotion(view, me, spec);
  const yes: ContenderId[] = [];
  const no: ContenderId[] = [];
  const abstain: ContenderId[] = [];
  for (const c of CONTENDERS) {
    const choice = motion.ballots[c];
    // Only those who vote in this body are named.
    const votes = motion.body === 'politburo' ? view.politburo.full.includes(c) : isActive(view, c);
    if (c === me || !choice || !votes) continue;
    (choice === 'yes' ? yes : choice === 'no' ? no : abstain).push(c);
  }
  const earlier =
    spec.kind === 'transfer_post'
      ? view.motions.find((m) => m.spec.kind === 'transfer_post' && m.spec.post === spec.post)
      : spec.kind === 'remove_politburo' ||
          spec.kind === 'remove_cc' ||
          spec.kind === 'expel' ||
          spec.kind === 'censure'
        ? view.motions.find((m) => 'target' in m.spec && m.spec.target === spec.target)
        : undefined;
  return {
    chance,
    yes,
    no,
    abstain,
    overtakenBy: earlier ? motionTitle(earlier.spec, currentQuarter(view)) : null,
    body: motion.body,
  };
}
