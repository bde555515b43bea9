// Every action of the action phase, one entry per kind. The rest of the rules ask this table
// what is legal, what it costs, its chance and effect, and what the player reads before acting.
// To add an action: a type in types.ts, and an entry here (it will not compile without one).
import type { ContenderId } from '../ids.ts';
import { sameJson } from '../hash.ts';
import { chance as roll } from '../rng.ts';
import { clamp } from '../query.ts';
import type { Action, GameState } from '../types.ts';
import { appoint, rallyArmy, recruit } from './apparatus.ts';
import { applyChange, describeChanges } from './changes.ts';
import {
  acceptAlliance,
  breakAlliance,
  conciliate,
  declineAlliance,
  offerAlliance,
} from './dealings.ts';
import { court, publish, speak } from './persuade.ts';
import type {
  ActionGroup,
  ActionOf,
  ActionRule,
  Change,
  PhaseAction,
  PhaseActionType,
} from './rule.ts';
import { denounce, end, motion, platform, recant, rest, signPlatform } from './struggle.ts';

export const ACTION_RULES: { [T in PhaseActionType]: ActionRule<T> } = {
  accept_alliance: acceptAlliance,
  decline_alliance: declineAlliance,
  break_alliance: breakAlliance,
  appoint,
  speak,
  motion,
  offer_alliance: offerAlliance,
  denounce,
  conciliate,
  court,
  rally_army: rallyArmy,
  rest,
  recant,
  publish,
  recruit,
  platform,
  sign_platform: signPlatform,
  end,
};

/** The table's entry for an action, typed for that action. */
function ruleOf<T extends PhaseActionType>(action: ActionOf<T>): ActionRule<T> {
  return ACTION_RULES[(action as PhaseAction).type as T];
}

export function isPhaseAction(action: Action): action is PhaseAction {
  return action.type !== 'answer' && action.type !== 'ballot';
}

/** Every action `actor` may take now in the action phase, within the points left. */
export function legalInActionPhase(state: GameState, actor: ContenderId): Action[] {
  const points = state.actionPoints[actor] ?? 0;
  const out: Action[] = [];
  for (const type of Object.keys(ACTION_RULES) as PhaseActionType[]) {
    const rule = ACTION_RULES[type] as ActionRule<PhaseActionType>;
    for (const a of rule.options(state, actor)) if (rule.cost(state, a) <= points) out.push(a);
  }
  return out;
}

/** Why the actor cannot take this action-phase action now ('' when he can). */
export function whyNotInActionPhase(state: GameState, action: PhaseAction): string {
  const rule = ruleOf(action);
  const options = rule.options(state, action.actor);
  if (!options.some((o) => sameJson(o, action))) {
    return options.length === 0
      ? (rule.whyNone?.(state, action.actor) ?? 'That is not open to you now.')
      : 'That is not open to you now.';
  }
  const cost = rule.cost(state, action);
  const points = state.actionPoints[action.actor] ?? 0;
  return cost > points ? `It needs ${cost} action points; you have ${points} left.` : '';
}

export function costOf(state: GameState, action: Action): number {
  return isPhaseAction(action) ? ruleOf(action).cost(state, action) : 0;
}

/** The chance (0..1) an action succeeds; 1 for actions that cannot fail. */
export function chanceOf(state: GameState, action: Action): number {
  return isPhaseAction(action) ? ruleOf(action).chance(state, action) : 1;
}

function groupOf(action: PhaseAction): ActionGroup {
  const group = ruleOf(action).group;
  return typeof group === 'function' ? group(action) : group;
}

/**
 * Apply an action-phase action in place. The caller has checked it is legal. The dice are
 * rolled only for an action that can fail, and before anything changes.
 */
export function applyActionPhase(state: GameState, action: PhaseAction): void {
  const rule = ruleOf(action);
  const outcomes = rule.outcomes(state, action);
  const succeeded = outcomes.failure ? roll(state, rule.chance(state, action)) : true;
  for (const change of succeeded ? outcomes.success : (outcomes.failure ?? [])) {
    applyChange(state, change);
  }
  rule.enact(state, action, succeeded);
  // The points are spent and the party takes note.
  const cost = rule.cost(state, action);
  state.actionPoints[action.actor] = Math.max(0, (state.actionPoints[action.actor] ?? 0) - cost);
  const me = state.contenders[action.actor];
  me.profile = clamp(me.profile + rule.profile, 0, 100);
}

export interface ActionPreview {
  /** A short label for a button, e.g. "Appoint a secretary in the Urals". */
  title: string;
  cost: number;
  /** 0..1 */
  chance: number;
  /** In words, made from `success` and `failure` below. */
  effect: string;
  group: ActionGroup;
  /** The numbers that follow, as the rules will apply them. */
  success: Change[];
  /** Whether the dice are rolled (the chance above may also be a rival's readiness to agree). */
  canFail: boolean;
  /** What follows if it fails (empty also for an action that cannot fail). */
  failure: Change[];
}

function sentence(text: string): string {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : '';
}

/** The numbers of an action that can fail, saying nothing where there is nothing to say. */
function outcomeWords(ifWorks: string, ifNot: string): string {
  if (!ifWorks && !ifNot) return '';
  if (!ifWorks) return `If it fails: ${ifNot}.`;
  return `If it works: ${ifWorks}. ${ifNot ? `If not: ${ifNot}.` : 'If not, nothing happens.'}`;
}

/** What the player reads before committing: cost, chance and effect, from the rules' numbers. */
export function previewAction(state: GameState, action: Action): ActionPreview {
  if (action.type === 'answer' || action.type === 'ballot') {
    const title = action.type === 'answer' ? action.choice : `Vote ${action.choice}`;
    const group = action.type === 'answer' ? 'events' : 'votes';
    return {
      title,
      cost: 0,
      chance: 1,
      effect: '',
      group,
      success: [],
      canFail: false,
      failure: [],
    };
  }
  const rule = ruleOf(action);
  const { success, failure } = rule.outcomes(state, action);
  const ifWorks = describeChanges(state, success, action.actor);
  const ifNot = failure ? describeChanges(state, failure, action.actor) : '';
  const numbers = failure ? outcomeWords(ifWorks, ifNot) : ifWorks ? `${sentence(ifWorks)}.` : '';
  return {
    title: rule.title(state, action),
    cost: rule.cost(state, action),
    chance: rule.chance(state, action),
    effect: [rule.note(state, action), numbers].filter(Boolean).join(' '),
    group: groupOf(action),
    success,
    canFail: failure !== undefined,
    failure: failure ?? [],
  };
}
